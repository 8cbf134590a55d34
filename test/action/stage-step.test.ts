import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { STEP_OUTPUT_LIMIT_BYTES } from '../../src/action/constants.js';
import { artifactNameOf, commentMarkerOf, sessionIdOf } from '../../src/action/names.js';
import { getInputs, type ActionInputs } from '../../src/action/input-helper.js';
import { setupFromSteps, setupOutputs, setupRun } from '../../src/action/setup.js';
import { parseExecArgs, recordStep, runCommand } from '../../src/action/stage-step.js';
import { readSessionRecords } from '../../src/records/filter.js';

let temp: string;
afterEach(() => {
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
});
const runner = () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-step-'));
  return { GITHUB_RUN_ID: '314', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'lessons', RUNNER_TEMP: temp };
};

describe('names of a run', () => {
  const identity = { runId: '314', runAttempt: '2', job: 'lessons', key: '' };
  it('session gha_<run>_<attempt>, with the job key when given', () => {
    expect(sessionIdOf(identity)).toBe('gha_314_2');
    expect(sessionIdOf({ ...identity, key: 'shard 3/4' })).toBe('gha_314_2_shard-3-4');
  });
  it('artifact names unique per run, attempt, job and key; comment markers free of the run id', () => {
    expect(artifactNameOf(identity)).toBe('lyfe-kt-314-2-lessons');
    expect(artifactNameOf({ ...identity, key: 'a:b' })).toBe('lyfe-kt-314-2-lessons-a-b');
    expect(commentMarkerOf(identity)).toBe(commentMarkerOf({ ...identity, runId: '999', runAttempt: '1' }));
    expect(commentMarkerOf({ ...identity, key: '-->x' })).toBe('<!-- lyfe-kt:summary job=lessons key=--_x -->');
  });
});

describe('the inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const read = (inputs: Record<string, string>) => {
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return getInputs();
  };

  it('defaults when empty, and reads true/false the way the runner spells them', () => {
    expect(read({})).toEqual({ openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: true, retentionDays: undefined, compress: false, failOnInvalid: true });
    expect(read({ comment: 'False', compress: 'yes', fail_on_invalid: 'no', retention_days: '400' })).toMatchObject({ comment: false, compress: true, failOnInvalid: false, retentionDays: 400 });
  });

  it('refuses a value it would otherwise have to guess at, naming the input', () => {
    expect(() => read({ fail_on_invalid: 'maybe' })).toThrow('input fail-on-invalid must be true or false, not "maybe"');
    for (const days of ['0', '2.5', 'two', '-1', '1e2']) expect(() => read({ retention_days: days }), days).toThrow(/input retention-days must be a whole number of days, 1 or more/);
  });
});

describe('setupRun', () => {
  const inputs: ActionInputs = { openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: false, retentionDays: 7, compress: true, failOnInvalid: false };

  it('makes the run folders under RUNNER_TEMP, and refuses a second run of the same session in the job', () => {
    const env = runner();
    const folders = setupRun(inputs, env, '.');
    expect(folders.sessionId).toBe('gha_314_2');
    expect(folders.workDir).toBe(path.join(temp, 'lyfe-kt', 'gha_314_2', 'work'));
    expect(() => setupRun(inputs, env, '.')).toThrow(/already ran in this job.*job-key/);
    expect(setupRun({ ...inputs, jobKey: 'second' }, env, '.').sessionId).toBe('gha_314_2_second');
  });

  it('tells the entries of a matrix apart by their index when no job-key is given', () => {
    const env = runner();
    expect(setupRun(inputs, { ...env, LYFE_KT_JOB_INDEX: '0', LYFE_KT_JOB_TOTAL: '1' }, '.').jobKey).toBe('');
    expect(setupRun(inputs, { ...env, LYFE_KT_JOB_INDEX: '0', LYFE_KT_JOB_TOTAL: '3' }, '.')).toMatchObject({ sessionId: 'gha_314_2_matrix-0', jobKey: 'matrix-0' });
    expect(setupRun(inputs, { ...env, LYFE_KT_JOB_INDEX: '2', LYFE_KT_JOB_TOTAL: '3' }, '.').sessionId).toBe('gha_314_2_matrix-2');
    expect(setupRun({ ...inputs, jobKey: 'en' }, { ...env, LYFE_KT_JOB_INDEX: '1', LYFE_KT_JOB_TOTAL: '3' }, '.').sessionId).toBe('gha_314_2_en');
  });

  it('hands the report step the same setup through the steps context', () => {
    const env = runner();
    const setup = setupRun(inputs, env, 'site');
    expect(setup.workingDirectory).toBe(path.resolve('site'));
    expect(setupFromSteps({ setup: { outcome: 'success', outputs: setupOutputs(setup) } })).toEqual(setup);
    const noRetention = setupRun({ ...inputs, jobKey: 'b', retentionDays: undefined }, env, '.');
    expect(setupFromSteps({ setup: { outputs: setupOutputs(noRetention) } })).toEqual(noRetention);
    expect(() => setupFromSteps({ setup: { outcome: 'failure', outputs: {} } })).toThrow(/setup step left no session-id output/);
  });
});

describe('exec', () => {
  it('parses its options and the command after --', () => {
    expect(parseExecArgs(['generate', '--fail-on-invalid', 'false', '--', 'node', 'cli.js'])).toEqual({ stage: 'generate', failOnInvalid: false, command: ['node', 'cli.js'] });
    expect(() => parseExecArgs(['deploy', '--', 'x'])).toThrow(/one of preprocess, generate, package/);
    expect(() => parseExecArgs(['package'])).toThrow(/after `--`/);
    expect(() => parseExecArgs(['generate', '--fail-on-invalid', 'no', '--', 'x'])).toThrow(/--fail-on-invalid is true or false/);
  });

  it('records the stage step as a step.output record of the session, keeping the end of long output', async () => {
    runner();
    const script = `process.stdout.write('x'.repeat(${STEP_OUTPUT_LIMIT_BYTES + 10}) + 'END'); process.stderr.write('oops\\n'); process.exitCode = 4`;
    const run = await runCommand([process.execPath, '-e', script], { stdoutFile: path.join(temp, 'out.txt'), echo: { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() } });
    expect(run.exitCode).toBe(4);
    expect(run.stdout.length).toBe(STEP_OUTPUT_LIMIT_BYTES);
    expect(run.stdout.endsWith('END')).toBe(true);
    expect(fs.statSync(path.join(temp, 'out.txt')).size).toBe(STEP_OUTPUT_LIMIT_BYTES + 13);

    recordStep('generate', ['node', '-e', '...'], run, { sessionId: 'gha_314_2', logDir: temp });
    const [record] = readSessionRecords(temp, 'gha_314_2', 'processing').records;
    expect(record).toMatchObject({ level: 'error', stage: 'generate', event: 'step.output', data: { exit_code: 4, stderr: 'oops\n', command: ['node', '-e', '...'] } });
  });
});
