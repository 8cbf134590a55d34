import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMENT_LIMIT_CHARS, SUMMARY_BUDGET_BYTES } from '../../src/action/constants.js';
import { startFakeArtifactService, unzip, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { runAction, type ActionRun, type RunnerJob } from './runner.js';

/**
 * `action.yml` run as the runner runs it, from this checkout's committed `dist/` bundles, against
 * loopback fakes of the GitHub REST API, the artifact service and (when a key is given) OpenAI.
 */
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/index.js');
const MARKER_PREFIX = '<!-- lyfe-kt:summary';
const TOKEN = 'ghs_faketokenfaketokenfaketoken000000';
const WORKFLOW_REF = 'octo/lessons/.github/workflows/lessons.yml@refs/pull/7/merge';
const MARKER = `${MARKER_PREFIX} workflow=.github/workflows/lessons.yml job=lessons key= -->`;

type RunnerOptions = Pick<RunnerJob, 'path' | 'os' | 'hostActionPath' | 'checkRunId' | 'cancelAt' | 'attestationsWrite'>;

interface Job {
  temp: string;
  workspace: string;
  api: FakeGitHubApi;
  artifacts: FakeArtifactService;
  run(options?: {
    runId?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    event?: Record<string, unknown>;
    strategy?: { 'job-index': number; 'job-total': number };
    timeoutMs?: number;
    runner?: RunnerOptions;
  }): Promise<ActionRun>;
}

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

let job: Job;
let openai: FakeOpenAI | undefined;

async function startJob(apiMode: FakeGitHubApi['mode'] = 'ok'): Promise<Job> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-action-'));
  const workspace = path.join(temp, 'workspace');
  fs.cpSync(path.join(root, 'examples/content'), path.join(workspace, 'content'), { recursive: true });
  const api = await startFakeGitHubApi({ mode: apiMode });
  const artifacts = await startFakeArtifactService();
  const pullRequest = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { repo: { full_name: 'octo/lessons', fork: false } } } };
  const handle: Job = {
    temp,
    workspace,
    api,
    artifacts,
    async run({ runId = '4242', inputs = {}, env = {}, event = pullRequest, strategy, timeoutMs, runner = {} } = {}) {
      const runnerTemp = fs.mkdtempSync(path.join(temp, `runner-${runId}-`));
      const eventPath = path.join(runnerTemp, 'event.json');
      fs.writeFileSync(eventPath, JSON.stringify(event));
      return runAction({
        actionPath: root,
        workspace,
        runnerTemp,
        inputs: { 'content-path': 'content', ...inputs },
        token: TOKEN,
        env: {
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_RUN_ID: runId,
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_JOB: 'lessons',
          GITHUB_REPOSITORY: 'octo/lessons',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_WORKFLOW_REF: WORKFLOW_REF,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: handle.api.url,
          ...env,
        },
        jsRuntime: { ACTIONS_RUNTIME_TOKEN: handle.artifacts.runtimeToken(`run-${runId}`, 'job-lessons'), ACTIONS_RESULTS_URL: `${handle.artifacts.url}/` },
        strategy,
        timeoutMs,
        ...runner,
      });
    },
  };
  return handle;
}

beforeEach(async () => {
  job = await startJob();
});

afterEach(async () => {
  await Promise.all([job.api.close(), job.artifacts.close(), openai?.close()]);
  openai = undefined;
  fs.rmSync(job.temp, { recursive: true, force: true });
});

/** Nothing the run showed or wrote holds a secret: step logs, annotations, summaries, outputs, comments, artifacts. */
function expectNoSecret(run: ActionRun, secrets: string[] = []): void {
  const seen = [
    ...run.steps.flatMap((step) => [step.stdout, step.stderr]),
    ...run.annotations.map((annotation) => annotation.message),
    ...run.summaries,
    ...Object.values(run.outputs),
    ...job.api.comments.map((comment) => comment.body),
    ...job.artifacts.artifacts.flatMap((artifact) => [...unzip(artifact.content ?? Buffer.alloc(0)).values()].map(String)),
  ];
  for (const secret of [TOKEN, ...secrets]) expect(seen.filter((text) => text.includes(secret)), secret).toEqual([]);
}

function stepsOf(run: ActionRun): Record<string, string> {
  return Object.fromEntries(run.steps.map((step) => [step.id, step.outcome]));
}

function explain(run: ActionRun): string {
  return run.steps.map((step) => `--- ${step.id} ${step.outcome}\n${step.stdout.slice(-2000)}\n${step.stderr.slice(-2000)}`).join('\n');
}

function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'), fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

function packageRecords(packagePath: string): { event: string; stage: string; data?: Record<string, unknown> }[] {
  return fs
    .readFileSync(path.join(packagePath, 'logs/processing.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('the composite action on a pull request', () => {
  it('runs the stages in one gha_ session, writes the job summary, comments once, and uploads the package as a verifiable artifact', async () => {
    const run = await job.run();
    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toEqual({ runtime: 'success', setup: 'success', preprocess: 'success', generate: 'success', package: 'success', attest: 'skipped', report: 'success' });
    expect(run.outputs['session-id']).toBe('gha_4242_1');
    expectNoSecret(run);
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

  it('updates its own comment on the next run instead of adding one', async () => {
    const first = await job.run({ runId: '5000' });
    expect(first.failed, explain(first)).toBe(false);
    const second = await job.run({ runId: '5001' });
    expect(second.failed, explain(second)).toBe(false);

    expect(job.api.comments).toHaveLength(1);
    expect(job.api.comments[0].body).toContain('gha_5001_1');
    expect(job.api.comments[0].body).not.toContain('gha_5000_1');
    expect(job.api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(1);
    expect(job.api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(job.artifacts.artifacts.map((artifact) => artifact.name)).toEqual(['lyfe-kt-5000-1-lessons-lessons', 'lyfe-kt-5001-1-lessons-lessons']);
  });

  it('packages and uploads a run whose generate step failed, then fails the job once, with the key masked and in no view', async () => {
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

  it('refuses a wrong input before any stage runs, and fails the job once, saying which input', async () => {
    const run = await job.run({ inputs: { 'retention-days': 'two weeks' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toEqual({ runtime: 'success', setup: 'failure', preprocess: 'skipped', generate: 'skipped', package: 'skipped', attest: 'skipped', report: 'skipped' });
    expect(run.outputs).toMatchObject({ 'session-id': '', success: 'false', 'artifact-id': '' });
    expect(run.annotations).toEqual([{ level: 'error', step: 'setup', message: 'lyfe-kt: input retention-days must be a whole number of days, 1 or more, not "two weeks"' }]);
    expect(job.api.comments).toHaveLength(0);
    expect(job.artifacts.artifacts).toHaveLength(0);
  });
});

describe('the composite action in a matrix', () => {
  it('gives each entry its own session, artifact and comment when no job-key is given', async () => {
    const runs = [];
    for (const index of [0, 1]) runs.push(await job.run({ runId: '6000', strategy: { 'job-index': index, 'job-total': 2 } }));
    for (const run of runs) expect(run.failed, explain(run)).toBe(false);

    expect(runs.map((run) => run.outputs['session-id'])).toEqual(['gha_6000_1_matrix-0', 'gha_6000_1_matrix-1']);
    expect(job.artifacts.artifacts.map((artifact) => artifact.name)).toEqual(['lyfe-kt-6000-1-lessons-lessons-matrix-0', 'lyfe-kt-6000-1-lessons-lessons-matrix-1']);
    expect(job.api.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      `${MARKER_PREFIX} workflow=.github/workflows/lessons.yml job=lessons key=matrix-0 -->`,
      `${MARKER_PREFIX} workflow=.github/workflows/lessons.yml job=lessons key=matrix-1 -->`,
    ]);
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
});

describe('the composite action on a pull request from a fork', () => {
  beforeEach(async () => {
    await Promise.all([job.api.close(), job.artifacts.close()]);
    fs.rmSync(job.temp, { recursive: true, force: true });
    job = await startJob('forbidden');
  });

  it('warns that it cannot comment, still writes the summary, and does not fail the run', async () => {
    const run = await job.run({ event: { number: 9, pull_request: { number: 9, head: { repo: { full_name: 'someone/lessons', fork: true } } } } });

    expect(run.failed, explain(run)).toBe(false);
    expect(run.outputs.success).toBe('true');
    expect(job.api.comments).toHaveLength(0);
    const warnings = run.annotations.filter((annotation) => annotation.level === 'warning');
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/could not comment on pull request #9 \(403\).*forks get a read-only token.*workflow_run.*job summary/)]);
    expect(run.summaries[0]).toContain('# ✅ lyfe-kt:');
    expect(job.artifacts.artifacts).toHaveLength(1);
  });
});

describe('a huge run', () => {
  it('keeps the job summary under 1 MiB and the comment under 65,536 characters, pointing at the artifact', async () => {
    const content = path.join(job.workspace, 'content');
    const long = 'a_long_article_name_about_sleep_meaning_and_a_good_life_'.repeat(3);
    for (let i = 0; i < 1200; i++) {
      fs.writeFileSync(path.join(content, `${long}${String(i).padStart(4, '0')}.md`), `# Artigo ${i}\n\nDormir bem é essencial. Mantenha horários regulares e evite telas antes de deitar.\n`);
    }
    const run = await job.run({ timeoutMs: 540_000 });
    expect(run.failed, explain(run)).toBe(false);

    // The runner took the summary: under 1 MiB with a margin even once its line endings are CRLF.
    expect(run.droppedSummaries).toEqual([]);
    const [summary] = run.summaries;
    expect(Buffer.byteLength(summary.replace(/\r?\n/g, '\r\n'))).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 300 * 1024);
    expect(summary).toContain("cut to stay under GitHub's 1 MiB job summary limit");
    expect(summary).toContain(run.outputs['artifact-url']);
    const [comment] = job.api.comments;
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment.body).toContain("cut to stay under GitHub's 65,536-character comment limit");
    expect(comment.body).toContain(run.outputs['artifact-url']);
  }, 600_000);
});

/** A PATH with everything of this machine's but `node`: a self-hosted or ARC runner without it. */
function pathWithoutNode(): string {
  const bin = path.join(job.temp, 'bin-without-node');
  fs.mkdirSync(bin, { recursive: true });
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) {
      if (entry === 'node' || fs.existsSync(path.join(bin, entry))) continue;
      fs.symlinkSync(path.join(dir, entry), path.join(bin, entry));
    }
  }
  return bin;
}

const ours = () => job.api.comments.filter((comment) => comment.user.login === 'github-actions[bot]');

describe('the composite action on runners other than GitHub-hosted Linux', () => {
  it('runs every step on the runner’s own Node when PATH has no node (self-hosted, ARC), key masked throughout', async () => {
    const key = 'planted-key-no-node-3b9c1e';
    openai = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body) }) });
    const bin = pathWithoutNode();
    expect(fs.existsSync(path.join(bin, 'node'))).toBe(false);
    const run = await job.run({ inputs: { 'openai-api-key': key }, env: { OPENAI_BASE_URL: openai.url }, runner: { path: bin } });

    expect(run.failed, explain(run)).toBe(false);
    expect(run.outputs.success).toBe('true');
    expect(run.steps.find((step) => step.id === 'setup')!.env.PATH).toBe(bin);
    expect(openai.requests.length).toBeGreaterThan(0);
    expect(ours()).toHaveLength(1);
    expectNoSecret(run, [key]);
  });

  it('in a container job, loads its bundle from the path the steps see, not the host’s github.action_path', async () => {
    const run = await job.run({ runner: { hostActionPath: '/home/runner/work/_actions/lyfe-kt/lyfe-kt/v1' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(run.outputs.success).toBe('true');
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(ours()).toHaveLength(1);
    expectNoSecret(run);
  });

  it('on GitHub Enterprise Server, skips the upload with a warning and a summary line, and keeps the package on disk', async () => {
    job.artifacts.absent = true;
    const run = await job.run({ env: { GITHUB_SERVER_URL: 'https://github.example.com', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://github.example.com/_oidc' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(run.outputs.success).toBe('true');
    expect(job.artifacts.requests).toEqual([]);
    expect(run.outputs['artifact-id']).toBe('');
    expect(fs.existsSync(path.join(run.outputs['package-path'], 'manifest.json'))).toBe(true);
    expect(run.annotations.filter((annotation) => annotation.level === 'warning').map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^not uploading the package: GitHub Enterprise Server has no artifact service/),
    ]);
    expect(run.summaries[0]).toMatch(/Package artifact: not uploaded \(GitHub Enterprise Server has no artifact service/);
    // No attestation there either: the step is skipped, not failed.
    expect(stepsOf(run).attest).toBe('skipped');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('https://github.example.com/octo/lessons/actions/runs/4242');
    expectNoSecret(run);
  });

  it('refuses a Windows runner in setup, saying what to use', async () => {
    const run = await job.run({ runner: { os: 'Windows' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ setup: 'failure', preprocess: 'skipped', report: 'skipped' });
    expect(run.annotations).toEqual([
      { level: 'error', step: 'setup', message: 'lyfe-kt: Windows runners are not supported: run this job on a Linux or macOS runner (runs-on: ubuntu-latest or macos-latest)' },
    ]);
    expect(job.api.comments).toHaveLength(0);
  });
});

describe('names that collide', () => {
  it('two workflows with one job id on one pull request keep a comment each, updated in place', async () => {
    const other = { GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/nightly-lessons.yml@refs/pull/7/merge' };
    const runs = [await job.run({ runId: '8000' }), await job.run({ runId: '8001', env: other }), await job.run({ runId: '8002' })];
    for (const run of runs) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(run);
    }

    expect(ours().map((comment) => comment.body.split('\n')[0])).toEqual([
      MARKER,
      `${MARKER_PREFIX} workflow=.github/workflows/nightly-lessons.yml job=lessons key= -->`,
    ]);
    expect(ours()[0].body).toContain('gha_8002_1');
    expect(ours()[1].body).toContain('gha_8001_1');
    expect(job.artifacts.artifacts.map((artifact) => artifact.name)).toEqual(['lyfe-kt-8000-1-lessons-lessons', 'lyfe-kt-8001-1-nightly-lessons-lessons', 'lyfe-kt-8002-1-lessons-lessons']);
  });

  it('a reusable workflow called twice in one run: two artifacts, no 409, one comment', async () => {
    const calls = [];
    for (const checkRunId of ['51725241954', '51725241961']) calls.push(await job.run({ runId: '8100', runner: { checkRunId } }));
    for (const run of calls) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(run);
    }

    expect(job.artifacts.artifacts.map((artifact) => [artifact.name, artifact.finalized])).toEqual([
      ['lyfe-kt-8100-1-lessons-lessons-51725241954', true],
      ['lyfe-kt-8100-1-lessons-lessons-51725241961', true],
    ]);
    expect(ours()).toHaveLength(1);
  });
});

describe('the sticky comment', () => {
  it('two runs racing on one pull request leave one comment', async () => {
    await job.api.close();
    job.api = await startFakeGitHubApi({ holdCommentReads: 2 });
    const runs = await Promise.all([job.run({ runId: '8200' }), job.run({ runId: '8201' })]);
    for (const run of runs) {
      expect(run.failed, explain(run)).toBe(false);
      expectNoSecret(run);
    }

    expect(job.api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))).toHaveLength(2);
    expect(job.api.comments).toHaveLength(1);
    expect(job.artifacts.artifacts).toHaveLength(2);
  });

  it("leaves alone another account's comment that starts with our marker", async () => {
    await job.api.close();
    const planted = `${MARKER}\nthis is not the action's report`;
    job.api = await startFakeGitHubApi({ comments: [{ issue: 7, body: planted, user: { login: 'mallory', type: 'User' } }] });
    const run = await job.run();

    expect(run.failed, explain(run)).toBe(false);
    expect(job.api.comments.map((comment) => comment.body)).toEqual([planted, expect.stringContaining('gha_4242_1')]);
    expect(ours()).toHaveLength(1);
    expectNoSecret(run);
  });

  it('a cancelled run packages what it has, fails, and leaves the last finished run’s comment as it was', async () => {
    const finished = await job.run({ runId: '8300' });
    expect(finished.failed, explain(finished)).toBe(false);
    const cancelled = await job.run({ runId: '8301', runner: { cancelAt: 'generate' } });

    expect(cancelled.failed).toBe(true);
    expect(stepsOf(cancelled)).toMatchObject({ preprocess: 'success', generate: 'cancelled', package: 'success', report: 'failure' });
    expect(cancelled.outputs.success).toBe('false');
    expect(cancelled.summaries[0]).toContain('the run was cancelled');
    expect(job.artifacts.artifacts).toHaveLength(2);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('gha_8300_1');
    expect(cancelled.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/cancelled: comment \d+ on pull request #7 keeps the last finished run's report/) }));
    expectNoSecret(cancelled);
  });
});

describe('events other than pull_request', () => {
  it('push: no pull request, so a notice and no comment', async () => {
    const run = await job.run({ env: { GITHUB_EVENT_NAME: 'push' }, event: { ref: 'refs/heads/main', after: 'abc123' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(job.api.comments).toHaveLength(0);
    expect(run.annotations).toContainEqual({ level: 'notice', step: 'report', message: 'no pull request to comment on (event push): the report is in the job summary. Set pr-number to comment on one' });
    expect(job.artifacts.artifacts).toHaveLength(1);
    expectNoSecret(run);
  });

  it('workflow_dispatch with pr-number comments on that pull request', async () => {
    const run = await job.run({ inputs: { 'pr-number': '31' }, env: { GITHUB_EVENT_NAME: 'workflow_dispatch' }, event: { inputs: {} } });

    expect(run.failed, explain(run)).toBe(false);
    expect(ours().map((comment) => comment.issue)).toEqual([31]);
    expectNoSecret(run);
  });

  it('the fork-safe workflow_run pattern: the pull_request run uploads, a workflow_run run with write permission comments from the artifact', async () => {
    // 1. The fork's pull_request run: a read-only token, so no comment; the package goes up as an artifact.
    job.api.mode = 'forbidden';
    const fromFork = { number: 9, pull_request: { number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', repo: { full_name: 'someone/lessons', fork: true } } } };
    const first = await job.run({ runId: '8400', event: fromFork });
    expect(first.failed, explain(first)).toBe(false);
    expect(job.api.comments).toHaveLength(0);

    // 2. actions/download-artifact, given a pattern, puts each artifact's files in <path>/<artifact name>/.
    const downloaded = path.join(job.temp, 'downloaded');
    const [artifact] = job.artifacts.artifacts;
    for (const [name, content] of unzip(artifact.content!)) {
      fs.mkdirSync(path.dirname(path.join(downloaded, artifact.name, name)), { recursive: true });
      fs.writeFileSync(path.join(downloaded, artifact.name, name), content);
    }

    // 3. The workflow_run run: the base repository's workflow, a write token; the pull request comes from the event.
    job.api.mode = 'ok';
    job.api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } }, { number: 10, head: { sha: '0a0a0a', ref: 'other', owner: 'someone' } });
    const workflowRun = {
      action: 'completed',
      workflow_run: { id: 8400, event: 'pull_request', conclusion: 'success', head_sha: 'f0f0f0', head_branch: 'sleep-tips', head_repository: { owner: { login: 'someone' } }, pull_requests: [] },
    };
    const second = await job.run({
      runId: '8401',
      inputs: { 'content-path': '', 'report-package': downloaded },
      env: { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_JOB: 'comment', GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/lessons-comment.yml@refs/heads/main' },
      event: workflowRun,
    });

    expect(second.failed, explain(second)).toBe(false);
    expect(stepsOf(second)).toMatchObject({ setup: 'success', preprocess: 'skipped', generate: 'skipped', package: 'skipped', attest: 'skipped', report: 'success' });
    expect(second.outputs.success).toBe('true');
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].issue).toBe(9);
    expect(ours()[0].body).toContain('gha_8400_1');
    expect(ours()[0].body).toContain('https://github.com/octo/lessons/actions/runs/8400/attempts/1');
    expect(ours()[0].body).toContain('| generate | ✅ success | 0 |');
    expectNoSecret(second);
  });

  it('workflow_run: a package changed after it was built is not reported as it claims', async () => {
    const first = await job.run({ runId: '8500' });
    expect(first.failed, explain(first)).toBe(false);
    const packagePath = first.outputs['package-path'];
    fs.appendFileSync(path.join(packagePath, 'logs/execution_summary.md'), '\n✅ everything passed\n');

    const second = await job.run({ runId: '8501', inputs: { 'content-path': '', 'report-package': packagePath }, env: { GITHUB_EVENT_NAME: 'workflow_run' }, event: { workflow_run: { head_sha: 'x', pull_requests: [] } } });

    expect(second.failed).toBe(true);
    expect(second.outputs.success).toBe('false');
    expect(second.annotations.filter((annotation) => annotation.level === 'error').map((error) => error.message)).toEqual([
      expect.stringMatching(/does not match its manifest \(1 changed, 0 missing, 0 added\); it is not reported/),
    ]);
  });
});

describe('inputs checked before any stage', () => {
  it('a title that begins with - is a title, not an option', async () => {
    const run = await job.run({ inputs: { title: '-fix: sleep' } });

    expect(run.failed, explain(run)).toBe(false);
    expect(path.basename(run.outputs['package-path'])).toMatch(/fix.*sleep-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    expectNoSecret(run);
  });

  it('a title with nothing usable fails setup, before any model call', async () => {
    const run = await job.run({ inputs: { title: '///' } });

    expect(run.failed).toBe(true);
    expect(stepsOf(run)).toMatchObject({ setup: 'failure', preprocess: 'skipped' });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([expect.stringMatching(/^lyfe-kt: the package title "\/\/\/" has no usable characters/)]);
  });

  it('passes the provider settings to the stages only when given', async () => {
    const run = await job.run({ inputs: { timeout: '30' } });

    expect(run.failed, explain(run)).toBe(false);
    const generate = run.steps.find((step) => step.id === 'generate')!;
    expect(generate.env).toMatchObject({ LYFE_KT_TIMEOUT: '30', LYFE_KT_REASONING_EFFORT: '' });
    const records = packageRecords(run.outputs['package-path']);
    expect(records.filter((record) => record.event === 'step.output').length).toBe(2);
  });
});

describe('attestation', () => {
  it('attests the package manifest when the workflow grants id-token and attestations, and says how to check it', async () => {
    const run = await job.run({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc' }, runner: { attestationsWrite: true } });

    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run).attest).toBe('success');
    const manifest = path.join(run.outputs['package-path'], 'manifest.json');
    expect(run.attestations).toEqual([{ file: manifest, sha256: createHash('sha256').update(fs.readFileSync(manifest)).digest('hex') }]);
    expect(run.summaries[0]).toContain('gh attestation verify <package>/manifest.json --repo octo/lessons');
    expect(run.summaries[0]).toContain('[attested](https://github.com/octo/lessons/attestations/');
    expectNoSecret(run);
  });

  it('without id-token: write, skips it with a notice; without attestations: write, warns and stays green', async () => {
    const none = await job.run({ runId: '8600' });
    expect(stepsOf(none).attest).toBe('skipped');
    expect(none.annotations).toContainEqual(expect.objectContaining({ level: 'notice', step: 'setup', message: expect.stringContaining('id-token: write and attestations: write') }));
    expect(none.summaries[0]).toContain('Attestation: none');

    const denied = await job.run({ runId: '8601', env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc' } });
    expect(denied.failed, explain(denied)).toBe(false);
    expect(stepsOf(denied).attest).toBe('failure');
    expect(denied.outputs.success).toBe('true');
    expect(denied.annotations).toContainEqual(expect.objectContaining({ level: 'warning', step: 'report', message: expect.stringContaining('could not be attested') }));
    expect(denied.summaries[0]).toContain('Attestation: **failed**');
  });
});
