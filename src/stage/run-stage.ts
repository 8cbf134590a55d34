import path from 'node:path';
import { errorText, LyfeError } from '../errors.js';
import { gitCommit } from './git.js';
import { record } from '../records/writer.js';
import { Events, type Stage, type StageEndData } from '../records/types.js';
import { VERSION } from '../version.js';
import { runInSession } from '../session/context.js';
import { resolveSession, type WorkSession } from '../session/store.js';

export interface StageOptions {
  stage: Stage;
  workDir: string;
  logDir: string;
  /** `--session` or `LYFE_KT_SESSION`. */
  session?: string;
  /** Start a new session even when the work folder has one (`run`). */
  fresh?: boolean;
  /** Join the session of files kept by `package --keep-work` (`package --session` of that session: it packages them again). */
  joinKept?: boolean;
  /** Written into the session start record when this stage begins the session (provider, model...). */
  sessionInfo?: Record<string, unknown>;
  /** Aborted (Ctrl-C): the stage ends failed at once, with the signal's reason as its error. */
  signal?: AbortSignal;
  /** Called with the session once it is joined or begun, before the stage's start is recorded. */
  began?: (session: WorkSession) => void;
}

/** Counters a stage fills in; they end up in its `stage.end` record. */
export interface StageStats {
  filesIn: number;
  filesOut: number;
  filesInvalid: number;
}

export interface StageRun<T> {
  session: WorkSession;
  result: T;
  stats: StageStats;
}

/** How long an interrupted stage waits for its work to stop before it ends anyway. */
const STOPPING_MS = 2000;

/**
 * `work`, or the signal's reason once it aborts: what the stage was doing is cancelled through the
 * same signal, and is given `STOPPING_MS` to stop (calls in flight record their interrupted
 * attempts, a level answered beside one stopped is written), so that the stage's end comes after
 * its last records; then it ends and says why, whatever it still waits for.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    let stopping = false;
    const onAbort = (): void => {
      stopping = true;
      const stop = (): void => reject(signal.reason);
      const late = setTimeout(stop, STOPPING_MS);
      late.unref();
      void work.then(stop, stop).finally(() => clearTimeout(late));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void work
      .then(
        (value) => stopping || resolve(value),
        (error: unknown) => stopping || reject(error),
      )
      .finally(() => signal.removeEventListener('abort', onAbort));
    if (signal.aborted) onAbort();
  });
}

/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
export async function runStage<T>(options: StageOptions, fn: (stats: StageStats) => Promise<T>): Promise<StageRun<T>> {
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
    const stats: StageStats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
    const begin = performance.now();
    record('info', Events.stageStart, `${options.stage} started`);
    const end = (status: StageEndData['status'], error?: string): void => {
      const data: StageEndData = {
        status,
        duration_ms: Math.round(performance.now() - begin),
        files_in: stats.filesIn,
        files_out: stats.filesOut,
        files_invalid: stats.filesInvalid,
      };
      if (error) data.error = error;
      record(status === 'ok' ? 'info' : 'error', Events.stageEnd, `${options.stage} ${status}`, { data: { ...data } });
    };
    try {
      const result = await untilAborted(fn(stats), options.signal);
      end('ok');
      return { session, result, stats };
    } catch (error) {
      const text = errorText(error);
      // The parts of the error stay apart in `data`, so that no view has to take the line apart again.
      const known = error instanceof LyfeError ? error : undefined;
      try {
        record('error', Events.error, text, {
          input: known?.file ? [path.basename(known.file)] : undefined,
          data: { error: known ? known.message : text, file: known?.file, fix: known?.fix },
        });
        end('failed', text);
      } catch {
        // The records cannot be written (a full disk): the stage's own error is what to report.
      }
      throw error;
    }
  });
}
