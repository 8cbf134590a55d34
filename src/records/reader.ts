import fs from 'node:fs';
import path from 'node:path';
import { RecordFiles, type LogRecord, type RecordKind } from './types.js';

/**
 * Reading the global record files. A global file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). Readers stream the file in large fixed chunks and look at raw bytes
 * before parsing anything, so that filtering one session out of a 1 GiB file costs about what
 * `grep -F` costs, in flat memory.
 */

/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 8 * 1024 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;

/**
 * Receives one line as a view `chunk[start, end)` (no newline) into the reader's buffer, which is
 * reused: copy what must outlive the call.
 */
export type LineVisitor = (chunk: Buffer, start: number, end: number) => void;

export interface ScanResult {
  /** Bytes after the last newline: a line still being written, or cut short by a crash. */
  tailBytes: number;
}

export function recordFile(logDir: string, kind: RecordKind): string {
  return path.resolve(logDir, RecordFiles[kind]);
}

function openIfExists(file: string): number | undefined {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A line cut by a chunk boundary is moved to the front of the
 * same buffer and completed by the next read; nothing is concatenated. A missing file has no lines.
 * `onTail` receives an unterminated last line, if any.
 */
export function scanLines(file: string, needle: Buffer | undefined, visit: LineVisitor, onTail?: LineVisitor): ScanResult {
  const fd = openIfExists(file);
  if (fd === undefined) return { tailBytes: 0 };
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let held = 0;
  try {
    for (;;) {
      if (held === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const read = fs.readSync(fd, buffer, held, buffer.length - held, null);
      if (read === 0) break;
      const filled = held + read;
      // Search from the bytes just read: the held part has no newline in it.
      const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
      if (lastNewline < held) {
        held = filled;
        continue;
      }
      // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
      const complete = buffer.subarray(0, lastNewline + 1);
      if (needle) visitMatching(complete, needle, visit);
      else visitAll(complete, visit);
      buffer.copyWithin(0, lastNewline + 1, filled);
      held = filled - lastNewline - 1;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (held > 0 && onTail && (!needle || buffer.subarray(0, held).includes(needle))) onTail(buffer, 0, held);
  return { tailBytes: held };
}

/** `region` ends with a newline. */
function visitAll(region: Buffer, visit: LineVisitor): void {
  let start = 0;
  while (start < region.length) {
    const end = region.indexOf(NEWLINE, start);
    if (end > start) visit(region, start, end);
    start = end + 1;
  }
}

/** `region` ends with a newline. */
function visitMatching(region: Buffer, needle: Buffer, visit: LineVisitor): void {
  let from = 0;
  for (;;) {
    const hit = region.indexOf(needle, from);
    if (hit < 0) return;
    // lastIndexOf with a negative offset would count from the end: a hit at 0 starts the region.
    const start = hit === 0 ? 0 : region.lastIndexOf(NEWLINE, hit - 1) + 1;
    const end = region.indexOf(NEWLINE, hit + needle.length);
    visit(region, start, end);
    from = end + 1;
  }
}

/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export function sessionNeedle(sessionId: string): Buffer {
  return Buffer.from(`"session":"${sessionId}"`);
}

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

/** The record on a line, or undefined for a line that is not one. */
export function parseRecordLine(chunk: Buffer, start: number, end: number): LogRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(chunk.toString('utf8', start, end));
  } catch {
    return undefined;
  }
  return isLogRecord(value) ? value : undefined;
}

/**
 * True when the line is, beyond doubt, one whole record written by our writer whose top-level
 * session is the one at `hit`: `{"level":"<level>","time":"<iso>",` right before the session
 * key, a closing brace at the end, and no second record start inside (two records glued by a
 * torn write). Lines that fail this are not rejected: the caller parses them to decide.
 */
function isWriterLineAt(chunk: Buffer, start: number, end: number, hit: number): boolean {
  if (chunk[end - 1] !== CLOSE_BRACE || chunk[hit - 1] !== COMMA || chunk[hit - 2] !== QUOTE) return false;
  if (chunk.compare(LEVEL_OPEN, 0, LEVEL_OPEN.length, start, start + LEVEL_OPEN.length) !== 0) return false;
  const levelEnd = start + LEVEL_OPEN.length;
  const time = chunk.indexOf(TIME_KEY, levelEnd);
  if (time < 0 || time - levelEnd > LONGEST_LEVEL) return false;
  // The ISO time holds no quote: the first quote after its opening must be the one closing it.
  const timeValue = time + TIME_KEY.length;
  if (chunk.indexOf(QUOTE, timeValue) !== hit - 2) return false;
  return chunk.subarray(start + 1, end).indexOf(LEVEL_OPEN) < 0;
}

export interface FilterResult {
  /** Lines passed to the visitor: records of the session. */
  lines: number;
  /** Lines that mention the session but are not one of its records (torn, truncated, foreign). */
  skipped: number;
}

/**
 * Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. The
 * session is found in the raw bytes first; a line is parsed only when its bytes leave a doubt.
 */
export function filterSessionLines(file: string, sessionId: string, visit: LineVisitor): FilterResult {
  const needle = sessionNeedle(sessionId);
  const result: FilterResult = { lines: 0, skipped: 0 };
  scanLines(
    file,
    needle,
    (chunk, start, end) => {
      const hit = chunk.indexOf(needle, start);
      if (isWriterLineAt(chunk, start, end, hit) || parseRecordLine(chunk, start, end)?.session === sessionId) {
        result.lines += 1;
        visit(chunk, start, end);
      } else {
        result.skipped += 1;
      }
    },
    () => {
      result.skipped += 1;
    },
  );
  return result;
}

export interface SessionRecords {
  records: LogRecord[];
  /** Lines that mention the session but are not records of it. */
  skipped: number;
}

/** The records of one session in one global file, in file order. A missing file has none. */
export function readSessionRecords(logDir: string, sessionId: string, kind: RecordKind): SessionRecords {
  const records: LogRecord[] = [];
  let skipped = 0;
  const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
    const parsed = parseRecordLine(chunk, start, end);
    if (parsed) records.push(parsed);
    else skipped += 1;
  });
  return { records, skipped: skipped + result.skipped };
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
