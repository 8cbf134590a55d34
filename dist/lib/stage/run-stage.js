import path from 'node:path';
import { errorText, LyfeError } from '../errors.js';
import { gitCommit } from './git.js';
import { record } from '../records/writer.js';
import { Events } from '../records/types.js';
import { VERSION } from '../version.js';
import { runInSession } from '../session/context.js';
import { resolveSession } from '../session/store.js';
/** How long an interrupted stage waits for its work to stop before it ends anyway. */
const STOPPING_MS = 2000;
/**
 * `work`, or the signal's reason once it aborts: what the stage was doing is cancelled through the
 * same signal, and is given `STOPPING_MS` to stop (calls in flight record their interrupted
 * attempts, a level answered beside one stopped is written), so that the stage's end comes after
 * its last records; then it ends and says why, whatever it still waits for.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        let stopping = false;
        const onAbort = () => {
            stopping = true;
            const stop = () => reject(signal.reason);
            const late = setTimeout(stop, STOPPING_MS);
            late.unref();
            void work.then(stop, stop).finally(() => clearTimeout(late));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        void work
            .then((value) => stopping || resolve(value), (error) => stopping || reject(error))
            .finally(() => signal.removeEventListener('abort', onAbort));
        if (signal.aborted)
            onAbort();
    });
}
/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
export async function runStage(options, fn) {
    const { session, started } = resolveSession(options.workDir, { override: options.session, fresh: options.fresh, joinKept: options.joinKept });
    options.began?.(session);
    const context = { sessionId: session.session_id, stage: options.stage, logDir: options.logDir };
    return runInSession(context, async () => {
        if (started) {
            record('info', Events.sessionStart, `session ${session.session_id} started`, {
                stage: 'session',
                data: {
                    argv: process.argv.slice(2),
                    tool_version: VERSION,
                    node_version: process.version,
                    cwd: process.cwd(),
                    git_commit: gitCommit(),
                    ...options.sessionInfo,
                },
            });
        }
        const stats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
        const begin = performance.now();
        record('info', Events.stageStart, `${options.stage} started`);
        const end = (status, error) => {
            const data = {
                status,
                duration_ms: Math.round(performance.now() - begin),
                files_in: stats.filesIn,
                files_out: stats.filesOut,
                files_invalid: stats.filesInvalid,
            };
            if (error)
                data.error = error;
            record(status === 'ok' ? 'info' : 'error', Events.stageEnd, `${options.stage} ${status}`, { data: { ...data } });
        };
        try {
            const result = await untilAborted(fn(stats), options.signal);
            end('ok');
            return { session, result, stats };
        }
        catch (error) {
            const text = errorText(error);
            // The parts of the error stay apart in `data`, so that no view has to take the line apart again.
            const known = error instanceof LyfeError ? error : undefined;
            try {
                record('error', Events.error, text, {
                    input: known?.file ? [path.basename(known.file)] : undefined,
                    data: { error: known ? known.message : text, file: known?.file, fix: known?.fix },
                });
                end('failed', text);
            }
            catch {
                // The records cannot be written (a full disk): the stage's own error is what to report.
            }
            throw error;
        }
    });
}
