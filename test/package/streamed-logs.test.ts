import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackageLogs } from '../../src/package/archive.js';
import { recordedOutputs } from '../../src/package/manifest.js';
import { packageRun } from '../../src/package/assemble.js';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { renderMetadata } from '../../src/package/metadata.js';
import { detectQualityIssues, RecordLocator, renderQualityReport } from '../../src/package/quality-issues/index.js';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { readSessionRecords } from '../../src/records/filter.js';
import { formatAttempt, formatRecordLine } from '../../src/records/render.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { SESSION, SessionBuilder } from './session-records.js';

/**
 * `package` renders `logs/` a record at a time, straight from the global files. Whatever it does
 * to keep memory flat, every file must be exactly what the plain in-memory rendering of the
 * session's records gives: all records read, each view rendered whole.
 */

const temp = useTempDir('lyfe-kt-streamed-');
const OTHER = 'sess_2024-12-31_23-59-59_deadbeef';
const WORDS = 'sono noite corpo rotina café manhã hábito você 😴 🌙 sleep night body routine rest light'.split(' ');

/** A few MB of one session: many calls with long, multi-byte responses (one over the writer's buffer), a retry, a failure, a stage left open. */
function largeSession(): SessionBuilder {
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const text = (length: number): string => {
    let out = '';
    while (out.length < length) out += `${WORDS[Math.floor(random() * WORDS.length)]}${random() < 0.05 ? '\n' : ' '}`;
    return out;
  };
  const s = new SessionBuilder();
  s.sessionStart(101).stageStart('preprocess', 101);
  for (let n = 0; n < 600; n++) {
    const input = [`source_${n % 40}.md`];
    s.attempt('preprocess', 101, { call_id: `call_${n}`, input, output: [`source_${n % 40}_analysis.json`], response: text(n === 300 ? 500_000 : 2000 + (n % 7) * 500), outcome: n % 50 === 49 ? 'retry' : 'ok' });
    if (n % 15 === 0) s.fileResult('preprocess', 101, input[0], [`source_${n % 40}_filled_template.md`], { valid: true });
  }
  s.stageEnd('preprocess', 101, { status: 'ok', files_in: 40, files_out: 80 });
  s.stageStart('generate', 202);
  s.attempt('generate', 202, { call_id: 'call_gen', input: ['source_1_filled_template.md'], output: ['source_1_beginner.json'], response: text(3000) });
  s.log('generate', 'error', 'source_1_filled_template.md: the reply is not JSON', 202, { input: ['source_1_filled_template.md'], data: { error: 'the reply is not JSON', fix: 'Run it again' } }, 'error');
  s.stageEnd('generate', 202, { status: 'failed', files_in: 1, files_out: 0, error: 'the reply is not JSON' });
  s.stageStart('generate', 303);
  s.attempt('generate', 303, { call_id: 'call_killed', input: ['source_2_filled_template.md'], output: ['source_2_beginner.json'], response: text(1000) });
  return s;
}

/** The session's records laid out as the global files hold them: interleaved with another session and lines that are not records. */
function writeGlobalFiles(logDir: string, session: SessionBuilder): void {
  fs.mkdirSync(logDir, { recursive: true });
  const lines = (records: LogRecord[]): string[] =>
    records.flatMap((record, index) => {
      const { level, time, session: id, ...rest } = record;
      const own = JSON.stringify({ level, time, session: id, ...rest });
      const other = JSON.stringify({ ...record, session: OTHER });
      if (index % 97 === 0) return [own, other, own.slice(0, own.indexOf(`"session"`) + 60), 'plain text of the old tool'];
      // Not in the writer's shape (spaces, keys in another order): found by parsing, and re-serialised.
      if (index % 89 === 0) return [JSON.stringify({ session: id, level, time, ...rest }, null, 1).replaceAll('\n', ' '), other];
      return [own, other];
    });
  fs.writeFileSync(path.join(logDir, 'processing.jsonl'), `${lines(session.processing).join('\n')}\n`);
  fs.writeFileSync(path.join(logDir, 'prompts.jsonl'), `${lines(session.prompts).join('\n')}\n`);
}

/** The logs of a package as the plain in-memory path renders them, from the global files as they were when `package` read them. */
async function renderedInMemory(logDir: string, metadataOfPackage: Buffer, packageDir: string, title: string): Promise<Map<string, string>> {
  const processingAll = readSessionRecords(logDir, SESSION, 'processing');
  const prompts = readSessionRecords(logDir, SESSION, 'prompts');
  // `package` read the records up to the session's end it wrote; what it records after is not in the package.
  const lastEnd = processingAll.records.map((r) => r.event).lastIndexOf('session.end');
  const processing = processingAll.records.slice(0, lastEnd + 1);
  const summary = summarizeSession(processing, prompts.records);
  const info = JSON.parse(metadataOfPackage.toString('utf8')).package;
  const quality = detectQualityIssues({
    summary,
    records: RecordLocator.of({ processing, prompts: prompts.records }),
    outputDir: path.join(packageDir, '03_output'),
    templateDir: path.join(packageDir, '02_preprocessed'),
  });
  const jsonl = { processing: processing.map((r) => `${JSON.stringify(r)}\n`).join(''), prompts: prompts.records.map((r) => `${JSON.stringify(r)}\n`).join('') };
  const viewer = path.join(path.dirname(logDir), 'viewer-in-memory.html');
  await writeViewerPage(viewer, { title, session: summary, quality }, { processing: [jsonl.processing], prompts: [jsonl.prompts] });
  return new Map([
    ['processing.log', processing.map((r) => `${formatRecordLine(r)}\n`).join('')],
    ['prompts_audit.log', prompts.records.map((r) => `${formatAttempt(r)}\n\n`).join('')],
    ['processing.jsonl', jsonl.processing],
    ['prompts.jsonl', jsonl.prompts],
    ['execution_summary.md', renderExecutionSummary(summary, quality)],
    ['metadata.json', renderMetadata(summary, info)],
    ['quality_issues.json', renderQualityReport(quality)],
    ['viewer.html', fs.readFileSync(viewer, 'utf8')],
  ]);
}

describe('package logs of a large session', () => {
  for (const compress of [false, true]) {
    it(`are byte for byte the in-memory rendering of its records${compress ? ', compressed' : ''}`, async () => {
      const dir = temp();
      const logDir = path.join(dir, 'logs');
      writeGlobalFiles(logDir, largeSession());
      expect(fs.statSync(path.join(logDir, 'prompts.jsonl')).size).toBeGreaterThan(4 * 1024 * 1024);
      fs.mkdirSync(path.join(dir, 'work', '01_raw'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'work', '01_raw', 'source_1.md'), '# source\n');
      // The outputs its records name are in the work folder, as a run leaves them.
      for (const file of recordedOutputs(readSessionRecords(logDir, SESSION, 'processing').records)) {
        fs.mkdirSync(path.dirname(path.join(dir, 'work', file)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'work', file), '{}\n');
      }

      const result = await packageRun({ workDir: path.join(dir, 'work'), logDir, outputDir: path.join(dir, 'packages'), session: SESSION, compress });

      const logs = readPackageLogs(result.path);
      expect(logs.compressed).toBe(compress);
      const expected = await renderedInMemory(logDir, logs.files.get('metadata.json')!, result.path, result.title);
      expect([...logs.files.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [name, text] of expected) expect(logs.files.get(name)!.toString('utf8'), name).toBe(text);
      // What was compared holds what the session's rendering must: the failure, the call killed mid-way, the skipped lines.
      const summary = expected.get('execution_summary.md')!;
      expect(summary).toContain('the reply is not JSON');
      expect(summary).toContain('never ended');
      expect(JSON.parse(expected.get('metadata.json')!).package.skipped_lines).toBeGreaterThan(0);
      expect(expected.get('prompts_audit.log')!).toContain('🌙');
    });
  }
});
