import { scanLines } from './scan.js';
import type { LogRecord } from './types.js';

/** Record validation: which lines of a global file are records, whatever else shares the file. */

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/** Whether a parsed value has the shape of a record (the fields every view relies on). */
export function isLogRecord(value: unknown): value is LogRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.session === 'string' &&
    typeof r.time === 'string' &&
    typeof r.event === 'string' &&
    typeof r.stage === 'string' &&
    typeof r.level === 'string' &&
    LEVELS.has(r.level)
  );
}

/** The record a line's text holds, or undefined for a line that is not one. */
export function parseRecordText(text: string): LogRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isLogRecord(value) ? value : undefined;
}

/** The record on a line, or undefined for a line that is not one. */
export function parseRecordLine(chunk: Buffer, start: number, end: number): LogRecord | undefined {
  return parseRecordText(chunk.toString('utf8', start, end));
}

export interface ForEachResult {
  records: number;
  /** Lines that are not records: text lines, torn lines, an unterminated tail. */
  foreign: number;
}

/** Every record of a global file, of every session, in file order; foreign lines are counted. */
export function forEachRecord(file: string, onRecord: (record: LogRecord) => void): ForEachResult {
  const result: ForEachResult = { records: 0, foreign: 0 };
  scanLines(
    file,
    undefined,
    (chunk, start, end) => {
      const parsed = parseRecordLine(chunk, start, end);
      if (parsed) {
        result.records += 1;
        onRecord(parsed);
      } else {
        result.foreign += 1;
      }
    },
    () => {
      result.foreign += 1;
    },
  );
  return result;
}
