import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOGS_DIR, LogFiles } from '../../src/package/constants.js';
import { verifyPackage } from '../../src/package/manifest.js';
import type { ExecutionMetadata, ShardEntry } from '../../src/package/metadata.js';
import { startFakeArtifactService, unzip, type FakeArtifactService } from '../fakes/artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { runAction, type ActionRun } from './runner.js';

/**
 * A sharded run as a workflow makes it (examples/workflows/content-matrix.yml): three matrix jobs
 * each run one shard of the content and upload its package, then a `mode: merge` job downloads
 * them from the artifact service, merges them, uploads the merged package and reports it once.
 */
const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_faketokenfaketokenfaketoken000000';
const RUN_ID = '5151';

vi.setConfig({ testTimeout: 300_000 });

let temp: string;
let workspace: string;
let api: FakeGitHubApi;
let artifacts: FakeArtifactService;

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-shard-action-'));
  workspace = path.join(temp, 'workspace');
  fs.cpSync(path.join(root, 'examples/content'), path.join(workspace, 'content'), { recursive: true });
  api = await startFakeGitHubApi({ mode: 'ok' });
  artifacts = await startFakeArtifactService();
});

afterAll(async () => {
  await Promise.all([api.close(), artifacts.close()]);
  fs.rmSync(temp, { recursive: true, force: true });
});

function runJob(jobName: string, inputs: Record<string, string>, strategy?: { 'job-index': number; 'job-total': number }): Promise<ActionRun> {
  const runnerTemp = fs.mkdtempSync(path.join(temp, `runner-${jobName}-`));
  const eventPath = path.join(runnerTemp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { repo: { full_name: 'octo/lessons', fork: false } } } }));
  return runAction({
    actionPath: root,
    workspace,
    runnerTemp,
    inputs,
    token: TOKEN,
    env: {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: RUN_ID,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: jobName.replace(/-\d+$/, ''),
      GITHUB_REPOSITORY: 'octo/lessons',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/content-matrix.yml@refs/pull/7/merge',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
    },
    jsRuntime: { ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken(`run-${RUN_ID}`, `job-${jobName}`), ACTIONS_RESULTS_URL: `${artifacts.url}/` },
    strategy,
  });
}

describe('a sharded run in the runner simulation', () => {
  it('runs 3 shards in a matrix, then merges their artifacts into one package with one summary and one comment', async () => {
    const shards: ActionRun[] = [];
    for (let index = 0; index < 3; index++) {
      shards.push(await runJob(`lessons-${index}`, { 'content-path': 'content', 'shard-index': String(index), 'shard-total': '3' }, { 'job-index': index, 'job-total': 3 }));
    }
    for (const shard of shards) {
      expect(shard.failed, shard.steps.map((step) => `${step.id}: ${step.stderr}`).join('\n')).toBe(false);
      expect(shard.outputs.success).toBe('true');
    }
    // Each shard ran one of the three articles, and none commented.
    const shardMetadata = shards.map((shard) => JSON.parse(fs.readFileSync(path.join(shard.outputs['package-path'], LOGS_DIR, LogFiles.metadata), 'utf8')) as ExecutionMetadata);
    expect(shardMetadata.flatMap((metadata) => metadata.content.input_files).sort()).toEqual(fs.readdirSync(path.join(workspace, 'content')).sort());
    expect(shardMetadata.map((metadata) => metadata.shard)).toEqual([0, 1, 2].map((index) => expect.objectContaining({ index, total: 3 })));
    expect(api.comments).toEqual([]);
    expect(artifacts.artifacts).toHaveLength(3);

    const merge = await runJob('merge', { mode: 'merge', title: 'lessons' });
    expect(merge.failed, merge.steps.map((step) => `${step.id}: ${step.stdout}${step.stderr}`).join('\n')).toBe(false);
    expect(merge.outputs.success).toBe('true');
    expect(Object.fromEntries(merge.steps.map((step) => [step.id, step.outcome]))).toMatchObject({ setup: 'success', preprocess: 'skipped', generate: 'skipped', package: 'skipped', report: 'success' });

    const merged = merge.outputs['package-path'];
    expect(verifyPackage(merged)).toMatchObject({ ok: true });
    const metadata = JSON.parse(fs.readFileSync(path.join(merged, LOGS_DIR, LogFiles.metadata), 'utf8')) as ExecutionMetadata;
    expect(metadata.session_id).toBe(merge.outputs['session-id']);
    expect((metadata.shards as ShardEntry[]).map((entry) => [entry.index, entry.session_id])).toEqual(shardMetadata.map((shard, index) => [index, shard.session_id]));
    expect(metadata.content.output_files).toHaveLength(6);

    // The merged package is uploaded as the merge job's artifact, whole.
    expect(artifacts.artifacts).toHaveLength(4);
    const uploaded = artifacts.artifacts.find((artifact) => String(artifact.id) === merge.outputs['artifact-id'])!;
    const files = unzip(uploaded.content!);
    expect([...files.keys()]).toContain(`${path.basename(merged)}/manifest.json`);

    // One job summary of the whole run, and one pull-request comment.
    const summary = merge.summaries.join('\n');
    expect(summary).toContain('Merged the packages of 3 shard jobs');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('lyfe-kt:summary');
  });
});
