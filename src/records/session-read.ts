import { filterSessionLines, forEachSessionRecord, hasBytesAt, recordFile, type FilterResult } from './filter.js';
import { parseRecordLine } from './parse.js';
import { SessionModel, STREAMS_IN_ORDER, type SessionSummary } from './session-model.js';
import type { PriceTable } from './cost.js';
import type { LogRecord, RecordKind } from './types.js';

/**
 * Reading one session from the global record files straight into its model: a record at a time,
 * parsed as it comes and let go, so that a session of any size is read in bounded memory.
 */

export interface SessionRead {
  summary: SessionSummary;
  /** Lines that mention the session and are not its records. */
  skipped: number;
  /** Where the session's index could not be used (see `FilterResult.note`), for the views to show. */
  notes: string[];
}

type RecordVisitor = (record: LogRecord, line: Buffer) => void;

/**
 * The session's records of the events `events` only. A line of the writer's shape names its event
 * in its bytes (where `filterSessionLines` says), so the others are passed over unparsed; a line
 * of any other shape is parsed to know its event.
 */
function forEachSessionEvent(logDir: string, sessionId: string, kind: RecordKind, events: ReadonlySet<string>, visit: RecordVisitor): FilterResult {
  // Each name with the quote that closes it: `stage.end` is not taken for `stage.end_of_day`.
  const names = [...events].map((event) => Buffer.from(`${event}"`));
  let unparsed = 0;
  const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end, event) => {
    if (event >= 0 && !names.some((name) => hasBytesAt(chunk, event, name))) return;
    const record = parseRecordLine(chunk, start, end);
    if (!record) unparsed += 1;
    else if (events.has(record.event)) visit(record, chunk.subarray(start, end));
  });
  return { ...result, skipped: result.skipped + unparsed };
}

/**
 * The session's model from the streams `kinds` (both by default, processing first), each record
 * also handed to `visit` (to render it, or to keep the few a view needs) with its line's bytes
 * as the file holds them (valid only during the call) before it is let go. With `events`, only
 * the records of those events are read: a model of part of the session (`OUTCOME_EVENTS` gives
 * its outcome at a fraction of the cost of reading every record).
 */
export function readSessionModel(
  logDir: string,
  sessionId: string,
  options: { kinds?: readonly RecordKind[]; events?: ReadonlySet<string>; visit?: (record: LogRecord, kind: RecordKind, line: Buffer) => void; prices?: PriceTable } = {},
): SessionRead {
  const model = new SessionModel({ prices: options.prices });
  let skipped = 0;
  const notes: string[] = [];
  for (const kind of options.kinds ?? STREAMS_IN_ORDER) {
    const add: RecordVisitor = (record, line) => {
      options.visit?.(record, kind, line);
      model.add(record, kind);
    };
    const result = options.events ? forEachSessionEvent(logDir, sessionId, kind, options.events, add) : forEachSessionRecord(logDir, sessionId, kind, add);
    skipped += result.skipped;
    if (result.note) notes.push(result.note);
  }
  return { summary: model.result(), skipped, notes };
}
