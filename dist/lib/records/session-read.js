import { filterSessionLines, forEachSessionRecord, hasBytesAt, recordFile } from './filter.js';
import { parseRecordLine } from './parse.js';
import { SessionModel, STREAMS_IN_ORDER } from './session-model.js';
/**
 * The session's records of the events `events` only. A line of the writer's shape names its event
 * in its bytes (where `filterSessionLines` says), so the others are passed over unparsed; a line
 * of any other shape is parsed to know its event.
 */
function forEachSessionEvent(logDir, sessionId, kind, events, visit) {
    // Each name with the quote that closes it: `stage.end` is not taken for `stage.end_of_day`.
    const names = [...events].map((event) => Buffer.from(`${event}"`));
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end, event) => {
        if (event >= 0 && !names.some((name) => hasBytesAt(chunk, event, name)))
            return;
        const record = parseRecordLine(chunk, start, end);
        if (!record)
            unparsed += 1;
        else if (events.has(record.event))
            visit(record, chunk.subarray(start, end));
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
export function readSessionModel(logDir, sessionId, options = {}) {
    const model = new SessionModel({ prices: options.prices });
    let skipped = 0;
    const notes = [];
    for (const kind of options.kinds ?? STREAMS_IN_ORDER) {
        const add = (record, line) => {
            options.visit?.(record, kind, line);
            model.add(record, kind);
        };
        const result = options.events ? forEachSessionEvent(logDir, sessionId, kind, options.events, add) : forEachSessionRecord(logDir, sessionId, kind, add);
        skipped += result.skipped;
        if (result.note)
            notes.push(result.note);
    }
    return { summary: model.result(), skipped, notes };
}
