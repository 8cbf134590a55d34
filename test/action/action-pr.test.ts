import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzip } from '../fakes/artifact-service.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { cli, expectNoSecret, explain, filesOf, type Job, MARKER, oneArticle, packageRecords, startJob, stepsOf, stopJob } from './job.js';

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

/** The examples in the first test; one article in the others, each about one step's failure or one input. */
let job: Job;
let openai: FakeOpenAI | undefined;

afterEach(async () => {
  await stopJob(job, openai);
  openai = undefined;
});

describe('the composite action on a pull request', () => {
  it('runs the stages in one gha_ session, writes the job summary, comments once, and uploads the package as a verifiable artifact; without id-token: write, the attestation is skipped with a notice', async () => {
    job = await startJob();
    const run = await job.run();
    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toEqual({ runtime: 'success', setup: 'success', preprocess: 'success', generate: 'success', package: 'success', attest: 'skipped', report: 'success' });
    expect(run.outputs['session-id']).toBe('gha_4242_1');
    expectNoSecret(job, run);
    expect(run.outputs.success).toBe('true');

    // Only the JavaScript steps were given the runtime token; the upload worked because it ran in one.
    for (const step of run.steps.filter((s) => s.id !== 'report' && s.id !== 'runtime')) expect(step.env.ACTIONS_RUNTIME_TOKEN, step.id).toBeUndefined();
    expect(run.steps.find((s) => s.id === 'report')!.env.ACTIONS_RUNTIME_TOKEN).toBeDefined();

    const [summary] = run.summaries;
    expect(run.summaries).toHaveLength(1);
    expect(summary).toContain('# ✅ lyfe-kt:');
    expect(summary).toContain('```mermaid\ngantt');
    expect(summary).toContain('# Pipeline Execution Summary');
    expect(summary).toContain('## Model Calls');
    expect(summary).toContain(run.outputs['artifact-url']);
    expect(summary).toContain('Attestation: none');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', step: 'setup', message: expect.stringContaining('id-token: write and attestations: write') }));

    expect(job.api.comments).toHaveLength(1);
    expect(job.api.comments[0]).toMatchObject({ issue: 7 });
    expect(job.api.comments[0].body.startsWith(MARKER)).toBe(true);
    expect(job.api.comments[0].body).toContain('gha_4242_1');

    // The artifact the service received is the package, byte for byte, and it verifies.
    const packagePath = run.outputs['package-path'];
    const [artifact] = job.artifacts.artifacts;
    expect(artifact).toMatchObject({ name: 'lyfe-kt-4242-1-lessons-lessons', finalized: true, workflowRunBackendId: 'run-4242' });
    expect(run.outputs['artifact-id']).toBe(String(artifact.id));
    expect(run.outputs['artifact-url']).toBe(`https://github.com/octo/lessons/actions/runs/4242/artifacts/${artifact.id}`);
    const unzipped = path.join(job.temp, 'unzipped');
    const packageName = path.basename(packagePath);
    for (const [name, content] of unzip(artifact.content!)) {
      fs.mkdirSync(path.dirname(path.join(unzipped, name)), { recursive: true });
      fs.writeFileSync(path.join(unzipped, name), content);
    }
    expect(fs.readdirSync(unzipped)).toEqual([packageName]);
    expect(filesOf(path.join(unzipped, packageName))).toEqual(filesOf(packagePath));
    execFileSync(process.execPath, [cli, 'verify', path.join(unzipped, packageName)], { stdio: 'pipe' });

    // The package holds what the workflow log showed for each stage that ran before it.
    const steps = packageRecords(packagePath).filter((record) => record.event === 'step.output');
    expect(steps.map((record) => record.stage)).toEqual(['preprocess', 'generate']);
    const preprocessLog = run.steps.find((step) => step.id === 'preprocess')!;
    expect(steps[0].data).toMatchObject({ exit_code: 0, stderr: preprocessLog.stderr });
    expect(steps[0].data!.duration_ms).toEqual(expect.any(Number));
  });

  it('packages and uploads a run whose generate step failed, then fails the job once, with the key masked and in no view', async () => {
    job = await startJob({}, oneArticle);
    // A key of no well-known shape, echoed by the model API's error: only the action can hide it.
    const key = 'planted-openai-key-7f3a9c1e5b2d';
    openai = await startFakeOpenAI({
      handler: (body) =>
        body.messages.some((message) => message.content.includes('<template>'))
          ? { status: 400, body: { error: { message: `the model refused this request made with ${key}`, type: 'invalid_request_error' } } }
          : { content: pipelineReply(body) },
    });
    const run = await job.run({ inputs: { 'openai-api-key': key }, env: { OPENAI_BASE_URL: openai.url } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toEqual({ runtime: 'success', setup: 'success', preprocess: 'success', generate: 'failure', package: 'success', attest: 'skipped', report: 'failure' });
    expect(run.outputs.success).toBe('false');
    const packagePath = run.outputs['package-path'];
    const metadata = JSON.parse(fs.readFileSync(path.join(packagePath, 'logs/metadata.json'), 'utf8'));
    expect(metadata.execution.success).toBe(false);
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(job.artifacts.artifacts[0].finalized).toBe(true);

    // One error for the whole job, from the report step, naming the stage.
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].step).toBe('report');
    expect(errors[0].message).toMatch(/^lyfe-kt: generate step failed \(exit code 1\)/);
    expect(run.summaries[0]).toContain('# ❌ lyfe-kt:');
    expect(run.summaries[0]).toContain('generate step output (exit 1)');

    // The first step masked the key (setup again) before any stage ran; the model's error, key and all, did reach the CLI.
    expect(run.masks).toEqual([key, key]);
    expect(run.steps[0].id).toBe('runtime');
    expect(run.steps[0].stdout).not.toContain(key);
    expect(run.steps.find((step) => step.id === 'generate')!.stderr).toContain('the model refused this request made with [REDACTED]');
    // The key reaches no record, package file, artifact, summary, comment, output or step log.
    const seen = [
      ...[...filesOf(packagePath).values()].map(String),
      ...[...unzip(job.artifacts.artifacts[0].content!).values()].map(String),
      ...run.summaries,
      ...job.api.comments.map((comment) => comment.body),
      ...Object.values(run.outputs),
      ...run.steps.flatMap((step) => [step.stdout, step.stderr]),
    ];
    expect(seen.filter((text) => text.includes(key))).toEqual([]);
  });

  it.each([
    { input: 'retention-days', value: 'two weeks', message: 'input retention-days must be a whole number of days, 1 or more, not "two weeks"' },
    // The generate step's setting: refused before preprocess has paid for its model calls.
    { input: 'fail-on-quality', value: 'errors', message: 'input fail-on-quality must be error or warning, or empty to never fail on quality issues, not "errors"' },
  ])('refuses a wrong input ($input) before any stage runs, and fails the job once, saying which input', async ({ input, value, message }) => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { [input]: value } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toEqual({ runtime: 'success', setup: 'failure', preprocess: 'skipped', generate: 'skipped', package: 'skipped', attest: 'skipped', report: 'skipped' });
    expect(run.outputs).toMatchObject({ 'session-id': '', success: 'false', 'artifact-id': '' });
    expect(run.annotations).toEqual([{ level: 'error', step: 'setup', message: `lyfe-kt: ${message}` }]);
    expect(job.api.comments).toHaveLength(0);
    expect(job.artifacts.artifacts).toHaveLength(0);
  });
});

describe('the provider settings the CLI checks (timeout, reasoning-effort, response-format)', () => {
  it("fail the job with the CLI's reason, not the pointer to --help it prints after it", async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { 'openai-api-key': 'sk-test-0123456789abcdefghij', timeout: 'ten' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ preprocess: 'failure', generate: 'skipped', package: 'success', report: 'failure' });
    const reason = "preprocess step failed (exit code 2): error: option '--timeout <seconds>' value 'ten' from env 'LYFE_KT_TIMEOUT' is invalid. expected a whole number from 1 to 3600";
    expect(run.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([`lyfe-kt: ${reason}`]);
    expect(run.summaries[0]).toContain("preprocess step failed (exit code 2): error: option '--timeout &lt;seconds&gt;' value 'ten'");
    expect(job.api.comments[0].body).toContain("value 'ten' from env 'LYFE\\_KT\\_TIMEOUT' is invalid");
  });
});

describe('content-path', () => {
  it('is taken as setup checked it, without the spaces or line break around it (a YAML block leaves one)', async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { 'content-path': ' content\n' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toMatchObject({ setup: 'success', preprocess: 'success', generate: 'success', package: 'success', report: 'success' });
  });
});

describe('working-directory', () => {
  it('the report reads a relative LYFE_KT_PRICES where the stages read it, not in the workspace its own step starts in', async () => {
    job = await startJob({}, (folder) => {
      const site = path.join(path.dirname(folder), 'site');
      oneArticle(path.join(site, 'content'));
      const prices = { as_of: '2027-01-15', source: 'our contract', models: { 'house-model': { input: 100, output: 200 } } };
      fs.writeFileSync(path.join(site, 'prices.json'), JSON.stringify(prices));
    });
    openai = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body) }) });
    const run = await job.run({
      inputs: { 'working-directory': 'site', 'openai-api-key': 'sk-test-0123456789abcdefghij', model: 'house-model' },
      env: { OPENAI_BASE_URL: openai.url, LYFE_KT_PRICES: 'prices.json' },
    });

    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toMatchObject({ preprocess: 'success', generate: 'success', package: 'success', report: 'success' });
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(job.api.comments).toHaveLength(1);
    // The calls are priced with the file's table, as the package's metadata.json prices them.
    const metadata = JSON.parse(fs.readFileSync(path.join(run.outputs['package-path'], 'logs/metadata.json'), 'utf8'));
    expect(metadata.ai_usage.cost.prices.as_of).toBe('2027-01-15');
    expect(run.summaries[0]).toMatch(/\*\*Model cost\*\*: \$[\d.]+ \(prices as of 2027-01-15, from [^)]*prices\.json\)/);
  });
});

describe('LYFE_KT_PRICES', () => {
  it('that is not a price table stops the stages before any model call, and the report still posts the summary and the comment that say why', async () => {
    job = await startJob({}, (folder) => {
      oneArticle(folder);
      fs.writeFileSync(path.join(path.dirname(folder), 'prices.json'), '{"as_of": "2027-01-15", "models": {}}');
    });
    openai = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body) }) });
    const run = await job.run({ inputs: { 'openai-api-key': 'sk-test-0123456789abcdefghij' }, env: { OPENAI_BASE_URL: openai.url, LYFE_KT_PRICES: 'prices.json' } });

    expect(run.failed).toBe(true);
    expect(openai.requests).toHaveLength(0);
    expect(stepsOf(run)).toMatchObject({ preprocess: 'failure', generate: 'skipped', report: 'failure' });
    const reason = "preprocess step failed (exit code 2): lyfe-kt: prices.json: the price table is not valid: / must have required property 'source'";
    expect(run.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([expect.stringContaining(`lyfe-kt: ${reason}`)]);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', step: 'report', message: expect.stringContaining('or unset LYFE_KT_PRICES') }));
    expect(run.summaries).toHaveLength(1);
    expect(run.summaries[0]).toContain("the price table is not valid: / must have required property 'source'");
    expect(job.api.comments).toHaveLength(1);
  });
});

describe('fail-on-invalid', () => {
  /** A model whose supertasks all miss their title: schema-invalid however often it is asked. */
  async function untitledSupertasks(): Promise<Record<string, string>> {
    openai = await startFakeOpenAI({
      handler: (body) => {
        const reply = pipelineReply(body);
        if (!body.messages.some((message) => message.content.includes('<template>'))) return { content: reply };
        const { title: _title, ...untitled } = JSON.parse(reply) as Record<string, unknown>;
        return { content: JSON.stringify(untitled) };
      },
    });
    return { OPENAI_BASE_URL: openai.url };
  }

  it('fails the job on a supertask that fails the schema, saying how to keep it green', async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { 'openai-api-key': 'sk-test-0123456789abcdefghij' }, env: await untitledSupertasks() });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ generate: 'failure', package: 'success', report: 'failure' });
    expect(run.steps.find((step) => step.id === 'generate')!.exitCode).toBe(3);
    expect(run.outputs.success).toBe('false');
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors.map((error) => error.message)).toEqual(['lyfe-kt: generate: some supertasks failed the schema (set fail-on-invalid: false to keep the job green)']);
    expect(job.artifacts.artifacts).toHaveLength(1);
  });

  it('with false, warns, reports the invalid supertasks and keeps the job green', async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { 'openai-api-key': 'sk-test-0123456789abcdefghij', 'fail-on-invalid': 'false' }, env: await untitledSupertasks() });

    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toMatchObject({ setup: 'success', preprocess: 'success', generate: 'success', package: 'success', report: 'success' });
    expect(run.outputs.success).toBe('true');
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
    expect(run.annotations).toContainEqual({ level: 'warning', step: 'generate', message: 'generate: some supertasks failed the schema (fail-on-invalid is false)' });
    const metadata = JSON.parse(fs.readFileSync(path.join(run.outputs['package-path'], 'logs/metadata.json'), 'utf8'));
    expect(metadata.quality_metrics.invalid_files).toBeGreaterThan(0);
    expect(run.summaries[0]).toContain('# ✅ lyfe-kt:');
  });

  it('with false, still fails the job on fail-on-quality: the gate is the package\'s quality issues, whatever ended generate', async () => {
    job = await startJob({}, oneArticle);
    const run = await job.run({ inputs: { 'openai-api-key': 'sk-test-0123456789abcdefghij', 'fail-on-invalid': 'false', 'fail-on-quality': 'error' }, env: await untitledSupertasks() });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ generate: 'success', package: 'success', report: 'failure' });
    expect(run.outputs.success).toBe('false');
    const errors = run.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors.map((error) => error.message)).toEqual(['lyfe-kt: generate: quality issues at or above fail-on-quality (see Quality Issues below)']);
    expect(job.artifacts.artifacts).toHaveLength(1);
  });
});
