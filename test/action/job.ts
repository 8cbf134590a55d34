import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { startFakeArtifactService, unzip, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import type { FakeOpenAI } from '../fakes/openai-server.js';
import { runAction, type ActionRun, type RunnerJob } from './runner.js';

/**
 * A job that runs `action.yml` as the runner runs it, from this checkout's committed `dist/`
 * bundles, against loopback fakes of the GitHub REST API, the artifact service and (when a key is
 * given) OpenAI. Shared by the test/action/action-*.test.ts files, which vitest runs side by side.
 */
export const root = path.resolve(import.meta.dirname, '../..');
export const cli = path.join(root, 'dist/cli/index.cjs');
export const MARKER_PREFIX = '<!-- lyfe-kt:summary';
export const TOKEN = 'ghs_faketokenfaketokenfaketoken000000';
export const WORKFLOW_REF = 'octo/lessons/.github/workflows/lessons.yml@refs/pull/7/merge';
export const MARKER = `${MARKER_PREFIX} workflow=.github/workflows/lessons.yml job=lessons key= -->`;

export type RunnerOptions = Pick<RunnerJob, 'path' | 'os' | 'hostActionPath' | 'checkRunId' | 'cancelAt' | 'cancelDuring' | 'attestationsWrite'>;

export interface Job {
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
    /** The job the artifact service scopes its uploads to (a matrix entry is a job of its own). */
    jobId?: string;
  }): Promise<ActionRun>;
}

/**
 * Starts the fakes of a job (the REST API with `api`'s options) and a workspace whose `content/`
 * is the examples, or what `content` writes into it.
 */
export async function startJob(api: Parameters<typeof startFakeGitHubApi>[0] = {}, content?: (folder: string) => void): Promise<Job> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-action-'));
  const workspace = path.join(temp, 'workspace');
  if (content) content(path.join(workspace, 'content'));
  else fs.cpSync(path.join(root, 'examples/content'), path.join(workspace, 'content'), { recursive: true });
  const fakeApi = await startFakeGitHubApi({ mode: 'ok', ...api });
  const artifacts = await startFakeArtifactService();
  const pullRequest = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { repo: { full_name: 'octo/lessons', fork: false } } } };
  const handle: Job = {
    temp,
    workspace,
    api: fakeApi,
    artifacts,
    async run({ runId = '4242', inputs = {}, env = {}, event = pullRequest, strategy, timeoutMs, runner = {}, jobId = 'lessons' } = {}) {
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
        jsRuntime: { ACTIONS_RUNTIME_TOKEN: handle.artifacts.runtimeToken(`run-${runId}`, `job-${jobId}`), ACTIONS_RESULTS_URL: `${handle.artifacts.url}/` },
        strategy,
        timeoutMs,
        ...runner,
      });
    },
  };
  return handle;
}

/** Writes a `content/` of one example article: enough for a test of what the action does with any run's package. */
export function oneArticle(folder: string): void {
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(path.join(root, 'examples/content/como_dormir_bem.md'), path.join(folder, 'como_dormir_bem.md'));
}

/** Stops the job's fakes (and the test's fake OpenAI, if it started one) and removes its folders. */
export async function stopJob(job: Job, openai?: FakeOpenAI): Promise<void> {
  await Promise.all([job.api.close(), job.artifacts.close(), openai?.close()]);
  fs.rmSync(job.temp, { recursive: true, force: true });
}

/** Nothing the run showed or wrote holds a secret: step logs, annotations, summaries, outputs, comments, artifacts. */
export function expectNoSecret(job: Job, run: ActionRun, secrets: string[] = []): void {
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

export function stepsOf(run: ActionRun): Record<string, string> {
  return Object.fromEntries(run.steps.map((step) => [step.id, step.outcome]));
}

export function explain(run: ActionRun): string {
  return run.steps.map((step) => `--- ${step.id} ${step.outcome}\n${step.stdout.slice(-2000)}\n${step.stderr.slice(-2000)}`).join('\n');
}

export function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'), fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

export function packageRecords(packagePath: string): { event: string; stage: string; data?: Record<string, unknown> }[] {
  return fs
    .readFileSync(path.join(packagePath, 'logs/processing.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** The comments the action's own account wrote. */
export function ours(job: Job): FakeGitHubApi['comments'] {
  return job.api.comments.filter((comment) => comment.user.login === 'github-actions[bot]');
}

/** A PATH with everything of this machine's but `node`: a self-hosted or ARC runner without it. */
export function pathWithoutNode(temp: string): string {
  const bin = path.join(temp, 'bin-without-node');
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
