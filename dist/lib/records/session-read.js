import { filterSessionLines, recordFile } from './filter.js';
import { parseRecordLine } from './parse.js';
import { SessionModel, STREAMS_IN_ORDER } from './session-model.js';
/**
 * Reading one session from the global record files straight into its model: a record at a time,
 * parsed as it comes and let go, so that a session of any size is read in bounded memory.
 */
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit) {
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
        const record = parseRecordLine(chunk, start, end);
        if (record)
            visit(record, chunk.subarray(start, end));
        else
            unparsed += 1;
    });
    return { ...result, skipped: result.skipped + unparsed };
}
/**
 * The session's model from the streams `kinds` (both by default, processing first), each record
 * also handed to `visit` (to render it, or to keep the few a view needs) with its line's bytes
 * as the file holds them (valid only during the call) before it is let go.
 */
export function readSessionModel(logDir, sessionId, options = {}) {
    const model = new SessionModel({ prices: options.prices });
    let skipped = 0;
    const notes = [];
    for (const kind of options.kinds ?? STREAMS_IN_ORDER) {
        const result = forEachSessionRecord(logDir, sessionId, kind, (record, line) => {
            options.visit?.(record, kind, line);
            model.add(record, kind);
        });
        skipped += result.skipped;
        if (result.note)
            notes.push(result.note);
    }
    return { summary: model.result(), skipped, notes };
}
