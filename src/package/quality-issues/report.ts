/**
 * A package's `logs/quality_issues.json` as a file: read, written and summed up in
 * `execution_summary.md`. Apart from the detection (`detect.ts`), so that what only shows a report
 * (the action's report step, the summary) does not load the rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { LOGS_DIR, LogFiles } from '../constants.js';
import { qualityCounts, type QualityIssue, type QualityReport } from './types.js';

/** A package's `logs/quality_issues.json`; null for a package made before there was one. */
export function readQualityReport(packageDir: string): QualityReport | null {
  const file = path.join(packageDir, LOGS_DIR, LogFiles.qualityIssues);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LyfeError(`cannot read it: ${(error as Error).message}`, { file, fix: 'Check its permissions', cause: error });
  }
  try {
    return JSON.parse(text) as QualityReport;
  } catch (error) {
    throw new LyfeError(`it is not JSON: ${(error as Error).message}`, { file, fix: 'Run `lyfe-kt verify` on the package to see what changed', cause: error });
  }
}

/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
export function renderQualityReport(report: QualityReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const SEVERITY_ICONS: Record<QualityIssue['severity'], string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
export const SUMMARY_TOP_ISSUES = 10;

/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
export function qualityIssuesSection(report: QualityReport): string[] {
  const lines = ['## Quality Issues', `- **Found**: ${qualityCounts(report.counts)}${report.issues.length ? ` (every one in \`${LogFiles.qualityIssues}\`, with the records that show it; open \`${LogFiles.viewer}\` to follow them)` : ''}`];
  for (const issue of report.issues.slice(0, SUMMARY_TOP_ISSUES)) {
    const where = issue.file ? ` in ${issue.file}${issue.path ? ` at ${issue.path}` : ''}` : '';
    lines.push(`- ${SEVERITY_ICONS[issue.severity]} **${issue.id} ${issue.rule}**${where}: ${issue.message}`);
  }
  if (report.issues.length > SUMMARY_TOP_ISSUES) lines.push(`- … and ${report.issues.length - SUMMARY_TOP_ISSUES} more in \`${LogFiles.qualityIssues}\``);
  return lines;
}
