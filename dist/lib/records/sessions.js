import { filterSessionLines, recordFile } from './filter.js';
import { forEachRecord } from './parse.js';
import { readSessionModel } from './session-read.js';
import { SessionModel, STREAMS_IN_ORDER } from './session-model.js';
import { Events } from './types.js';
import { begunHere } from '../session/id.js';
import { processRunning } from '../session/process.js';
export function sessionStatus(summary) {
    const unfinished = summary.stages.filter((run) => run.status === 'unfinished');
    // Ended by a packaging that has not ended (read from a log folder: `SessionModelOptions.wholeLog`):
    // it is still running, or was stopped, and its package may not be there.
    const packaging = summary.stages.filter((run) => run.stage === 'package').at(-1);
    if (summary.ended && packaging?.status !== 'unfinished')
        return summary.success ? 'succeeded' : 'failed';
    // As `package` judges it: a zombie, or another process reusing the pid since, is no stage running.
    if (unfinished.some((run) => processRunning(run.pid, Date.parse(run.start_time))))
        return 'running';
    return summary.stages.length > 0 && unfinished.length === 0 ? 'open' : 'interrupted';
}
const unique = (values) => [...new Set(values)];
/** A line of `logs --list`, from the session's model. */
export function sessionListing(summary) {
    return {
        session: summary.session_id,
        start: summary.start_time ?? '',
        end: summary.end_time ?? '',
        status: sessionStatus(summary),
        stages: unique(summary.stages.map((run) => run.stage)),
        failed_stages: unique(summary.stages.filter((run) => run.status === 'failed').map((run) => run.stage)),
        records: summary.counts.processing_records + summary.counts.prompt_records,
        errors: summary.counts.errors,
        warnings: summary.counts.warnings,
        llm_calls: summary.ai.calls,
        attempts: summary.ai.total_api_calls,
        tokens: summary.ai.total_tokens,
    };
}
/** Every session found in the global record files of `logDir`, newest first. */
export function listSessions(logDir) {
    const models = new Map();
    let skipped = 0;
    for (const kind of STREAMS_IN_ORDER) {
        const result = forEachRecord(recordFile(logDir, kind), (record) => {
            let model = models.get(record.session);
            if (!model) {
                model = new SessionModel({ wholeLog: true });
                models.set(record.session, model);
            }
            model.add(record, kind);
        });
        skipped += result.foreign;
    }
    // Reversed first, so that sessions starting in the same millisecond keep newest-first too.
    const sessions = [...models.values()].map((model) => sessionListing(model.result())).reverse();
    sessions.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    return { sessions, skipped };
}
/** The records that decide whether a session has ended. */
const END_EVENTS = new Set([Events.sessionEnd, Events.stageStart, Events.stageEnd]);
/**
 * Whether the session has ended, as its model says (`SessionSummary.ended`), from its session and
 * stage records alone: read through its index, or, when it has none (logs restored without their
 * `index/` folder, or written by an older lyfe-kt), by a scan of the record file, which the writer's
 * own search for earlier lines of the session then spares (`searchedFor`). A session this process
 * began has no records yet: it is not searched for.
 */
export function sessionEnded(logDir, sessionId) {
    if (begunHere(sessionId))
        return false;
    return readSessionModel(logDir, sessionId, { kinds: ['processing'], events: END_EVENTS }).summary.ended;
}
/**
 * Whether the global files of `logDir` hold any record of the session: a line of it, found through
 * its index (read only up to the first line), else by a scan. An index alone is no record: the
 * record files may have been removed, emptied or rotated since, and their session indexes left.
 */
export function sessionHasRecords(logDir, sessionId) {
    return STREAMS_IN_ORDER.some((kind) => {
        try {
            filterSessionLines(recordFile(logDir, kind), sessionId, () => {
                throw FOUND;
            });
            return false;
        }
        catch (error) {
            if (error === FOUND)
                return true;
            throw error;
        }
    });
}
/** Stops a read at the session's first line. */
const FOUND = Symbol('found');
