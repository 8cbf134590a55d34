import { describe, expect, it } from 'vitest';
import { renderExecutionSummary } from '../../src/package/execution-summary.js';
import { executionMetadata } from '../../src/package/metadata.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { SESSION, SessionBuilder, successfulRun } from './session-records.js';

describe('summarizeSession', () => {
  it('computes every PRD number from the records of a successful run', () => {
    const run = successfulRun();
    const summary = summarizeSession(run.processing, run.prompts);
    expect(summary.success).toBe(true);
    expect(summary.stages_executed).toEqual(['preprocessing', 'generation']);
    expect(summary.input_files).toEqual(['test_ari_persona.md']);
    expect(summary.output_files).toEqual(['test_ari_persona_beginner.json', 'test_ari_persona_advanced.json']);
    expect(summary.levels).toEqual({ beginner: 1, advanced: 1 });
    expect(summary.schema_version).toBe('v1.1');
    expect(summary.ai).toMatchObject({ total_api_calls: 3, calls: 3, total_tokens: 4251, model: 'gpt-4', success_rate: 1 });
    expect(summary.quality).toEqual({ schema_compliance: 1, mobile_optimization_score: 0.92, ari_persona_consistency: 0.85, valid_files: 2, invalid_files: 0 });
    expect(summary.start_time).toBe('2025-01-18T17:30:46.000Z');
    expect(summary.outputs[0]).toMatchObject({ file: 'test_ari_persona_beginner.json', call_id: 'call_beginner', attempts: 1, tokens: 1417 });
    expect(summary.failures).toEqual([]);
  });

  it('counts retries as API calls and the tokens of every attempt', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c1', attempt: 1, outcome: 'retry', response: null, usage: null, http_status: 429, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c1', attempt: 2, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.fileResult('generate', 1, 'a_filled_template.md', ['a_beginner.json'], { valid: false, errors: ['/estimatedDuration must be <= 600'], metrics: { mobile_optimization_score: 0.5, ari_persona_consistency: 0.6 }, call_id: 'c1', schema_version: '1.1' });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 1, files_out: 1, files_invalid: 1 });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.ai).toMatchObject({ total_api_calls: 2, calls: 1, retries: 1, total_tokens: 1417, success_rate: 0.5 });
    expect(summary.quality.schema_compliance).toBe(0);
    expect(summary.outputs[0]).toMatchObject({ valid: false, attempts: 2, errors: ['/estimatedDuration must be <= 600'] });
    expect(summary.success).toBe(true);
  });

  it('reports a failed stage with its error, stage, file and the records before it', () => {
    const s = new SessionBuilder();
    s.sessionStart(7).stageStart('generate', 7);
    s.attempt('generate', 7, { call_id: 'c1', outcome: 'failed', response: null, usage: null, http_status: 500, reason: '500 boom', input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.log('generate', 'error', 'generate.beginner failed after 5 attempt(s): 500 boom', 7, { input: ['a_filled_template.md'], data: { error: 'generate.beginner failed', fix: 'See the prompt audit' } }, 'error');
    s.stageEnd('generate', 7, { status: 'failed', files_in: 1, files_out: 0, error: 'generate.beginner failed' });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.success).toBe(false);
    expect(summary.stages_executed).toEqual(['generation']);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ kind: 'error', stage: 'generate', file: 'a_filled_template.md', message: 'generate.beginner failed', fix: 'See the prompt audit' });
    expect(summary.failures[0].last_records.map((r) => r.event)).toEqual(['session.start', 'stage.start', 'llm.attempt']);
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('## What Went Wrong');
    expect(markdown).toContain('- **File**: a_filled_template.md');
    expect(markdown).toContain('❌ **Stage 3 (Generation)**');
  });

  it('treats a stage without an end (a killed process) as a failure, but not another process that ran after it', () => {
    const s = new SessionBuilder();
    s.sessionStart(10).stageStart('preprocess', 10).stageEnd('preprocess', 10, { status: 'ok', files_in: 1, files_out: 2 });
    s.stageStart('generate', 11);
    s.attempt('generate', 11, { call_id: 'c1', outcome: 'retry', response: null, usage: null, reason: 'timeout', input: ['x_filled_template.md'], output: ['x_beginner.json'] });
    s.stageStart('package', 12);
    s.log('session', 'session.end', 'ended', 12, { data: { success: false, work_files: 3 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.success).toBe(false);
    expect(summary.stages.map((run) => [run.stage, run.status])).toEqual([
      ['preprocess', 'ok'],
      ['generate', 'unfinished'],
      ['package', 'ok'],
    ]);
    expect(summary.stages_executed).toEqual(['preprocessing', 'generation', 'packaging']);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ kind: 'unfinished', stage: 'generate', pid: 11, file: 'x_filled_template.md' });
    expect(summary.ai).toMatchObject({ failed_calls: 0, unfinished_calls: 1 });
    expect(summary.end_time).toBe(s.processing.at(-1)!.time);
  });
});

describe('metadata.json', () => {
  it('has exactly the PRD fields with their names and nesting, extras only beside them', () => {
    const run = successfulRun();
    const metadata = executionMetadata(summarizeSession(run.processing, run.prompts)) as Record<string, any>;
    expect(metadata.session_id).toBe(SESSION);
    const prd = {
      execution: ['start_time', 'end_time', 'duration_seconds', 'stages_executed', 'success'],
      content: ['input_files', 'output_files', 'schema_version'],
      ai_usage: ['total_api_calls', 'total_tokens', 'model', 'success_rate'],
      quality_metrics: ['schema_compliance', 'mobile_optimization_score', 'ari_persona_consistency'],
    };
    expect(Object.keys(metadata).slice(0, 5)).toEqual(['session_id', ...Object.keys(prd)]);
    for (const [section, fields] of Object.entries(prd)) expect(Object.keys(metadata[section]).slice(0, fields.length)).toEqual(fields);
    expect(metadata.execution.start_time).toBe('2025-01-18T17:30:46Z');
    expect(metadata.execution.success).toBe(true);
    expect(metadata.content.schema_version).toBe('v1.1');
    expect(metadata.ai_usage).toMatchObject({ total_api_calls: 3, total_tokens: 4251, model: 'gpt-4', success_rate: 1 });
    expect(metadata.quality_metrics).toMatchObject({ schema_compliance: 1, mobile_optimization_score: 0.92, ari_persona_consistency: 0.85 });
  });
});

describe('execution_summary.md', () => {
  it('has the PRD sections in order, with the numbers of the records', () => {
    const run = successfulRun();
    const markdown = renderExecutionSummary(summarizeSession(run.processing, run.prompts));
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Session Information', 'Pipeline Stages Executed', 'Content Generated', 'AI Model Usage', 'Quality Metrics']);
    for (const line of [
      `- **Session ID**: ${SESSION}`,
      '- **Start Time**: 2025-01-18 17:30:46 UTC',
      '- ✅ **Stage 1 (Preprocessing)**: 1 file processed',
      '- ✅ **Stage 3 (Generation)**: 2 supertasks generated',
      '- **Source**: test_ari_persona.md',
      '- **Output**: 2 supertasks (1 beginner, 1 advanced)',
      '- **Schema Version**: v1.1 (mobile-optimized)',
      '- **Total API Calls**: 3',
      '- **Total Tokens**: 4,251',
      '- **Model**: gpt-4',
      '- **Success Rate**: 100%',
      '- **Schema Compliance**: 100% (2 of 2 valid)',
      '- **Mobile Optimization Score**: 0.92',
      '- **Ari Persona Consistency**: 85%',
    ]) {
      expect(markdown).toContain(line);
    }
  });
});

describe('an error that names no file', () => {
  it('says none, whatever file the records before it name: those may have nothing to do with it', () => {
    const s = new SessionBuilder().sessionStart(7).stageStart('generate', 7);
    s.fileResult('generate', 7, 'a_filled_template.md', ['a_beginner.json'], { valid: true, level: 'beginner' });
    s.log('generate', 'error', 'Could not resolve "./missing.js" from "src/main.js"', 7, { data: { error: 'Could not resolve "./missing.js" from "src/main.js"' } }, 'error');
    s.stageEnd('generate', 7, { status: 'failed', files_in: 1, files_out: 1, error: 'the build failed' });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.failures).toEqual([expect.objectContaining({ kind: 'error', file: null })]);
    expect(renderExecutionSummary(summary)).toContain('- **File**: none recorded');
  });
});

describe('a preprocessing stage that failed', () => {
  it('says how many files it took and how many outputs it wrote, not that it processed them', () => {
    const s = new SessionBuilder().sessionStart(7).stageStart('preprocess', 7).stageEnd('preprocess', 7, { status: 'failed', files_in: 3, files_out: 0, error: 'preprocess.analysis failed' });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toContain('- ❌ **Stage 1 (Preprocessing)**: 3 files in, 0 outputs written (failed');
  });
});

describe('a packaging attempt that failed before the one that made the package', () => {
  it('is noted, without marking packaging or the run as failed', () => {
    const s = successfulRun();
    s.stageStart('package', 300).stageEnd('package', 300, { status: 'failed', files_in: 3, files_out: 0, error: 'disk full' });
    s.stageStart('package', 301).log('session', 'session.end', 'ended', 301, { data: { success: true, work_files: 7 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.success).toBe(true);
    expect(renderExecutionSummary(summary)).toMatch(/- ✅ \*\*Packaging\*\*: 7 work files packaged \(2 runs, 1 earlier attempt\(s\) failed/);
  });
});

describe('a packaging attempt stopped before the one that made the package', () => {
  it('is noted as stopped, not as failed: it never ended', () => {
    const s = successfulRun();
    // Its process was killed (Ctrl-C while packaging) after it recorded the session's end.
    s.stageStart('package', 300).log('session', 'session.end', 'ended', 300, { data: { success: true, work_files: 7 } });
    s.stageStart('package', 301).log('session', 'session.end', 'ended', 301, { data: { success: true, work_files: 7 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.stages.filter((run) => run.stage === 'package').map((run) => run.status)).toEqual(['unfinished', 'ok']);
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- ✅ **Packaging**: 7 work files packaged (2 runs, 1 earlier attempt stopped, ');
    expect(markdown).not.toMatch(/attempt\(s\) failed|❌/);
  });
});

describe('a stage run again over the same files', () => {
  it('counts each file once, as the content section does, and notes what the runs did in all', () => {
    const s = successfulRun();
    s.stageStart('generate', 203);
    for (const level of ['beginner', 'advanced']) {
      const output = `test_ari_persona_${level}.json`;
      s.attempt('generate', 203, { call_id: `call_again_${level}`, purpose: `generate.${level}`, input: ['test_ari_persona_filled_template.md'], output: [output] });
      s.fileResult('generate', 203, 'test_ari_persona_filled_template.md', [output], { valid: true, errors: [], call_id: `call_again_${level}`, schema_version: '1.1' });
    }
    s.stageEnd('generate', 203, { status: 'ok', files_in: 1, files_out: 2 });
    const markdown = renderExecutionSummary(summarizeSession(s.processing, s.prompts));
    expect(markdown).toMatch(/- ✅ \*\*Stage 3 \(Generation\)\*\*: 2 supertasks generated \(2 runs, 4 generated in all, /);
    expect(markdown).toContain('- **Output**: 2 supertasks (1 beginner, 1 advanced)');
  });

  it('counts each supertask once when a run failed and another made them again, as Output does', () => {
    const s = successfulRun();
    s.stageStart('generate', 203);
    s.attempt('generate', 203, { call_id: 'call_down', purpose: 'generate.beginner', outcome: 'failed', response: null, usage: null, http_status: 500, reason: '500 down', input: ['test_ari_persona_filled_template.md'], output: ['test_ari_persona_beginner.json'] });
    s.stageEnd('generate', 203, { status: 'failed', files_in: 1, files_out: 0, error: 'generate.beginner failed' });
    s.stageStart('generate', 204);
    for (const level of ['beginner', 'advanced']) {
      const output = `test_ari_persona_${level}.json`;
      s.attempt('generate', 204, { call_id: `call_again_${level}`, purpose: `generate.${level}`, input: ['test_ari_persona_filled_template.md'], output: [output] });
      s.fileResult('generate', 204, 'test_ari_persona_filled_template.md', [output], { valid: true, errors: [], call_id: `call_again_${level}`, schema_version: '1.1' });
    }
    s.stageEnd('generate', 204, { status: 'ok', files_in: 1, files_out: 2 });
    const markdown = renderExecutionSummary(summarizeSession(s.processing, s.prompts));
    expect(markdown).toMatch(/- ❌ \*\*Stage 3 \(Generation\)\*\*: 2 supertasks generated \(3 runs, 4 generated in all, failed, /);
    expect(markdown).toContain('- **Output**: 2 supertasks (1 beginner, 1 advanced)');
  });

  it('counts each file once when one run made it again (a build whose article was edited while the dev server ran)', () => {
    const s = new SessionBuilder();
    s.sessionStart(5).stageStart('preprocess', 5).stageStart('generate', 5);
    // The build session's stages stay open until it is packaged: one run each, over the article as it was, then as edited.
    for (const edit of [1, 2]) {
      s.fileResult('preprocess', 5, 'sleep.md', ['sleep_filled_template.md', 'sleep_ari_analysis.json'], { ok: true });
      for (const level of ['beginner', 'advanced']) {
        const output = `sleep_${level}.json`;
        s.attempt('generate', 5, { call_id: `call_${edit}_${level}`, purpose: `generate.${level}`, input: ['sleep_filled_template.md'], output: [output] });
        s.fileResult('generate', 5, 'sleep_filled_template.md', [output], { valid: true, errors: [], call_id: `call_${edit}_${level}`, schema_version: '1.1' });
      }
    }
    s.stageEnd('preprocess', 5, { status: 'ok', files_in: 2, files_out: 4 });
    s.stageEnd('generate', 5, { status: 'ok', files_in: 2, files_out: 4 });
    const markdown = renderExecutionSummary(summarizeSession(s.processing, s.prompts));
    expect(markdown).toContain('- **Source**: sleep.md');
    expect(markdown).toMatch(/- ✅ \*\*Stage 1 \(Preprocessing\)\*\*: 1 file processed \(2 processed in all, /);
    expect(markdown).toMatch(/- ✅ \*\*Stage 3 \(Generation\)\*\*: 2 supertasks generated \(4 generated in all, /);
    expect(markdown).toContain('- **Output**: 2 supertasks (1 beginner, 1 advanced)');
  });

  it('counts outputs of runs over different files (shards, a second folder) as they are', () => {
    const s = successfulRun();
    s.stageStart('generate', 203);
    s.attempt('generate', 203, { call_id: 'call_other', purpose: 'generate.beginner', input: ['other_filled_template.md'], output: ['other_beginner.json'] });
    s.fileResult('generate', 203, 'other_filled_template.md', ['other_beginner.json'], { valid: true, errors: [], call_id: 'call_other', schema_version: '1.1' });
    s.stageEnd('generate', 203, { status: 'ok', files_in: 1, files_out: 1 });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toMatch(/\*\*Stage 3 \(Generation\)\*\*: 3 supertasks generated \(2 runs, \d+ seconds\)/);
  });
});

describe('a session whose calls went to more than one provider or model (a merge of shards run differently)', () => {
  it('names each, not only the one that answered most', () => {
    const s = successfulRun();
    s.stageStart('generate', 203);
    for (const attempt of [1, 2]) {
      s.attempt('generate', 203, { call_id: 'call_other', attempt, provider: 'azure', model: 'gpt-5-mini', outcome: attempt === 1 ? 'retry' : 'failed', response: null, usage: null, http_status: 400, input: ['other_filled_template.md'], output: ['other_beginner.json'] });
    }
    s.stageEnd('generate', 203, { status: 'failed', files_in: 1, files_out: 0, error: 'failed' });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.ai).toMatchObject({ provider: 'openai', providers: ['openai', 'azure'] });
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Model**: gpt-4 (also tried: gpt-5-mini)');
    expect(markdown).toMatch(/- \*\*Provider\*\*: openai, azure; 4 calls, 1 retry, 1 failed call;/);
    expect((executionMetadata(summary) as Record<string, any>).ai_usage).toMatchObject({ provider: 'openai', providers: ['openai', 'azure'], models: ['gpt-4', 'gpt-5-mini'] });
  });
  it('names the provider and model of requests in flight when their process was killed', () => {
    const s = new SessionBuilder();
    s.sessionStart(1, { provider: 'offline', model: 'offline-v1', schema_version: '1.1' }).stageStart('preprocess', 1);
    s.attempt('preprocess', 1, { call_id: 'c1', provider: 'offline', model: 'offline-v1', input: ['a.md'], output: ['a_ari_analysis.json'] });
    s.fileResult('preprocess', 1, 'a.md', ['a_filled_template.md', 'a_ari_analysis.json'], { valid: true });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    s.stageStart('generate', 2);
    s.request('generate', 2, { call_id: 'c2', provider: 'openai', model: 'gpt-5.4-mini', input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.request('generate', 2, { call_id: 'c3', provider: 'openai', model: 'gpt-5.4-mini', input: ['a_filled_template.md'], output: ['a_advanced.json'] });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.ai).toMatchObject({ total_api_calls: 3, unfinished_calls: 2, provider: 'offline', providers: ['offline', 'openai'], model: 'offline-v1', models: ['offline-v1', 'gpt-5.4-mini'] });
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Model**: offline-v1 (also tried: gpt-5.4-mini)\n');
    expect(markdown).toMatch(/- \*\*Provider\*\*: offline, openai; 3 calls, 0 retries, 0 failed calls, 2 calls unfinished;/);
  });
});

describe("the Model line of a session whose attempts named more than one model", () => {
  it('does not say a model was only tried when it answered: a retry names the model asked for, its answer the snapshot that replied', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c1', attempt: 1, model: 'gpt-4o-mini', outcome: 'retry', response: null, usage: null, http_status: 429, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c1', attempt: 2, model: 'gpt-4o-mini-2024-07-18', input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 1, files_out: 1 });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toContain('- **Model**: gpt-4o-mini-2024-07-18\n');
  });

  it('names another model that answered as one that answered, not as one tried', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    s.attempt('generate', 1, { call_id: 'c1', provider: 'offline', model: 'offline-v1', input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c2', provider: 'offline', model: 'offline-v1', input: ['a_filled_template.md'], output: ['a_advanced.json'] });
    s.attempt('generate', 1, { call_id: 'c3', model: 'gpt-5.4-mini', input: ['b_filled_template.md'], output: ['b_beginner.json'] });
    s.attempt('generate', 1, { call_id: 'c4', model: 'gpt-5-mini', outcome: 'failed', response: null, usage: null, http_status: 400, input: ['b_filled_template.md'], output: ['b_advanced.json'] });
    s.stageEnd('generate', 1, { status: 'ok', files_in: 2, files_out: 3 });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toContain('- **Model**: offline-v1 (also gpt-5.4-mini; also tried: gpt-5-mini)\n');
  });
});

describe('a session that generated with two schema versions', () => {
  it('names each version with its count, not only the first', () => {
    const s = successfulRun();
    s.stageStart('generate', 203);
    s.attempt('generate', 203, { call_id: 'call_v10', purpose: 'generate.beginner', input: ['other_filled_template.md'], output: ['other_beginner.json'] });
    s.fileResult('generate', 203, 'other_filled_template.md', ['other_beginner.json'], { valid: true, errors: [], call_id: 'call_v10', schema_version: '1.0' });
    s.stageEnd('generate', 203, { status: 'ok', files_in: 1, files_out: 1 });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toContain('- **Schema Version**: v1.1 (2 supertasks), v1.0 (1 supertask)');
    expect(renderExecutionSummary(summarizeSession(successfulRun().processing, successfulRun().prompts))).toContain('- **Schema Version**: v1.1 (mobile-optimized)');
  });

  it('says a version no supertask was checked against is only the configured one', () => {
    const s = new SessionBuilder();
    s.log('session', 'session.start', 'started', 1, { data: { schema_version: '1.1' } }, 'info');
    s.stageStart('preprocess', 1).stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    expect(renderExecutionSummary(summarizeSession(s.processing, s.prompts))).toContain('- **Schema Version**: v1.1, as configured (no supertask was checked against it)');
  });
});

describe('a failure in a package of several sessions (a merge of shards)', () => {
  it("names the failure's session, so that the shard is known", () => {
    const shard = 'gha_42_1_shard-1';
    const other = new SessionBuilder();
    other.stageStart('preprocess', 9);
    other.log('preprocess', 'error', 'preprocess.analysis failed', 9, { input: ['b.md'], data: { error: 'preprocess.analysis failed' } }, 'error');
    other.stageEnd('preprocess', 9, { status: 'failed', files_in: 1, files_out: 0, error: 'preprocess.analysis failed' });
    const run = successfulRun();
    const processing = [...run.processing, ...other.processing.map((record) => ({ ...record, session: shard }))];
    const markdown = renderExecutionSummary(summarizeSession(processing, run.prompts));
    expect(markdown).toContain(`- **Stage**: preprocess (process 9, session ${shard})`);
    // One session: the process is enough.
    expect(renderExecutionSummary(summarizeSession(other.processing, []))).toContain('- **Stage**: preprocess (process 9)\n');
  });
});

describe('a session whose processes had clocks that disagree', () => {
  it('gives no duration when its end was recorded before its start, and says why, rather than a negative one', () => {
    // preprocess on a machine whose clock runs two hours ahead of the one that packaged the run
    const s = new SessionBuilder().sessionStart(1).stageStart('preprocess', 1).stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    s.wait(-2 * 3600).stageStart('package', 2).log('session', 'session.end', 'ended', 2, { data: { success: true, work_files: 3 } });
    const summary = summarizeSession(s.processing, s.prompts);
    expect(summary.end_time! < summary.start_time!).toBe(true);
    expect(summary.duration_seconds).toBeNull();
    expect(executionMetadata(summary).execution.duration_seconds).toBeNull();
    const markdown = renderExecutionSummary(summary);
    expect(markdown).toContain('- **Total Duration**: unknown: the End Time is before the Start Time (the clocks of the processes that recorded the session disagree)');
    expect(markdown).not.toMatch(/-\d+ ms/);
  });
});
