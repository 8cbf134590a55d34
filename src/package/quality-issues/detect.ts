import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { detectLanguage } from '../../pipeline/language.js';
import { DEFAULT_SCHEMA_VERSION, isSchemaVersion } from '../../pipeline/schema.js';
import { parseTemplate } from '../../pipeline/template.js';
import { Events, type LogRecord, type RecordKind } from '../../records/types.js';
import { LogFiles } from '../constants.js';
import { CallRules } from './call-rules.js';
import { checkOutput } from './output-rules.js';
import { SEVERITIES, type Finding, type QualityIssue, type QualityReport } from './types.js';

/** Hands the session's records of one stream to `visit`, in the order of the package's `logs/<kind>.jsonl`. */
export type RecordSource = (kind: RecordKind, visit: (record: LogRecord) => void) => void;

export interface QualityInputs {
  records: RecordSource;
  /** Where the generated files are (a package's or work folder's `03_output`, or generate's out folder). */
  outputDir: string;
  /** Where the filled templates they were generated from are. */
  templateDir: string;
}

interface OutputSeen {
  template: string | null;
  line: number;
  callId: string | null;
  schemaVersion: string | null;
}

/** A file the rules were asked to read, absent: null; any other failure to read it is the user's to fix. */
function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LyfeError(`cannot read it to look for quality issues: ${(error as Error).message}`, { file, fix: 'Check its permissions, then run again', cause: error });
  }
}

const rank = (issue: Finding): number => SEVERITIES.indexOf(issue.severity);

/**
 * Runs every rule over the session's generated files and its LLM calls. The generated files are
 * those the session's `file.result` records name (the last result of each), read as they are now.
 */
export function detectQualityIssues(inputs: QualityInputs): QualityReport {
  let sessionId: string | null = null;
  const outputs = new Map<string, OutputSeen>();
  let line = 0;
  inputs.records('processing', (record) => {
    line += 1;
    sessionId ??= record.session;
    if (record.event !== Events.fileResult || record.stage !== 'generate') return;
    const data = record.data ?? {};
    for (const file of record.output ?? []) {
      outputs.delete(file); // the last result wins, in its order
      outputs.set(file, {
        template: record.input?.[0] ?? null,
        line,
        callId: typeof data.call_id === 'string' ? data.call_id : null,
        schemaVersion: typeof data.schema_version === 'string' ? data.schema_version : null,
      });
    }
  });
  const calls = new CallRules();
  inputs.records('prompts', (record) => {
    sessionId ??= record.session;
    calls.prompt(record);
  });

  const findings: Finding[] = [];
  const templates = new Map<string, ReturnType<typeof parseTemplate> | null>();
  for (const [file, seen] of outputs) {
    const text = readIfPresent(path.join(inputs.outputDir, file));
    if (text === null) continue;
    let template = seen.template === null ? null : templates.get(seen.template);
    if (seen.template !== null && template === undefined) {
      const source = readIfPresent(path.join(inputs.templateDir, seen.template));
      template = source === null ? null : parseTemplate(source, seen.template);
      templates.set(seen.template, template);
    }
    const accepted = seen.callId ? calls.acceptedLine(seen.callId) : undefined;
    findings.push(
      ...checkOutput({
        file,
        text,
        schemaVersion: isSchemaVersion(seen.schemaVersion) ? seen.schemaVersion : DEFAULT_SCHEMA_VERSION,
        source: template?.source,
        sourceLanguage: template ? (template.language ?? detectLanguage(template.source)) : undefined,
        records: [{ log: LogFiles.processingRecords, line: seen.line }, ...(accepted ? [{ log: LogFiles.promptRecords, line: accepted }] : [])],
        callId: seen.callId,
      }),
    );
  }
  findings.push(...calls.findings());
  return report(sessionId, findings);
}

/** Most severe first, then by file and rule, in the order found; numbered `Q1`... in that order. */
function report(sessionId: string | null, findings: Finding[]): QualityReport {
  const sorted = findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || (a.finding.file ?? '').localeCompare(b.finding.file ?? '') || a.finding.rule.localeCompare(b.finding.rule) || a.order - b.order);
  const issues: QualityIssue[] = sorted.map(({ finding }, index) => ({ id: `Q${index + 1}`, ...finding }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return { session_id: sessionId, counts, issues };
}
