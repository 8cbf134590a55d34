import path from 'node:path';
import { forEachRecord, readSessionRecords } from '../../records/reader.js';
import { RecordFiles } from '../../records/types.js';
import type { RecordSource } from './detect.js';
import type { QualityReport } from './types.js';

export { detectQualityIssues, type QualityInputs, type RecordSource } from './detect.js';
export * from './types.js';

/** The records of a `logs/` folder holding plain `*.jsonl` files, read a record at a time. */
export function logsFolderRecords(logsDir: string): RecordSource {
  return (kind, visit) => {
    forEachRecord(path.join(logsDir, RecordFiles[kind]), visit);
  };
}

/** A session's records in the global record files (as `generate` sees them, before packaging). */
export function globalSessionRecords(logDir: string, sessionId: string): RecordSource {
  return (kind, visit) => readSessionRecords(logDir, sessionId, kind).records.forEach((record) => visit(record));
}

/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
export function renderQualityReport(report: QualityReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
export function qualityCounts(report: QualityReport): string {
  const { error, warning, info } = report.counts;
  if (error + warning + info === 0) return 'none';
  return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
}
