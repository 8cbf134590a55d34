import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterSessionLines, readSessionRecords, recordFile } from '../../src/records/filter.js';
import { forEachRecord } from '../../src/records/parse.js';
import { listSessions } from '../../src/records/sessions.js';
import { Events, type LogRecord } from '../../src/records/types.js';
import { auditRecord, record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { runStage } from '../../src/stage/run-stage.js';
import { useTempDir } from '../helpers/temp-dir.js';

const A = 'sess_2025-01-18_17-30-45_0a0a0a0a';
const B = 'sess_2025-01-18_17-31-02_0b0b0b0b';
const C = 'gha_123456_2_shard-1';

function linesOf(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

function attempt(callId: string, n: number, outcome: 'ok' | 'retry', tokens: number) {
  return {
    call_id: callId,
    attempt: n,
    max_attempts: 3,
    purpose: 'generate beginner',
    provider: 'offline',
    model: 'offline-1',
    params: {},
    messages: [{ role: 'user', content: 'write a supertask' }],
    response: '{}',
    usage: { prompt_tokens: tokens - 10, completion_tokens: 10, total_tokens: tokens },
    latency_ms: 5,
    outcome,
    source: 'live',
  };
}

describe('reading one session out of shared record files', () => {
  const temp = useTempDir();

  it('gives exactly each session its own records, in the order they were written', async () => {
    const logDir = path.join(temp(), 'logs');
    const workDir = path.join(temp(), 'work');
    // Session A runs a stage the way the CLI does; B writes between A's records.
    const run = await runStage({ stage: 'preprocess', workDir, logDir, session: A }, async (stats) => {
      for (let i = 0; i < 3; i++) {
        record('info', Events.fileResult, `a${i}`, { input: [`a${i}.md`], output: [`a${i}_filled_template.md`] });
        runInSession({ sessionId: B, stage: 'generate', logDir }, () => {
          record('warn', Events.warning, `b${i}`, { input: [`b${i}.md`] });
          auditRecord('info', Events.llmAttempt, `b call ${i}`, { output: [`b${i}.json`], data: attempt(`call_b${i}`, 1, 'ok', 100) });
        });
        auditRecord('info', Events.llmAttempt, `a call ${i}`, { output: [`a${i}.json`], data: attempt(`call_a${i}`, 1, 'ok', 50) });
        stats.filesOut += 1;
      }
    });
    expect(run.session.session_id).toBe(A);

    const a = readSessionRecords(logDir, A, 'processing');
    expect(a.skipped).toBe(0);
    expect(a.records.map((r) => r.event)).toEqual([Events.sessionStart, Events.stageStart, ...Array(3).fill(Events.fileResult), Events.stageEnd]);
    expect(a.records.filter((r) => r.event === Events.fileResult).map((r) => r.msg)).toEqual(['a0', 'a1', 'a2']);
    expect(a.records.every((r) => r.session === A)).toBe(true);

    const b = readSessionRecords(logDir, B, 'processing');
    expect(b.records.map((r) => r.msg)).toEqual(['b0', 'b1', 'b2']);
    expect(b.records.map((r) => r.input)).toEqual([['b0.md'], ['b1.md'], ['b2.md']]);

    expect(readSessionRecords(logDir, A, 'prompts').records.map((r) => r.msg)).toEqual(['a call 0', 'a call 1', 'a call 2']);
    expect(readSessionRecords(logDir, B, 'prompts').records.map((r) => (r.data as { call_id: string }).call_id)).toEqual(['call_b0', 'call_b1', 'call_b2']);

    // Together the two sessions are every line of the files: nothing lost, nothing shared.
    const processing = linesOf(recordFile(logDir, 'processing'));
    expect(a.records.length + b.records.length).toBe(processing.length);
  });

  it('finds nothing, and no error, for a session or a file that is not there', () => {
    const logDir = path.join(temp(), 'logs');
    expect(readSessionRecords(logDir, A, 'processing')).toEqual({ records: [], skipped: 0 });
    runInSession({ sessionId: B, stage: 'generate', logDir }, () => record('info', Events.warning, 'only B'));
    expect(readSessionRecords(logDir, A, 'processing')).toEqual({ records: [], skipped: 0 });
    expect(readSessionRecords(logDir, A, 'prompts')).toEqual({ records: [], skipped: 0 });
  });

  it('skips and counts lines that are not records: old text, torn lines, a truncated tail', () => {
    const logDir = path.join(temp(), 'logs');
    const write = (session: string, msg: string) => runInSession({ sessionId: session, stage: 'generate', logDir }, () => record('info', Events.stepOutput, msg));
    write(A, 'first');
    const file = recordFile(logDir, 'processing');
    const whole = linesOf(file)[0];
    const foreign = [
      '2025-01-18 17:30:45,123 - INFO - Processing file como_dormir_bem.md', // the old tool's text log
      `plain text that quotes "session":"${A}" in passing`,
      whole.slice(0, 60), // a line torn by a crash, then a newline from the next writer
      `${whole.slice(0, 90)}${whole}`, // a torn line glued to a whole one
      '{"level":"info","note":"json, but not a record"}',
      '',
    ];
    fs.appendFileSync(file, `${foreign.join('\n')}\n`);
    write(B, 'another session');
    write(A, 'second');
    fs.appendFileSync(file, whole.slice(0, whole.length - 5)); // a truncated tail, no newline

    const a = readSessionRecords(logDir, A, 'processing');
    expect(a.records.map((r) => r.msg)).toEqual(['first', 'second']);
    // Lines mentioning A that are not A's records: the quoting text line, the glued line, the tail.
    expect(a.skipped).toBe(3);
    expect(readSessionRecords(logDir, B, 'processing')).toMatchObject({ skipped: 0, records: [{ msg: 'another session' }] });

    const all: LogRecord[] = [];
    const counted = forEachRecord(file, (r) => all.push(r));
    expect(all.map((r) => r.msg)).toEqual(['first', 'another session', 'second']);
    // Every non-empty foreign line plus the tail.
    expect(counted).toEqual({ records: 3, foreign: 6 });
    expect(listSessions(logDir).skipped).toBe(6);
  });

  it('takes a line as a record of the session its parsed record names, when a later key names another', () => {
    const logDir = path.join(temp(), 'logs');
    runInSession({ sessionId: A, stage: 'generate', logDir }, () => record('info', Events.stepOutput, 'own'));
    const file = recordFile(logDir, 'processing');
    // The writer's shape up to A's session, then a second `session` key: JSON takes the last.
    fs.appendFileSync(file, `${linesOf(file)[0].replace(/}$/, `,"session":"${B}"}`)}\n`);

    const a = readSessionRecords(logDir, A, 'processing');
    expect(a.records.map((r) => [r.msg, r.session])).toEqual([['own', A]]);
    expect(a.skipped).toBe(1);
  });

  it('says where the event name of each line in the writer’s shape starts, and -1 for a record in another shape', () => {
    const logDir = path.join(temp(), 'logs');
    const write = (stage: 'generate' | 'session', event: string) => runInSession({ sessionId: A, stage, logDir }, () => record('info', event, event, { data: { event: 'stage.start' } }));
    write('generate', Events.stepOutput);
    write('session', Events.sessionEnd);
    const file = recordFile(logDir, 'processing');
    // A record written by another tool, its keys in another order (a nested event first); not in
    // the session's index, so the file is scanned.
    const other = JSON.stringify({ data: { event: 'step.output' }, event: Events.sessionEnd, session: A, stage: 'session', level: 'info', time: '2025-01-18T17:30:45.123Z', msg: 'x' });
    fs.appendFileSync(file, `${other}\n`);

    const events: string[] = [];
    filterSessionLines(file, A, (chunk, start, end, event) => {
      events.push(event < 0 ? `-1 ${(JSON.parse(chunk.toString('utf8', start, end)) as LogRecord).event}` : chunk.toString('utf8', event, chunk.indexOf('"', event)));
    }, { scan: true });
    expect(events).toEqual([Events.stepOutput, Events.sessionEnd, `-1 ${Events.sessionEnd}`]);
  });

  it('reads lines that cross the read chunks, and a line longer than several chunks', () => {
    const dir = temp();
    const file = path.join(dir, 'processing.jsonl');
    const line = (session: string, i: number, pad: number) =>
      JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.123Z', session, stage: 'generate', event: 'step.output', pid: 1, data: { i, pad: 'p'.repeat(pad) }, msg: `r${i}` });
    const lines: string[] = [];
    for (let i = 0; i < 24_000; i++) lines.push(line(i % 2 ? A : B, i, (i * 97) % 1400));
    lines.splice(12_000, 0, line(A, -1, 9 * 1024 * 1024));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(3 * 8 * 1024 * 1024);

    const seen: number[] = [];
    const result = filterSessionLines(file, A, (chunk, start, end) => {
      seen.push((JSON.parse(chunk.toString('utf8', start, end)) as { data: { i: number } }).data.i);
    });
    const expected = lines.map((text) => JSON.parse(text) as LogRecord).filter((r) => r.session === A).map((r) => (r.data as { i: number }).i);
    // Written by hand, not by the writer: there is no index, and the whole file is scanned.
    expect(result).toEqual({ lines: expected.length, skipped: 0, note: expect.stringMatching(/has no index .* was scanned whole$/) });
    expect(seen).toEqual(expected);
    expect(forEachRecord(file, () => {})).toEqual({ records: lines.length, foreign: 0 });
  });
});

describe('listing sessions', () => {
  const temp = useTempDir();

  it('tells succeeded, failed, open (between stages) and running sessions apart, with their stages, calls and tokens', async () => {
    const logDir = path.join(temp(), 'logs');
    const stage = (session: string, name: 'preprocess' | 'generate', fail = false) =>
      runStage({ stage: name, workDir: path.join(temp(), session), logDir, session }, async () => {
        if (fail) throw new Error('the model gave up');
      });
    const end = (session: string, success: boolean) =>
      runInSession({ sessionId: session, stage: 'package', logDir }, () =>
        record(success ? 'info' : 'error', Events.sessionEnd, `session ended`, { stage: 'session', data: { success } }),
      );

    await stage(A, 'preprocess');
    await runStage({ stage: 'generate', workDir: path.join(temp(), A), logDir, session: A }, async () => {
      auditRecord('warn', Events.llmAttempt, 'retry', { data: attempt('call_1', 1, 'retry', 30) });
      auditRecord('info', Events.llmAttempt, 'ok', { data: attempt('call_1', 2, 'ok', 40) });
      auditRecord('info', Events.llmAttempt, 'ok', { data: attempt('call_2', 1, 'ok', 50) });
    });
    end(A, true);
    await expect(stage(B, 'generate', true)).rejects.toThrow('the model gave up');
    end(B, false);
    await stage(C, 'preprocess');
    const D = 'gha_99_1';
    // A stage begun by a live process and not ended yet.
    runInSession({ sessionId: D, stage: 'generate', logDir }, () => record('info', Events.stageStart, 'generate started'));

    const { sessions, skipped } = listSessions(logDir);
    expect(skipped).toBe(0);
    const byId = Object.fromEntries(sessions.map((s) => [s.session, s]));
    expect(byId[A]).toMatchObject({ status: 'succeeded', stages: ['preprocess', 'generate'], llm_calls: 2, attempts: 3, tokens: 120, failed_stages: [] });
    expect(byId[B]).toMatchObject({ status: 'failed', stages: ['generate'], failed_stages: ['generate'], llm_calls: 0 });
    expect(byId[C]).toMatchObject({ status: 'open', stages: ['preprocess'] });
    expect(byId[D]).toMatchObject({ status: 'running', stages: ['generate'] });
    expect(sessions.map((s) => s.session)).toEqual([D, C, B, A]);
    expect(byId[A].start <= byId[A].end).toBe(true);
  });
});
