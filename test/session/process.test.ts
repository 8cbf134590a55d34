import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/records/session-model.js';
import { sessionStatus } from '../../src/records/sessions.js';
import { parseProcStat, processAlive, processRunning } from '../../src/session/process.js';

/**
 * Whether the process that wrote a stage's records still runs it: what keeps `package` from
 * taking a session that is still being written.
 */

const stopped: (() => void)[] = [];
afterEach(() => {
  for (const stop of stopped.splice(0)) stop();
});

const linux = fs.existsSync('/proc/self/stat');

describe('processRunning', () => {
  it('is true for a process that started before the record, false for one whose pid was reused since', () => {
    expect(processRunning(process.pid, Date.now())).toBe(true);
    // This pid, as if its record had been written by an earlier process that had it.
    expect(processRunning(process.pid, Date.parse('2000-01-01T00:00:00.000Z'))).toBe(!linux);
  });

  it.runIf(linux)('is false for a zombie: ended, not yet reaped by its parent', async () => {
    // The child waits on fd 3 until its parent has become `sleep` (exec), which never reaps it.
    // Only bash holds stderr (its end: the exec is done); only the child holds stdout (its end: the child ended).
    const parent = spawn('bash', ['-c', '{ read -r _ <&3; } 2>&- & echo $! >&2; exec sleep 1000 >&- 2>&- 3<&-'], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    stopped.push(() => parent.kill('SIGKILL'));
    const [stdout, stderrStream] = [parent.stdout!, parent.stderr!];
    stdout.resume();
    let stderr = '';
    stderrStream.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    await once(stderrStream, 'end');
    const childEnded = once(stdout, 'end');
    (parent.stdio[3] as Writable).end();
    await childEnded;
    const zombie = Number.parseInt(stderr, 10);
    // Its files are closed a moment before it is a zombie.
    while (parseProcStat(fs.readFileSync(`/proc/${zombie}/stat`, 'utf8')).state !== 'Z') await new Promise(setImmediate);
    expect(processAlive(zombie)).toBe(true);
    expect(processRunning(zombie, Date.now())).toBe(false);
  });

  it.runIf(linux)("makes a session's unfinished stage 'interrupted' in `logs --list` when its pid now belongs to a process begun after it", () => {
    const unfinished = (startTime: string) =>
      sessionStatus({ ended: false, success: false, stages: [{ stage: 'generate', status: 'unfinished', pid: process.pid, start_time: startTime }] } as unknown as SessionSummary);
    expect(unfinished(new Date().toISOString())).toBe('running');
    // This process began after 2000: the stage's process is gone, and its pid reused.
    expect(unfinished('2000-01-01T00:00:00.000Z')).toBe('interrupted');
  });

  it('reads the state and start of a stat line whose command name holds spaces and parentheses', () => {
    const fields = ['S', ...Array.from({ length: 18 }, (_, i) => String(i)), '123456', '7'];
    expect(parseProcStat(`42 (a) b (c)) ${fields.join(' ')}`)).toEqual({ state: 'S', startTicks: 123456 });
  });
});
