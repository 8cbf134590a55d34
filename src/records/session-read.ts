import { forEachSessionRecord } from './filter.js';
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

/**
 * The session's model from the streams `kinds` (both by default, processing first), each record
 * also handed to `visit` (to render it, or to keep the few a view needs) with its line's bytes
 * as the file holds them (valid only during the call) before it is let go. With `events`, only
 * the records of those events are read: a model of part of the session (`OUTCOME_EVENTS` gives
 * its outcome at a fraction of the cost of reading every record). With `prompts`, the prompts
 * stream is those records, already read (see the package's early-prompts.ts), handed to `visit`
 * without a line.
 */
export function readSessionModel(
  logDir: string,
  sessionId: string,
  options: {
    kinds?: readonly RecordKind[];
    events?: ReadonlySet<string>;
    visit?: (record: LogRecord, kind: RecordKind, line: Buffer | undefined) => void;
    prices?: PriceTable;
    prompts?: readonly LogRecord[];
  } = {},
): SessionRead {
  const model = new SessionModel({ prices: options.prices });
  let skipped = 0;
  const notes: string[] = [];
  for (const kind of options.kinds ?? STREAMS_IN_ORDER) {
    const add = (record: LogRecord, line: Buffer | undefined): void => {
      options.visit?.(record, kind, line);
      model.add(record, kind);
    };
    if (kind === 'prompts' && options.prompts) {
      for (const record of options.prompts) if (!options.events || options.events.has(record.event)) add(record, undefined);
      continue;
    }
    const result = forEachSessionRecord(logDir, sessionId, kind, add, options.events);
    skipped += result.skipped;
    if (result.note) notes.push(result.note);
  }
  return { summary: model.result(), skipped, notes };
}
