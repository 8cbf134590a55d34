import { forEachRecord, recordFile } from './reader.js';
import { Events } from './types.js';
/** Whether a process lives on this host. A pid from another host or reused since may mislead: only `running` depends on it. */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Accumulates one session's records, from either record file, in any interleaving. */
export class SessionTally {
    session;
    start = '';
    end = '';
    ended;
    stages = [];
    failedStages = [];
    /** `pid stage` of stages started and not yet ended. */
    open = new Set();
    calls = new Set();
    records = 0;
    errors = 0;
    warnings = 0;
    attempts = 0;
    tokens = 0;
    constructor(session) {
        this.session = session;
    }
    add(record) {
        this.records += 1;
        if (!this.start || record.time < this.start)
            this.start = record.time;
        if (record.time > this.end)
            this.end = record.time;
        if (record.level === 'error')
            this.errors += 1;
        else if (record.level === 'warn')
            this.warnings += 1;
        if (record.stage !== 'session' && !this.stages.includes(record.stage))
            this.stages.push(record.stage);
        const data = record.data ?? {};
        switch (record.event) {
            case Events.stageStart:
                this.open.add(`${record.pid} ${record.stage}`);
                break;
            case Events.stageEnd:
                this.open.delete(`${record.pid} ${record.stage}`);
                if (data.status === 'failed' && !this.failedStages.includes(record.stage))
                    this.failedStages.push(record.stage);
                break;
            case Events.sessionEnd:
                this.ended = data.success !== false && record.level !== 'error';
                break;
            case Events.llmAttempt: {
                const attempt = data;
                this.attempts += 1;
                if (typeof attempt.call_id === 'string')
                    this.calls.add(attempt.call_id);
                if (typeof attempt.usage?.total_tokens === 'number')
                    this.tokens += attempt.usage.total_tokens;
                break;
            }
        }
    }
    summary() {
        let status;
        if (this.ended !== undefined)
            status = this.ended ? 'succeeded' : 'failed';
        else
            status = [...this.open].some((key) => processAlive(Number(key.split(' ')[0]))) ? 'running' : 'interrupted';
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
export function listSessions(logDir) {
    const tallies = new Map();
    let skipped = 0;
    for (const kind of ['processing', 'prompts']) {
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
