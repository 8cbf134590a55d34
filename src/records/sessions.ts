import { recordFile } from './filter.js';
import { forEachRecord } from './parse.js';
import { Events, type AttemptData, type LogRecord, type Stage } from './types.js';

/**
 * succeeded / failed: the session has its `session.end` record, which says which.
 * running: no end yet, and a stage it started is still open in a live process on this host.
 * interrupted: no end record and nothing running: killed, crashed, or left between stages.
 */
export type SessionStatus = 'succeeded' | 'failed' | 'running' | 'interrupted';

export interface SessionListing {
  session: string;
  /** Times of the first and last record. */
  start: string;
  end: string;
  status: SessionStatus;
  /** Pipeline stages in the order they first appear. */
  stages: Stage[];
  /** Stages whose `stage.end` says failed. */
  failedStages: Stage[];
  records: number;
  errors: number;
  warnings: number;
  /** Distinct `call_id`s of `llm.attempt` records, and the attempts they took. */
  llmCalls: number;
  attempts: number;
  tokens: number;
}

export interface SessionList {
  /** Newest first (by start time). */
  sessions: SessionListing[];
  /** Lines of the record files that are not records. */
  skipped: number;
}

/** Whether a process lives on this host. A pid from another host or reused since may mislead: only `running` depends on it. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Accumulates one session's records, from either record file, in any interleaving. */
export class SessionTally {
  private start = '';
  private end = '';
  private ended: boolean | undefined;
  private readonly stages: Stage[] = [];
  private readonly failedStages: Stage[] = [];
  /** `pid stage` of stages started and not yet ended. */
  private readonly open = new Set<string>();
  private readonly calls = new Set<string>();
  private records = 0;
  private errors = 0;
  private warnings = 0;
  private attempts = 0;
  private tokens = 0;

  constructor(private readonly session: string) {}

  add(record: LogRecord): void {
    this.records += 1;
    if (!this.start || record.time < this.start) this.start = record.time;
    if (record.time > this.end) this.end = record.time;
    if (record.level === 'error') this.errors += 1;
    else if (record.level === 'warn') this.warnings += 1;
    if (record.stage !== 'session' && !this.stages.includes(record.stage)) this.stages.push(record.stage);
    const data = record.data ?? {};
    switch (record.event) {
      case Events.stageStart:
        this.open.add(`${record.pid} ${record.stage}`);
        break;
      case Events.stageEnd:
        this.open.delete(`${record.pid} ${record.stage}`);
        if (data.status === 'failed' && !this.failedStages.includes(record.stage)) this.failedStages.push(record.stage);
        break;
      case Events.sessionEnd:
        this.ended = data.success !== false && record.level !== 'error';
        break;
      case Events.llmAttempt: {
        const attempt = data as Partial<AttemptData>;
        this.attempts += 1;
        if (typeof attempt.call_id === 'string') this.calls.add(attempt.call_id);
        if (typeof attempt.usage?.total_tokens === 'number') this.tokens += attempt.usage.total_tokens;
        break;
      }
    }
  }

  summary(): SessionListing {
    let status: SessionStatus;
    if (this.ended !== undefined) status = this.ended ? 'succeeded' : 'failed';
    else status = [...this.open].some((key) => processAlive(Number(key.split(' ')[0]))) ? 'running' : 'interrupted';
    return {
      session: this.session,
      start: this.start,
      end: this.end,
      status,
      stages: [...this.stages],
      failedStages: [...this.failedStages],
      records: this.records,
      errors: this.errors,
      warnings: this.warnings,
      llmCalls: this.calls.size,
      attempts: this.attempts,
      tokens: this.tokens,
    };
  }
}

/** Every session found in the global record files of `logDir`, newest first. */
export function listSessions(logDir: string): SessionList {
  const tallies = new Map<string, SessionTally>();
  let skipped = 0;
  for (const kind of ['processing', 'prompts'] as const) {
    const result = forEachRecord(recordFile(logDir, kind), (record) => {
      let tally = tallies.get(record.session);
      if (!tally) {
        tally = new SessionTally(record.session);
        tallies.set(record.session, tally);
      }
      tally.add(record);
    });
    skipped += result.foreign;
  }
  // Reversed first, so that sessions starting in the same millisecond keep newest-first too.
  const sessions = [...tallies.values()].map((tally) => tally.summary()).reverse();
  sessions.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
  return { sessions, skipped };
}
