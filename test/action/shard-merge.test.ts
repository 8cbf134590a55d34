import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArtifactClient } from '@actions/artifact';
import { mergeShardArtifacts } from '../../src/action/merge.js';
import type { LyfeError } from '../../src/errors.js';
import { LOGS_DIR, LogFiles } from '../../src/package/constants.js';
import { verifyPackage } from '../../src/package/manifest.js';
import type { ExecutionMetadata, ShardEntry } from '../../src/package/metadata.js';
import { runPipeline } from '../../src/package/run-pipeline.js';
import type { ShardSpec } from '../../src/pipeline/shard.js';
import { unzip } from '../fakes/artifact-service.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { type Job, startJob, stopJob } from './job.js';
import type { ActionRun } from './runner.js';

/**
 * A sharded run as a workflow makes it (examples/workflows/content-matrix.yml): matrix jobs (two
 * here, of the three example articles) each run one shard of the content and upload its package,
 * then a `mode: merge` job downloads them from the artifact service, merges them, uploads the
 * merged package and reports it once. It is also the runs' one proof that `strategy.job-index`
 * reaches the setup step: each entry of a matrix with no `job-key` gets a session and an artifact
 * of its own (the names themselves are test/action/stage-step.test.ts's, the comments of matrix
 * entries test/action/report.test.ts's).
 */
const RUN_ID = '5151';
const WORKFLOW_REF = 'octo/lessons/.github/workflows/content-matrix.yml@refs/pull/7/merge';

vi.setConfig({ testTimeout: 300_000 });

let job: Job;

beforeAll(async () => {
  job = await startJob();
});

afterAll(() => stopJob(job));

/** A job of the workflow's run: `jobId` is its own id (a matrix entry's ends in its index), GITHUB_JOB the id without the index. */
function runJob(jobId: string, inputs: Record<string, string>, strategy?: { 'job-index': number; 'job-total': number }): Promise<ActionRun> {
  return job.run({ runId: RUN_ID, jobId, inputs, strategy, env: { GITHUB_JOB: jobId.replace(/-\d+$/, ''), GITHUB_WORKFLOW_REF: WORKFLOW_REF } });
}

describe('a sharded run in the runner simulation', () => {
  it('runs 2 shards in a matrix, each entry with its own session and artifact, then merges their artifacts into one package with one summary and one comment', async () => {
    const shards: ActionRun[] = [];
    for (let index = 0; index < 2; index++) {
      shards.push(await runJob(`lessons-${index}`, { 'content-path': 'content', 'shard-index': String(index), 'shard-total': '2' }, { 'job-index': index, 'job-total': 2 }));
    }
    for (const shard of shards) {
      expect(shard.failed, shard.steps.map((step) => `${step.id}: ${step.stderr}`).join('\n')).toBe(false);
      expect(shard.outputs.success).toBe('true');
    }
    expect(shards.map((shard) => shard.outputs['session-id'])).toEqual(['gha_5151_1_matrix-0', 'gha_5151_1_matrix-1']);
    expect(job.artifacts.artifacts.map((artifact) => artifact.name)).toEqual(['lyfe-kt-5151-1-content-matrix-lessons-matrix-0', 'lyfe-kt-5151-1-content-matrix-lessons-matrix-1']);
    // The shards share the three articles out between them, and none commented.
    const shardMetadata = shards.map((shard) => JSON.parse(fs.readFileSync(path.join(shard.outputs['package-path'], LOGS_DIR, LogFiles.metadata), 'utf8')) as ExecutionMetadata);
    expect(shardMetadata.flatMap((metadata) => metadata.content.input_files).sort()).toEqual(fs.readdirSync(path.join(job.workspace, 'content')).sort());
    expect(shardMetadata.map((metadata) => metadata.shard)).toEqual([0, 1].map((index) => expect.objectContaining({ index, total: 2 })));
    expect(job.api.comments).toEqual([]);

    const merge = await runJob('merge', { 'content-path': '', mode: 'merge', title: 'lessons' });
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
    expect(job.artifacts.artifacts).toHaveLength(3);
    const uploaded = job.artifacts.artifacts.find((artifact) => String(artifact.id) === merge.outputs['artifact-id'])!;
    const files = unzip(uploaded.content!);
    expect([...files.keys()]).toContain(`${path.basename(merged)}/manifest.json`);

    // One job summary of the whole run, and one pull-request comment.
    const summary = merge.summaries.join('\n');
    expect(summary).toContain('Merged the packages of 2 shard jobs');
    expect(summary).toContain("Attestation: none (a merged package is not attested; each shard job's package is, where the workflow allows).");
    expect(job.api.comments).toHaveLength(1);
    expect(job.api.comments[0].body).toContain('lyfe-kt:summary');
  });
});

describe('the merge job with no shard artifact of its attempt', () => {
  it('says to run the shard jobs first, and that a re-run must re-run them too', async () => {
    const client = { listArtifacts: async () => ({ artifacts: [{ id: 1, name: 'lyfe-kt-73-1-lessons-lessons-matrix-0', size: 1 }] }) } as unknown as ArtifactClient;
    const identity = { runId: '73', runAttempt: '2', workflow: '.github/workflows/lessons.yml', job: 'merge', key: '', checkRunId: '' };
    const options = { identity, title: 't', downloadDir: '/nonexistent', outputDir: '/nonexistent', sessionId: 'gha_73_2', compress: false };
    await expect(mergeShardArtifacts(client, options)).rejects.toThrow(
      /^no shard artifacts \(lyfe-kt-73-2-\S*\*\) in this attempt of the workflow run: run the shard jobs first .*; a re-run merges the shards of its own attempt, so re-run all jobs, not the merge job alone$/,
    );
  });
});

/** A package of `content` run offline under `root/name`, of shard `shard` when given, in session `session` when given. */
async function packageOf(root: string, name: string, { content = 'test/fixtures/content', shard, session }: { content?: string; shard?: ShardSpec; session?: string } = {}): Promise<string> {
  const result = await runPipeline(content, {
    workDir: path.join(root, name, 'work'),
    logDir: path.join(root, name, 'logs'),
    provider: 'offline',
    schemaVersion: '1.1',
    concurrency: 4,
    responseFormat: 'auto',
    timeout: 60,
    ...(shard && { shard }),
    ...(session && { session }),
    outputDir: path.join(root, name, 'packages'),
    title: name,
  });
  return result.package.path;
}

/** An artifact client whose artifacts are the packages `uploaded` holds, by id. */
function clientOf(uploaded: Map<number, { name: string; pkg: string }>): ArtifactClient {
  return {
    listArtifacts: async () => ({ artifacts: [...uploaded].map(([id, { name }]) => ({ id, name, size: 1 })) }),
    downloadArtifact: async (id: number, { path: to }: { path: string }) => {
      const { pkg } = uploaded.get(id)!;
      fs.cpSync(pkg, path.join(to, path.basename(pkg)), { recursive: true });
      return { downloadPath: to };
    },
  } as unknown as ArtifactClient;
}

describe('the merge job with a shard missing', () => {
  const temp = useTempDir('lyfe-kt-shard-missing-');

  it('names the artifacts it left out, whose package is of no shard: the upload of a shard job that failed before it chose its articles', async () => {
    const root = temp();
    // Shard 0 of 2 ran; the job of shard 1 uploaded a package of no shard.
    const uploaded = new Map([
      [1, { name: 'lyfe-kt-73-1-lessons-lessons-matrix-0', pkg: await packageOf(root, 'shard-0', { shard: { index: 0, total: 2 } }) }],
      [2, { name: 'lyfe-kt-73-1-lessons-lessons-matrix-1', pkg: await packageOf(root, 'failed') }],
    ]);
    const client = clientOf(uploaded);
    const identity = { runId: '73', runAttempt: '1', workflow: '.github/workflows/lessons.yml', job: 'merge', key: '', checkRunId: '' };
    const options = { identity, title: 't', downloadDir: path.join(root, 'downloads'), outputDir: path.join(root, 'merged'), sessionId: 'gha_73_1', compress: false };
    await expect(mergeShardArtifacts(client, options)).rejects.toThrow(
      /^shard\(s\) 1\/2 missing: given .*\. Artifacts of this run whose package is of no shard, left out: lyfe-kt-73-1-lessons-lessons-matrix-1: a shard job that failed before it chose its articles/,
    );
    // No shard package at all (every shard job failed so): the same.
    uploaded.delete(1);
    await expect(mergeShardArtifacts(client, { ...options, downloadDir: path.join(root, 'downloads-2') })).rejects.toThrow(
      /^no shard package given\. Artifacts of this run whose package is of no shard, left out: lyfe-kt-73-1-lessons-lessons-matrix-1: /,
    );
  });
});

describe('the merge job of a re-run of the failed jobs only', () => {
  const temp = useTempDir('lyfe-kt-shard-rerun-');

  it('says that the shards that had succeeded are in the attempt before, and to re-run all jobs', async () => {
    const root = temp();
    // Attempt 1: shard 0 succeeded, shard 1 failed; attempt 2 ran shard 1 (and the merge) again.
    const uploaded = new Map([
      [1, { name: 'lyfe-kt-73-1-lessons-lessons-matrix-0', pkg: await packageOf(root, 'shard-0', { shard: { index: 0, total: 2 } }) }],
      [2, { name: 'lyfe-kt-73-1-lessons-lessons-matrix-1', pkg: await packageOf(root, 'shard-1-failed', { shard: { index: 1, total: 2 } }) }],
      [3, { name: 'lyfe-kt-73-2-lessons-lessons-matrix-1', pkg: await packageOf(root, 'shard-1', { shard: { index: 1, total: 2 } }) }],
    ]);
    const identity = { runId: '73', runAttempt: '2', workflow: '.github/workflows/lessons.yml', job: 'merge', key: '', checkRunId: '' };
    const options = { identity, title: 't', downloadDir: path.join(root, 'downloads'), outputDir: path.join(root, 'merged'), sessionId: 'gha_73_2', compress: false };
    const error = (await mergeShardArtifacts(clientOf(uploaded), options).catch((caught: unknown) => caught)) as LyfeError;
    expect(error.message).toMatch(
      /^shard\(s\) 0\/2 missing: given .*\. This is attempt 2 of the workflow run, and the merge takes the shard packages of its own attempt only: those of attempt 1 are left out \(a re-run of the failed jobs does not run the shards that had succeeded again\)$/,
    );
    expect(error.fix).toBe('Re-run all jobs of the workflow run, not only the failed ones');
    expect(fs.existsSync(options.outputDir) ? fs.readdirSync(options.outputDir).filter((name) => !name.startsWith('.')) : []).toEqual([]);
  });
});

describe('the merge job of a run with two sharded jobs', () => {
  const temp = useTempDir('lyfe-kt-shard-groups-');

  it('merges only the shard packages of the job named by shard-job, and without it says to name one', async () => {
    const root = temp();
    const other = path.join(root, 'other-content');
    fs.mkdirSync(other);
    fs.copyFileSync('test/fixtures/content/como_dormir_bem.md', path.join(other, 'como_dormir_bem.md'));
    // Jobs `en` (two shards of one folder) and `en-pt` (one shard of another) of workflow lessons.yml,
    // each shard job's session as the action names it: `gha_<run>_<attempt>_<key>`.
    const uploaded = new Map([
      [1, { name: 'lyfe-kt-73-1-lessons-en-matrix-0', pkg: await packageOf(root, 'en-0', { shard: { index: 0, total: 2 }, session: 'gha_73_1_matrix-0' }) }],
      [2, { name: 'lyfe-kt-73-1-lessons-en-matrix-1', pkg: await packageOf(root, 'en-1', { shard: { index: 1, total: 2 }, session: 'gha_73_1_matrix-1' }) }],
      [3, { name: 'lyfe-kt-73-1-lessons-en-pt-matrix-0', pkg: await packageOf(root, 'pt-0', { content: other, shard: { index: 0, total: 1 }, session: 'gha_73_1_matrix-0' }) }],
    ]);
    const client = clientOf(uploaded);
    const identity = { runId: '73', runAttempt: '1', workflow: '.github/workflows/lessons.yml', job: 'merge', key: '', checkRunId: '' };
    const options = { identity, title: 't', outputDir: path.join(root, 'merged'), sessionId: 'gha_73_1', compress: false };
    await expect(mergeShardArtifacts(client, { ...options, downloadDir: path.join(root, 'downloads-all') })).rejects.toThrow(
      /^the packages are shards of different totals: .*\. When the workflow run has more than one sharded job, name the one this job merges with the shard-job input/,
    );
    const merged = await mergeShardArtifacts(client, { ...options, downloadDir: path.join(root, 'downloads-en'), shardJob: 'en' });
    expect(merged.artifacts).toEqual(['lyfe-kt-73-1-lessons-en-matrix-0', 'lyfe-kt-73-1-lessons-en-matrix-1']);
    expect(verifyPackage(merged.merged.path)).toMatchObject({ ok: true });
    const pt = await mergeShardArtifacts(client, { ...options, outputDir: path.join(root, 'merged-pt'), downloadDir: path.join(root, 'downloads-pt'), shardJob: 'en-pt' });
    expect(pt.artifacts).toEqual(['lyfe-kt-73-1-lessons-en-pt-matrix-0']);
  });
});
