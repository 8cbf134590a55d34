import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { OUTCOME_EVENTS, SessionModel, summarizeSession, type SessionSummary } from '../../src/records/session-model.js';
import { readSessionModel } from '../../src/records/session-read.js';
import { INDEX_FOLDER } from '../../src/records/session-index.js';
import { listSessions, sessionEnded, sessionListing } from '../../src/records/sessions.js';
import { readSession } from '../../src/index.js';
import { Events, INTERRUPTED, type AttemptData, type LogRecord, type Stage } from '../../src/records/types.js';
import { record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { SESSION, SessionBuilder, successfulRun } from '../package/session-records.js';

const temp = useTempDir('lyfe-kt-model-');

/** The model of records added in the given order, each tagged with its stream. */
function modelOf(records: [LogRecord, 'processing' | 'prompts'][]): SessionSummary {
  const model = new SessionModel();
  for (const [record, kind] of records) model.add(record, kind);
  return model.result();
}

const tagged = (s: SessionBuilder) => ({
  processing: s.processing.map((r): [LogRecord, 'processing'] => [r, 'processing']),
  prompts: s.prompts.map((r): [LogRecord, 'prompts'] => [r, 'prompts']),
});

/** A run with retries, an error, a killed process and a stage it never ended: every part of the model has something to say. */
function eventfulRun(): SessionBuilder {
  const s = successfulRun();
  s.stageStart('generate', 303);
  s.attempt('generate', 303, { call_id: 'c_retry', attempt: 1, outcome: 'retry', response: null, usage: null, http_status: 429, input: ['b_filled_template.md'], output: ['b_beginner.json'] });
  s.attempt('generate', 303, { call_id: 'c_retry', attempt: 2, outcome: 'failed', response: null, usage: null, http_status: 500, input: ['b_filled_template.md'], output: ['b_beginner.json'] });
  s.log('generate', 'error', 'generate.beginner failed', 303, { input: ['b_filled_template.md'], data: { error: 'generate.beginner failed', fix: 'See the prompt audit' } }, 'error');
  s.stageEnd('generate', 303, { status: 'failed', files_in: 1, files_out: 0, error: 'generate.beginner failed' });
  s.stageStart('generate', 404);
  s.log('generate', 'step.output', 'working', 404);
  s.prompts.push({ ...s.prompts.at(-1)!, time: new Date(Date.parse(s.processing.at(-1)!.time) + 500).toISOString(), pid: 404, event: 'llm.request', level: 'debug', data: { call_id: 'c_killed', attempt: 1, purpose: 'generate.advanced', provider: 'openai', model: 'gpt-4', source: 'live' } });
  return s;
}

describe('the session model', () => {
  it('is the same whatever the interleaving of the two streams', () => {
    const { processing, prompts } = tagged(eventfulRun());
    const byTime = [...processing, ...prompts].sort((a, b) => Date.parse(a[0].time) - Date.parse(b[0].time));
    const processingFirst = modelOf([...processing, ...prompts]);
    expect(modelOf(byTime)).toEqual(processingFirst);
    expect(modelOf([...prompts, ...processing])).toEqual(processingFirst);
    // Its failures carry the records before them, from both streams, in time order.
    const error = processingFirst.failures.find((failure) => failure.kind === 'error')!;
    expect(error.last_records.map((r) => `${r.pid} ${r.event}`)).toEqual(['303 stage.start', '303 llm.attempt', '303 llm.attempt']);
    expect(error.last_records.every((r) => r.data === undefined)).toBe(true);
  });

  it('gives a plain result: serialised and read back, it is the same', () => {
    const summary = summarizeSession(eventfulRun().processing, eventfulRun().prompts);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('names as its model the one that answered most attempts: errors name a model tried, not one that answered', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    for (let attempt = 1; attempt <= 5; attempt++) {
      s.attempt('generate', 1, { call_id: 'c_a', attempt, model: 'gpt-5.4-mini', outcome: attempt < 5 ? 'retry' : 'failed', response: null, usage: null, http_status: 500, input: ['a.md'], output: ['a_beginner.json'] });
    }
    s.attempt('generate', 1, { call_id: 'c_b', model: 'gpt-4', input: ['a.md'], output: ['a_beginner.json'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 1, files_out: 1 });
    expect(summarizeSession(s.processing, s.prompts).ai).toMatchObject({ model: 'gpt-4', models: ['gpt-5.4-mini', 'gpt-4'] });
  });

  it("names as a call's model the one that answered it, not the one a later attempt without reply asked for", () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c_a', attempt: 1, model: 'gpt-5-2025-08-07', outcome: 'retry', reason: 'invalid JSON', input: ['a.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c_a', attempt: 2, model: 'gpt-5', outcome: 'failed', response: null, usage: null, http_status: 500, input: ['a.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c_b', model: 'gpt-5', outcome: 'failed', response: null, usage: null, http_status: 500, input: ['b.md'], output: ['b_beginner.json'] });
    s.stageEnd('generate', 1, { status: 'failed', files_in: 2, files_out: 0 });
    const calls = summarizeSession(s.processing, s.prompts).calls;
    expect(calls.map((call) => [call.call_id, call.model, call.answered])).toEqual([
      ['c_a', 'gpt-5-2025-08-07', true],
      ['c_b', 'gpt-5', false],
    ]);
  });

  it('judges packaging by each session its last package: a session packaged again counts once, shards each count', () => {
    const packaging = (s: SessionBuilder, session: string, pid: number, files: number) =>
      s.stageStart('package', pid).log('session', 'session.end', 'ended', pid, { session, data: { success: true, work_files: files } }).stageEnd('package', pid, { status: 'ok', files_in: files, files_out: files + 8 });
    const again = successfulRun();
    packaging(again, SESSION, 301, 7);
    packaging(again, SESSION, 302, 7);
    expect(renderExecutionSummary(summarizeSession(again.processing, again.prompts))).toMatch(/\*\*Packaging\*\*: 7 work files packaged \(2 runs, /);

    const shards = successfulRun();
    packaging(shards, SESSION, 301, 7);
    const other = successfulRun();
    const otherSession = 'sess_2025-01-18_17-30-45_ffffffff';
    packaging(other, SESSION, 302, 9);
    const merged = [...shards.processing, ...other.processing.map((r) => ({ ...r, session: otherSession }))];
    expect(renderExecutionSummary(summarizeSession(merged, shards.prompts))).toMatch(/\*\*Packaging\*\*: 16 work files packaged \(2 runs, /);
  });

  it('is not ended by a packaging that failed after it recorded the end: no package was made', () => {
    const s = successfulRun();
    s.stageStart('package', 301).log('session', 'session.end', 'ended', 301, { data: { success: true, work_files: 7 } }).stageEnd('package', 301, { status: 'failed', files_in: 0, files_out: 0, error: 'ENOSPC' });
    expect(summarizeSession(s.processing, s.prompts).ended).toBe(false);
    s.stageStart('package', 302).log('session', 'session.end', 'ended', 302, { data: { success: true, work_files: 7 } }).stageEnd('package', 302, { status: 'ok', files_in: 7, files_out: 15 });
    expect(summarizeSession(s.processing, s.prompts).ended).toBe(true);
  });

  it('counts what a stage that never ended did from its file results; an end says its own totals', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.fileResult('preprocess', 1, 'a.md', ['a_filled_template.md', 'a_ari_analysis.json'], { ok: true });
    s.fileResult('preprocess', 1, 'b.md', ['b_filled_template.md', 'b_ari_analysis.json'], { ok: true });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 3, files_out: 4 });
    s.stageStart('generate', 2);
    s.fileResult('generate', 2, 'a_filled_template.md', ['a_beginner.json'], { valid: true });
    s.fileResult('generate', 2, 'a_filled_template.md', ['a_advanced.json'], { valid: false, errors: ['bad'] });
    s.fileResult('generate', 2, 'b_filled_template.md', [], { valid: false, error: 'the model failed' });
    // Killed: no stage.end.
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.stages.map(({ stage, status, files_in, files_out, files_invalid }) => ({ stage, status, files_in, files_out, files_invalid }))).toEqual([
      { stage: 'preprocess', status: 'ok', files_in: 3, files_out: 4, files_invalid: 0 },
      { stage: 'generate', status: 'unfinished', files_in: 2, files_out: 2, files_invalid: 1 },
    ]);
    expect(renderExecutionSummary(summary)).toContain('**Stage 3 (Generation)**: 2 supertasks generated, 1 invalid (never finished');
  });

  it('keeps no more than the last 8 records of a process before a failure, and stops at its stage begun again (a pid reused)', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    for (let i = 0; i < 1000; i++) s.log('preprocess', 'step.output', `line ${i}`, i % 2 ? 1 : 2, { input: [`${i}.md`] });
    s.stageStart('preprocess', 1); // the first preprocess run of process 1 never ended
    s.log('preprocess', 'step.output', 'after', 1, { input: ['after.md'] });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 0 });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ kind: 'unfinished', stage: 'preprocess', pid: 1, file: '999.md' });
    // Process 1 wrote the odd lines; what it did after its stage began again is not its context.
    expect(summary.failures[0].last_records.map((r) => r.msg)).toEqual([985, 987, 989, 991, 993, 995, 997, 999].map((i) => `line ${i}`));
  });

  it("gives an error the 8 records of its process before it, its own record left out, as the summary says", () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    for (let i = 0; i < 10; i++) s.log('preprocess', 'step.output', `line ${i}`, 1, { input: [`${i}.md`] });
    s.log('preprocess', 'error', 'the disk is full', 1, { input: ['9.md'], data: { message: 'the disk is full', fix: 'Free some space' } }, 'error');
    s.stageEnd('preprocess', 1, { status: 'failed', files_in: 10, files_out: 0 });
    const [error] = summarizeSession(s.processing, s.prompts).failures;
    expect(error).toMatchObject({ kind: 'error', stage: 'preprocess' });
    expect(error!.last_records.map((r) => r.msg)).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((i) => `line ${i}`));
  });

  it('stops the context of a killed stage at the next command of its session that got the same pid (as each gets pid 1 in a container)', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.log('preprocess', 'step.output', 'preprocessing a', 1, { input: ['a.md'] });
    // Killed; then `generate` in a new container, pid 1 again.
    s.stageStart('generate', 1);
    for (let i = 0; i < 10; i++) s.log('generate', 'step.output', `generate ${i}`, 1, { input: ['a_filled_template.md'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 1, files_out: 2 });
    const [stopped] = summarizeSession(s.processing, s.prompts).failures;
    expect(stopped).toMatchObject({ kind: 'unfinished', stage: 'preprocess', file: 'a.md' });
    expect(stopped!.last_records.map((r) => r.msg).at(-1)).toBe('preprocessing a');
    expect(stopped!.last_records.some((r) => r.stage === 'generate')).toBe(false);
  });

  it("says where each stage of a killed run stopped: its own last record and file, while the process's other stage went on", () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.log('preprocess', 'file.result', 'a ok', 1, { input: ['a.md'], output: ['a_filled_template.md'] });
    // `run` generates from a's template while it preprocesses b: both stages open in one process.
    s.stageStart('generate', 1);
    s.log('generate', 'step.output', 'generating', 1, { input: ['a_filled_template.md'] });
    s.log('preprocess', 'file.result', 'b ok', 1, { input: ['b.md'], output: ['b_filled_template.md'] });
    s.prompts.push({ ...s.processing.at(-1)!, stage: 'preprocess', level: 'debug', event: 'llm.request', msg: 'sent', input: ['c.md'], output: [], data: { call_id: 'call_c', attempt: 1, purpose: 'preprocess.analysis', provider: 'openai', model: 'gpt-4', source: 'live' } });
    s.log('generate', 'step.output', 'still generating', 1, { input: ['a_filled_template.md'] });
    const preprocessLast = s.prompts.at(-1)!.time;
    const summary = summarizeSession(s.processing, s.prompts);
    const stopped = Object.fromEntries(summary.failures.map((failure) => [failure.stage, failure]));
    expect(stopped.preprocess).toMatchObject({ kind: 'unfinished', file: 'c.md', time: preprocessLast, message: expect.stringContaining(`after its record at ${preprocessLast}`) });
    expect(stopped.generate).toMatchObject({ kind: 'unfinished', file: 'a_filled_template.md', time: s.processing.at(-1)!.time });
  });
});

describe('a killed stage with a call in flight', () => {
  it('names the file it was waiting on, not the one it finished meanwhile', () => {
    const s = new SessionBuilder();
    s.sessionStart(7).stageStart('generate', 7);
    const request = (name: string): void => {
      s.log('generate', 'step.output', `generating ${name}`, 7);
      s.prompts.push({ ...s.processing.at(-1)!, level: 'debug', event: 'llm.request', msg: 'sent', input: [`${name}_filled_template.md`], output: [`${name}_beginner.json`], data: { call_id: `call_${name}`, attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-4', source: 'live' } });
    };
    request('a');
    request('b');
    // a's answer and result come after b's request was sent; b's never does.
    s.prompts.push({ ...s.prompts.at(0)!, time: s.processing.at(-1)!.time, level: 'info', event: 'llm.attempt', msg: 'ok', data: { call_id: 'call_a', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-4', source: 'live', outcome: 'ok', response: '{}', latency_ms: 5 } });
    s.log('generate', 'file.result', 'valid', 7, { input: ['a_filled_template.md'], output: ['a_beginner.json'] });

    const [stopped] = summarizeSession(s.processing, s.prompts).failures;
    expect(stopped).toMatchObject({ kind: 'unfinished', stage: 'generate', file: 'b_filled_template.md' });
  });
});

describe('calls in flight when a run was killed', () => {
  it('count as API calls sent, and as unfinished', () => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('preprocess', 5).stageEnd('preprocess', 5, { status: 'ok', files_in: 3, files_out: 6 });
    s.stageStart('generate', 6);
    for (const name of ['a', 'b', 'c']) {
      s.log('generate', 'step.output', `generating ${name}`, 6);
      s.prompts.push({ ...s.processing.at(-1)!, level: 'debug', event: 'llm.request', msg: `generate.beginner attempt 1 sent`, input: [`${name}_filled_template.md`], output: [`${name}_beginner.json`], data: { call_id: `call_${name}`, attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-4', source: 'live' } });
    }
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.ai).toMatchObject({ total_api_calls: 3, calls: 3, unfinished_calls: 3, failed_calls: 0, ok_attempts: 0, success_rate: 0 });
    expect(summary.calls.map((call) => [call.call_id, call.outcome, call.attempts])).toEqual([
      ['call_a', 'unfinished', 0],
      ['call_b', 'unfinished', 0],
      ['call_c', 'unfinished', 0],
    ]);
    expect(summary.success).toBe(false);
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Total API Calls**: 3');
    expect(markdown).toContain('3 calls unfinished');
    expect(sessionListing(summary)).toMatchObject({ llm_calls: 3, attempts: 3 });
  });

  it('name the sources they were made for, and count them as files the stopped stage took', () => {
    // Killed while the analyses of a.md and b.md were in flight, after c.md's was answered and written.
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('preprocess', 5);
    const request = (name: string): void =>
      void s.prompts.push({ ...s.processing.at(-1)!, level: 'debug', event: 'llm.request', msg: 'preprocess.analysis attempt 1 sent', input: [`${name}.md`], output: [`${name}_filled_template.md`], data: { call_id: `call_${name}`, attempt: 1, purpose: 'preprocess.analysis', provider: 'openai', model: 'gpt-4', source: 'live' } });
    request('a');
    request('c');
    s.attempt('preprocess', 5, { call_id: 'call_c', purpose: 'preprocess.analysis', input: ['c.md'], output: ['c_filled_template.md'] });
    s.fileResult('preprocess', 5, 'c.md', ['c_filled_template.md', 'c_ari_analysis.json'], { valid: true });
    request('b');
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.input_files).toEqual(['c.md', 'a.md', 'b.md']);
    expect(summary.stages[0]).toMatchObject({ stage: 'preprocess', status: 'unfinished', files_in: 3, files_out: 2 });
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Source**: c.md, a.md, b.md');
    expect(markdown).toContain('- ⚠️ **Stage 1 (Preprocessing)**: 3 files in, 2 outputs written (never finished)');

    // Killed before any was answered: the sources are still those of the calls.
    const first = new SessionBuilder();
    first.sessionStart(5).stageStart('preprocess', 5);
    first.prompts.push({ ...first.processing.at(-1)!, level: 'debug', event: 'llm.request', msg: 'sent', input: ['a.md'], output: [], data: { call_id: 'call_a', attempt: 1, purpose: 'preprocess.analysis', provider: 'openai', model: 'gpt-4', source: 'live' } });
    const killed = summarizeSession(first.processing, first.prompts);
    expect(killed.input_files).toEqual(['a.md']);
    expect(killed.stages[0]).toMatchObject({ files_in: 1, files_out: 0 });
  });

  it('do not count when answered from the build cache', () => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('generate', 6);
    s.prompts.push({ ...s.processing.at(-1)!, event: 'llm.request', data: { call_id: 'call_cached', attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-4', source: 'cache' } });
    expect(summarizeSession(s.processing, s.prompts).ai).toMatchObject({ total_api_calls: 0, calls: 1, unfinished_calls: 1 });
  });

  it('nor in the success rate: a build answered from the cache sent nothing, and a live failure beside cached answers is not diluted', () => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('generate', 5);
    const attempt = (id: string, source: string, outcome: string): void =>
      void s.prompts.push({ ...s.processing.at(-1)!, event: 'llm.attempt', data: { call_id: id, attempt: 1, purpose: 'generate.beginner', provider: 'openai', model: 'gpt-4', source, outcome, response: outcome === 'ok' ? '{}' : null } });
    attempt('call_a', 'cache', 'ok');
    attempt('call_b', 'cache', 'ok');
    expect(summarizeSession(s.processing, s.prompts).ai).toMatchObject({ total_api_calls: 0, ok_attempts: 0, success_rate: null });
    attempt('call_c', 'live', 'failed');
    expect(summarizeSession(s.processing, s.prompts).ai).toMatchObject({ total_api_calls: 1, ok_attempts: 0, success_rate: 0 });
  });
});

describe('calls a run stopped, and attempts that never reached the server', () => {
  const run = (...attempts: Partial<AttemptData>[]): SessionSummary => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('generate', 5);
    for (const fields of attempts) s.attempt('generate', 5, { call_id: 'call_a', response: null, usage: null, input: ['a_filled_template.md'], output: ['a_beginner.json'], ...fields });
    return summarizeSession(s.processing, s.prompts);
  };

  it('a call interrupted in flight (Ctrl-C) is unfinished, not failed', () => {
    const summary = run({ attempt: 1, outcome: 'failed', reason: INTERRUPTED });
    expect(summary.ai).toMatchObject({ total_api_calls: 1, failed_calls: 0, unfinished_calls: 1 });
    expect(summary.calls[0]).toMatchObject({ outcome: 'unfinished', error: INTERRUPTED });
  });

  it('a retry counts once it was made: one waited for when the run stopped is not a retry', () => {
    expect(run({ attempt: 1, outcome: 'retry', http_status: 500 }).ai).toMatchObject({ retries: 0, unfinished_calls: 1 });
    expect(run({ attempt: 1, outcome: 'retry', http_status: 500 }, { attempt: 2, outcome: 'retry', http_status: 500 }).ai).toMatchObject({ retries: 1, total_api_calls: 2 });
    expect(run({ attempt: 1, outcome: 'retry', http_status: 500 }, { attempt: 2, outcome: 'ok', response: '{}' }).ai).toMatchObject({ retries: 1, failed_calls: 0 });
  });

  it('an attempt whose connection was refused is not a request sent', () => {
    const summary = run({ attempt: 1, outcome: 'retry', sent: false }, { attempt: 2, outcome: 'retry', sent: false }, { attempt: 3, outcome: 'failed', http_status: 503 });
    expect(summary.ai).toMatchObject({ total_api_calls: 1, retries: 2, failed_calls: 1, success_rate: 0 });
    expect(renderExecutionSummary(summary)).toContain('- **Total API Calls**: 1');
    // No request reached a server: the calls that failed are still said.
    const unreachable = renderExecutionSummary(run({ attempt: 1, outcome: 'retry', sent: false }, { attempt: 2, outcome: 'failed', sent: false }));
    expect(unreachable).toContain('- **Total API Calls**: 0');
    expect(unreachable).toMatch(/- \*\*Provider\*\*: openai; 1 call, 1 retry, 1 failed call;/);
  });
});

describe('a session is never a success', () => {
  const expectFailed = (summary: SessionSummary, line: string): void => {
    expect(summary.success).toBe(false);
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Result**: ❌ failed');
    expect(markdown).toContain('## What Went Wrong');
    expect(markdown).toContain(line);
  };

  it('in which no pipeline stage ran (only its packaging)', () => {
    const s = new SessionBuilder();
    s.sessionStart(9).stageStart('package', 9).log('session', 'session.end', 'ended', 9, { data: { success: false, work_files: 3 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.problems.map((problem) => problem.code)).toEqual(['no_pipeline_stage']);
    expectFailed(summary, '- No pipeline stage ran in the session');
    expect(sessionListing(summary).status).toBe('failed');
  });

  it('with records of a stage that never started (a CI step that failed before its stage began)', () => {
    const s = new SessionBuilder();
    s.sessionStart(9).log('preprocess', 'step.output', 'preprocess step exited with 1 after 80 ms', 9, {}, 'error');
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.problems.map((problem) => problem.code)).toEqual(['no_pipeline_stage']);
    expect(summary.success).toBe(false);
  });

  it('with a failed stage, even one without an error record', () => {
    const s = successfulRun();
    s.stageStart('generate', 303).stageEnd('generate', 303, { status: 'failed', files_in: 1, files_out: 0 });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.problems.map((problem) => problem.code)).toEqual(['failed_without_error']);
    expectFailed(summary, '- A stage failed without an error record; see processing.log.');
  });

  it('but a whole run is, and the listing says so', () => {
    const s = successfulRun();
    s.stageStart('package', 300).log('session', 'session.end', 'ended', 300, { data: { success: true, work_files: 7 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary).toMatchObject({ success: true, problems: [], ended: true, session_id: SESSION });
    expect(sessionListing(summary)).toMatchObject({ status: 'succeeded', stages: ['preprocess', 'generate', 'package'], llm_calls: 3, attempts: 3, tokens: 4251 });
  });
});

describe('the outcome read from OUTCOME_EVENTS alone', () => {
  const outcome = (summary: SessionSummary) => ({
    success: summary.success,
    problems: summary.problems,
    // Which stages and how they ended; not what one that never ended did (its file results and calls say that).
    stages: summary.stages.map((run) => (run.status === 'unfinished' ? { ...run, files_in: 0, files_out: 0, files_invalid: 0 } : run)),
    // Which failures; not their context (an unfinished stage is dated by the last record of its process).
    failures: summary.failures.map(({ kind, stage, pid }) => ({ kind, stage, pid })),
  });
  const sessions: Record<string, () => SessionBuilder> = {
    'an eventful run (retries, an error, a killed process)': eventfulRun,
    'a whole run, packaged': () => successfulRun().stageStart('package', 300).log('session', 'session.end', 'ended', 300, { data: { success: true, work_files: 7 } }),
    'a stage failed without an error record': () => successfulRun().stageStart('generate', 303).stageEnd('generate', 303, { status: 'failed', files_in: 1, files_out: 0 }),
    'no pipeline stage': () => new SessionBuilder().sessionStart(9).stageStart('package', 9).log('session', 'session.end', 'ended', 9, { data: { success: false, work_files: 3 } }),
  };

  for (const [name, build] of Object.entries(sessions)) {
    it(`is the outcome of every record: ${name}`, () => {
      const s = build();
      const part = summarizeSession(
        s.processing.filter((record) => OUTCOME_EVENTS.has(record.event)),
        [],
      );
      expect(outcome(part)).toEqual(outcome(summarizeSession(s.processing, s.prompts)));
    });
  }

  it('is read from a record file passing the other lines over, and parsing the lines not of the writer\'s shape', () => {
    const logDir = temp();
    const s = eventfulRun();
    // Another tool's line of an outcome event (its keys in another order) is read; one of another event is not.
    s.log('generate', 'error', 'written by another tool', 505, {}, 'error');
    s.log('generate', 'step.output', 'written by another tool', 505);
    // The writer's key order: level, time, session, stage, event first.
    const writerLine = ({ level, time, session, stage, event, ...rest }: LogRecord): string => JSON.stringify({ level, time, session, stage, event, ...rest });
    const lines = s.processing.map((record, index) => (index >= s.processing.length - 2 ? JSON.stringify(record) : writerLine(record)));
    fs.writeFileSync(path.join(logDir, 'processing.jsonl'), `${lines.join('\n')}\n`);
    const seen: string[] = [];
    const read = readSessionModel(logDir, SESSION, { kinds: ['processing'], events: OUTCOME_EVENTS, visit: (record) => seen.push(record.event) });
    expect(new Set(seen)).toEqual(new Set(['stage.start', 'stage.end', 'error']));
    expect(seen.filter((event) => event === 'error')).toHaveLength(2);
    expect(outcome(read.summary)).toEqual(outcome(readSessionModel(logDir, SESSION, { kinds: ['processing'] }).summary));
    expect(read.summary.failures.filter((failure) => failure.kind === 'error').map((failure) => failure.pid)).toEqual([303, 505]);
  });
});

describe('sessionEnded', () => {
  /** Records of `session` written by the writer into `logDir`, each `[stage, event, data]`. */
  function write(logDir: string, session: string, records: [Stage, string, Record<string, unknown>?][]): void {
    for (const [stage, event, data] of records) runInSession({ sessionId: session, stage, logDir }, () => record('info', event, event, data ? { data } : {}));
  }

  it('is true once packaging recorded the session.end, unless a package stage failed after it', () => {
    const logDir = path.join(temp(), 'logs');
    const started: [Stage, string, Record<string, unknown>?][] = [
      ['preprocess', Events.stageStart],
      ['preprocess', Events.stageEnd, { status: 'ok' }],
      ['package', Events.stageStart],
      ['session', Events.sessionEnd, { success: true }],
    ];
    write(logDir, 'gha_1_1_failed', [...started, ['package', Events.stageEnd, { status: 'failed' }]]);
    write(logDir, 'gha_1_1_done', [...started, ['package', Events.stageEnd, { status: 'ok' }]]);
    write(logDir, 'gha_1_1_open', started.slice(0, 2));
    // Killed after the end was recorded: the package may be in place.
    write(logDir, 'gha_1_1_killed', started);
    // Failed, then packaged again.
    write(logDir, 'gha_1_1_again', [...started, ['package', Events.stageEnd, { status: 'failed' }], ['package', Events.stageStart], ['session', Events.sessionEnd, { success: true }], ['package', Events.stageEnd, { status: 'ok' }]]);
    expect(sessionEnded(logDir, 'gha_1_1_failed')).toBe(false);
    expect(sessionEnded(logDir, 'gha_1_1_done')).toBe(true);
    expect(sessionEnded(logDir, 'gha_1_1_open')).toBe(false);
    expect(sessionEnded(logDir, 'gha_1_1_killed')).toBe(true);
    expect(sessionEnded(logDir, 'gha_1_1_again')).toBe(true);
    expect(sessionEnded(logDir, 'gha_1_1_none')).toBe(false);

    // The records without their index (restored without `index/`, or written by an older lyfe-kt): read by a scan, the same.
    fs.rmSync(path.join(logDir, INDEX_FOLDER), { recursive: true });
    expect(['failed', 'done', 'open', 'killed', 'again', 'none'].map((name) => sessionEnded(logDir, `gha_1_1_${name}`))).toEqual([false, true, false, true, true, false]);
  });
});

describe('the status of a session not packaged yet', () => {
  it('is open when every stage it began has ended (left between stages), and interrupted when one never ended', () => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('preprocess', 5).stageEnd('preprocess', 5, { status: 'ok', files_in: 1, files_out: 2 });
    expect(sessionListing(summarizeSession(s.processing, s.prompts)).status).toBe('open');
    // A pid no process has: the stage was killed.
    s.stageStart('generate', 2 ** 22 + 7);
    expect(sessionListing(summarizeSession(s.processing, s.prompts)).status).toBe('interrupted');
  });

  it('is interrupted when its packaging recorded the end and was stopped before it ended: no package may be there', () => {
    // Ctrl-C while `run` packaged: its process (a pid no process has) recorded the session's end, and no stage end after it.
    const killed = 2 ** 22 + 9;
    const s = successfulRun();
    s.stageStart('package', killed).log('session', 'session.end', 'ended', killed, { data: { success: true, work_files: 7 } });
    const logDir = temp();
    const write = (): void => {
      fs.writeFileSync(path.join(logDir, 'processing.jsonl'), s.processing.map((r) => `${JSON.stringify(r)}\n`).join(''));
      fs.writeFileSync(path.join(logDir, 'prompts.jsonl'), s.prompts.map((r) => `${JSON.stringify(r)}\n`).join(''));
    };
    write();
    expect(listSessions(logDir).sessions[0]).toMatchObject({ session: SESSION, status: 'interrupted' });
    expect(readSession(SESSION, { logDir }).status).toBe('interrupted');
    // A package's own records stop at the session's end, before its packaging's stage end: there, that packaging made the package.
    expect(summarizeSession(s.processing, s.prompts).stages.at(-1)).toMatchObject({ stage: 'package', status: 'ok' });

    // Packaged again, to its end: the session succeeded.
    s.stageStart('package', 301).log('session', 'session.end', 'ended', 301, { data: { success: true, work_files: 7 } });
    s.stageEnd('package', 301, { status: 'ok', files_in: 7, files_out: 20 });
    write();
    expect(listSessions(logDir).sessions[0]).toMatchObject({ status: 'succeeded' });
    expect(readSession(SESSION, { logDir }).status).toBe('succeeded');
  });
});
