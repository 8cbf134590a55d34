import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { STEP_OUTPUT_LIMIT_BYTES } from '../../src/action/constants.js';
import { ARTIFACT_NAME_MAX, artifactNameOf, commentMarkerOf, isArtifactOfJob, runIdentityFrom, sessionIdOf } from '../../src/action/names.js';
import { getInputs, type ActionInputs } from '../../src/action/input-helper.js';
import { checkRunner, isGhes, setupFromSteps, setupOutputs, setupRun } from '../../src/action/setup.js';
import { parseExecArgs, recordStep, runCommand } from '../../src/action/stage-step.js';
import { readSessionRecords } from '../../src/records/filter.js';

let temp: string;
afterEach(() => {
  if (temp) fs.rmSync(temp, { recursive: true, force: true });
});
const runner = () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-step-'));
  return { GITHUB_RUN_ID: '314', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'lessons', RUNNER_TEMP: temp, GITHUB_ACTION_PATH: '/actions/lyfe-kt' };
};
const root = path.resolve(import.meta.dirname, '../..');

describe('names of a run', () => {
  const identity = { runId: '314', runAttempt: '2', workflow: '.github/workflows/lessons.yml', job: 'lessons', key: '', checkRunId: '' };
  it('session gha_<run>_<attempt>, with the job key when given', () => {
    expect(sessionIdOf(identity)).toBe('gha_314_2');
    expect(sessionIdOf({ ...identity, key: 'shard 3/4' })).toBe('gha_314_2_shard-3-4');
  });

  it('artifact names unique per run, attempt, workflow, job, key and check run', () => {
    expect(artifactNameOf(identity)).toBe('lyfe-kt-314-2-lessons-lessons');
    expect(artifactNameOf({ ...identity, key: 'a:b' })).toBe('lyfe-kt-314-2-lessons-lessons-a-b');
    expect(artifactNameOf({ ...identity, workflow: '.github/workflows/nightly.yaml' })).toBe('lyfe-kt-314-2-nightly-lessons');
    // Two calls of one reusable workflow: the same workflow, job and key, two check runs.
    expect(artifactNameOf({ ...identity, checkRunId: '51725241954' })).toBe('lyfe-kt-314-2-lessons-lessons-51725241954');
    expect(artifactNameOf({ ...identity, workflow: '' })).toBe('lyfe-kt-314-2-lessons');
  });

  it('cuts a long artifact name to the limit, keeping it unique and its check run', () => {
    const long = { ...identity, key: 'k'.repeat(300), checkRunId: '77' };
    const name = artifactNameOf(long);
    expect(name.length).toBeLessThanOrEqual(ARTIFACT_NAME_MAX);
    expect(name).toMatch(/^lyfe-kt-314-2-lessons-lessons-k+-[0-9a-f]{8}-77$/);
    expect(artifactNameOf({ ...long, key: `${'k'.repeat(299)}j` })).not.toBe(name);
  });

  it("tells a shard job's artifact by its job and its package's session key, a name cut to the limit included", () => {
    const merge = { ...identity, job: 'merge' };
    const of = (job: string, key: string, checkRunId = '') => artifactNameOf({ ...identity, job, key, checkRunId });
    expect(isArtifactOfJob(of('en', 'matrix-0', '45678901234'), merge, 'en', 'gha_314_2_matrix-0')).toBe(true);
    // Job `en-pt` with key `matrix-0` is not job `en` with key `pt-matrix-0`.
    expect(isArtifactOfJob(of('en-pt', 'matrix-0'), merge, 'en', 'gha_314_2_matrix-0')).toBe(false);
    expect(isArtifactOfJob(of('en-pt', 'matrix-0'), merge, 'en-pt', 'gha_314_2_matrix-0')).toBe(true);
    // A key the session holds cleaned: the name is read part by part.
    expect(isArtifactOfJob(of('en', 'build (ubuntu, 20)'), merge, 'en', 'gha_314_2_build-ubuntu-20')).toBe(true);
    // Cut to the limit inside the job id, with its hash: made again, it is recognised; another job's is not.
    const longJob = `generate-lessons-${'portuguese-brazil-'.repeat(6)}shards`;
    const cut = of(longJob, 'matrix-0', '45678901234');
    expect(cut.length).toBe(ARTIFACT_NAME_MAX);
    expect(isArtifactOfJob(cut, merge, longJob, 'gha_314_2_matrix-0')).toBe(true);
    expect(isArtifactOfJob(cut, merge, 'generate-lessons', 'gha_314_2_matrix-0')).toBe(false);
  });

  it('comment markers per workflow, job and key, free of the run id and check run', () => {
    expect(commentMarkerOf(identity)).toBe('<!-- lyfe-kt:summary workflow=.github/workflows/lessons.yml job=lessons key= -->');
    expect(commentMarkerOf(identity)).toBe(commentMarkerOf({ ...identity, runId: '999', runAttempt: '1', checkRunId: '5' }));
    expect(commentMarkerOf(identity)).not.toBe(commentMarkerOf({ ...identity, workflow: '.github/workflows/other.yml' }));
    expect(commentMarkerOf({ ...identity, key: '-->x' })).toBe('<!-- lyfe-kt:summary workflow=.github/workflows/lessons.yml job=lessons key=__x -->');
  });

  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    const env = { GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'j', GITHUB_REPOSITORY: 'octo/lessons', GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/ci.yml@refs/pull/7/merge', LYFE_KT_CHECK_RUN_ID: '42' };
    expect(runIdentityFrom(env, ' k ')).toEqual({ runId: '1', runAttempt: '1', workflow: '.github/workflows/ci.yml', job: 'j', key: 'k', checkRunId: '42' });
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

  /** What action.yml hands setup when the workflow gives nothing: its defaults. */
  const defaults = { comment: 'true', upload_artifact: 'true', compress: 'false', recursive: 'false', fail_on_invalid: 'true', content_path: 'content' };

  it('reads the defaults, and true/false as the YAML core schema spells them (core.getBooleanInput)', () => {
    expect(read(defaults)).toEqual({
      openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: true, retentionDays: undefined, compress: false, recursive: false, failOnInvalid: true, failOnQuality: undefined,
      contentPath: 'content', title: '', prNumber: undefined, reportPackage: '',
      compareWith: '', budgets: {}, mode: 'run', shard: undefined, shardJob: '',
    });
    expect(read({ ...defaults, comment: 'False', compress: 'TRUE', recursive: 'True', fail_on_invalid: 'false', retention_days: '400', pr_number: '12', title: ' -fix: sleep' })).toMatchObject({
      comment: false, compress: true, recursive: true, failOnInvalid: false, retentionDays: 400, prNumber: 12, title: ' -fix: sleep',
    });
    expect(read({ ...defaults, fail_on_quality: 'error' }).failOnQuality).toBe('error');
    expect(read({ ...defaults, fail_on_quality: ' warning ' }).failOnQuality).toBe('warning');
  });

  it('refuses a value it would otherwise have to guess at, naming the input', () => {
    expect(() => read({ ...defaults, fail_on_invalid: 'maybe' })).toThrow('input fail-on-invalid must be true or false, not "maybe"');
    expect(() => read({ ...defaults, comment: 'yes' })).toThrow('input comment must be true or false, not "yes"');
    for (const days of ['0', '2.5', 'two', '-1', '1e2']) expect(() => read({ ...defaults, retention_days: days }), days).toThrow(/input retention-days must be a whole number of days, 1 or more/);
    for (const pr of ['0', '#7', '7.5', 'seven']) expect(() => read({ ...defaults, retention_days: '', pr_number: pr }), pr).toThrow(/input pr-number must be the number of a pull request/);
    // What the CLI's --fail-on refuses, refused here too, before preprocess pays for its model calls.
    for (const severity of ['errors', 'Error', 'info', 'true']) {
      expect(() => read({ ...defaults, pr_number: '', fail_on_quality: severity }), severity).toThrow(`input fail-on-quality must be error or warning, or empty to never fail on quality issues, not ${JSON.stringify(severity)}`);
    }
  });
});

describe('setupRun', () => {
  const inputs: ActionInputs = {
    openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: false, retentionDays: 7, compress: true, recursive: false, failOnInvalid: false,
    contentPath: 'content', title: '', reportPackage: '',
  };

  it('makes the run folders under RUNNER_TEMP, and refuses a second run of the same session in the job', () => {
    const env = runner();
    const folders = setupRun(inputs, env, '.');
    expect(folders.sessionId).toBe('gha_314_2');
    expect(folders.workDir).toBe(path.join(temp, 'lyfe-kt', 'gha_314_2', 'work'));
    expect(() => setupRun(inputs, env, '.')).toThrow(/already ran in this job.*job-key/);
    expect(setupRun({ ...inputs, jobKey: 'second' }, env, '.').sessionId).toBe('gha_314_2_second');
    // A key is cleaned to what a session id holds, from its first letter or digit; one with none is refused, naming the input.
    expect(setupRun({ ...inputs, jobKey: '.net' }, env, '.').sessionId).toBe('gha_314_2_net');
    expect(() => setupRun({ ...inputs, jobKey: 'üñ' }, env, '.')).toThrow('input job-key "üñ" has no ASCII letter or digit');
    setupRun({ ...inputs, jobKey: 'a b' }, env, '.');
    expect(() => setupRun({ ...inputs, jobKey: 'a-b' }, env, '.')).toThrow(/session gha_314_2_a-b already ran in this job.*`a b` and `a-b` are one key/);
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
    // The generate step's LYFE_KT_FAIL_ON is the checked value, empty when the input was.
    expect(setupOutputs(setup)['fail-on-quality']).toBe('');
    const failOnWarning = setupRun({ ...inputs, jobKey: 'c', failOnQuality: 'warning' }, env, '.');
    expect(setupOutputs(failOnWarning)['fail-on-quality']).toBe('warning');
    expect(setupFromSteps({ setup: { outputs: setupOutputs(failOnWarning) } })).toEqual(failOnWarning);
    expect(() => setupFromSteps({ setup: { outcome: 'failure', outputs: {} } })).toThrow(/setup step left no session-id output/);
  });
});

describe('setup refuses what would fail later', () => {
  const inputs: ActionInputs = {
    openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: true, compress: false, recursive: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '',
  };

  it('a title the package step would refuse, before any model call; a title that begins with - is fine', () => {
    const env = runner();
    expect(() => setupRun({ ...inputs, title: '///' }, env, '.')).toThrow(/the package title "\/\/\/" has no usable characters/);
    expect(setupRun({ ...inputs, title: '-fix: sleep' }, env, '.').sessionId).toBe('gha_314_2');
  });

  it('no content-path and no report-package, or both; a report-package that is not a package', () => {
    const env = runner();
    expect(() => setupRun({ ...inputs, contentPath: '' }, env, '.')).toThrow(/input content-path is required/);
    expect(() => setupRun({ ...inputs, reportPackage: temp }, env, '.')).toThrow(/not both/);
    expect(() => setupRun({ ...inputs, contentPath: '', reportPackage: temp }, env, '.')).toThrow(/holds no package \(no manifest.json\)/);
  });

  it('a report-package is the package folder, or the folder the artifact was downloaded to with one package in it', () => {
    const env = runner();
    const downloaded = path.join(temp, 'downloaded');
    const pkg = path.join(downloaded, 'lyfe-kt-9-1-ci-lessons', 'content-2026-01-01-10-00');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'manifest.json'), '{}');
    const report = { ...inputs, contentPath: '' };
    expect(setupRun({ ...report, reportPackage: downloaded, jobKey: 'a' }, env, '.').reportPackage).toBe(pkg);
    expect(setupRun({ ...report, reportPackage: pkg, jobKey: 'b' }, env, '.').reportPackage).toBe(pkg);
    fs.mkdirSync(path.join(downloaded, 'another', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(downloaded, 'another', 'pkg', 'manifest.json'), '{}');
    expect(() => setupRun({ ...report, reportPackage: downloaded, jobKey: 'c' }, env, '.')).toThrow(/holds 2 packages; download one artifact/);
    expect(() => setupRun({ ...report, reportPackage: path.join(temp, 'nowhere'), jobKey: 'd' }, env, '.')).toThrow(/does not exist; give the folder the artifact was downloaded to/);
    // The artifact's zip, not unzipped: a file, not a folder.
    const zip = path.join(temp, 'lyfe-kt-9-1-ci-lessons.zip');
    fs.writeFileSync(zip, 'PK');
    expect(() => setupRun({ ...report, reportPackage: zip, jobKey: 'e' }, env, '.')).toThrow(
      `input report-package: ${zip} is a file, not a folder; give the folder the artifact was downloaded to (actions/download-artifact unzips it)`,
    );
  });

  it('attests only when the job can get an OIDC token, and never on GitHub Enterprise Server', () => {
    const env = runner();
    expect(setupRun({ ...inputs, jobKey: 'a' }, env, '.').attest).toBe(false);
    expect(setupRun({ ...inputs, jobKey: 'b' }, { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://oidc' }, '.').attest).toBe(true);
    expect(setupRun({ ...inputs, jobKey: 'c' }, { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://oidc', GITHUB_SERVER_URL: 'https://git.example.com' }, '.').attest).toBe(false);
  });

  it('GitHub Enterprise Server is any server but github.com and GHE.com', () => {
    expect(isGhes({})).toBe(false);
    expect(isGhes({ GITHUB_SERVER_URL: 'https://github.com' })).toBe(false);
    expect(isGhes({ GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBe(false);
    expect(isGhes({ GITHUB_SERVER_URL: 'https://github.example.com' })).toBe(true);
  });

  it('a Node older than the engines field', () => {
    expect(() => checkRunner('20.18.3', root)).toThrow("the runner's Node is 20.18.3; the action needs Node >=20.19");
    expect(() => checkRunner('18.20.0', root)).toThrow(/needs Node >=20.19/);
    checkRunner('20.19.0', root);
    checkRunner('24.0.0', root);
    expect(() => checkRunner('24.0.0', path.join(root, 'src'))).toThrow(/package.json/);
  });
});

describe('exec', () => {
  it('parses its options and the command after -- (util.parseArgs), whatever the command looks like', () => {
    expect(parseExecArgs(['generate', '--fail-on-invalid', 'false', '--', 'node', 'cli.js'])).toEqual({ stage: 'generate', failOnInvalid: false, command: ['node', 'cli.js'] });
    expect(parseExecArgs(['package', '--stdout-file', 'r.json', '--', 'node', '--json', '--', '-fix'])).toEqual({ stage: 'package', failOnInvalid: true, stdoutFile: 'r.json', command: ['node', '--json', '--', '-fix'] });
    expect(() => parseExecArgs(['deploy', '--', 'x'])).toThrow(/one of preprocess, generate, package/);
    expect(() => parseExecArgs(['package'])).toThrow(/after `--`/);
    expect(() => parseExecArgs(['generate', '--fail-on-invalid', 'no', '--', 'x'])).toThrow(/--fail-on-invalid is true or false/);
    expect(() => parseExecArgs(['generate', '--fail-on-invalid'])).toThrow(/argument missing/);
    expect(() => parseExecArgs(['generate', '--retries', '3', '--', 'x'])).toThrow(/Unknown option '--retries'/);
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
