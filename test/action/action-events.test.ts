import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unzip } from '../fakes/artifact-service.js';
import type { FakeOpenAI } from '../fakes/openai-server.js';
import { expectNoSecret, explain, type Job, oneArticle, ours, startJob, stepsOf, stopJob } from './job.js';

// Several runs of the whole action in one test, on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

let job: Job;
let openai: FakeOpenAI | undefined;

// What the event decides, not the content, is the subject here: one article a run.
beforeEach(async () => {
  job = await startJob({}, oneArticle);
});

afterEach(async () => {
  await stopJob(job, openai);
  openai = undefined;
});

describe('events other than pull_request', () => {
  // Each run of the action costs seconds: a run checks what its event and its permissions decide together.
  it('push: no pull request, so a notice and no comment; with id-token and attestations granted, attests the package manifest and says how to check it', async () => {
    const run = await job.run({
      env: { GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc' },
      event: { ref: 'refs/heads/main', after: 'abc123' },
      runner: { attestationsWrite: true },
    });

    expect(run.failed, explain(run)).toBe(false);
    expect(job.api.comments).toHaveLength(0);
    expect(run.annotations).toContainEqual({ level: 'notice', step: 'report', message: 'no pull request to comment on (event push): the report is in the job summary. Set pr-number to comment on one' });
    expect(job.artifacts.artifacts).toHaveLength(1);
    expect(stepsOf(run).attest).toBe('success');
    const manifest = path.join(run.outputs['package-path'], 'manifest.json');
    expect(run.attestations).toEqual([{ file: manifest, sha256: createHash('sha256').update(fs.readFileSync(manifest)).digest('hex') }]);
    expect(run.summaries[0]).toContain('gh attestation verify <package>/manifest.json --repo octo/lessons');
    expect(run.summaries[0]).toContain('[attested](https://github.com/octo/lessons/attestations/');
    expectNoSecret(job, run);
  });

  it('a github-token of its own (a bot account\'s, for the comment) comments with that token, and the attestation still uses the job\'s token, to which the workflow grants attestations: write', async () => {
    const bot = 'ghp_commentbotcommentbotcommentbot0000';
    const run = await job.run({ inputs: { 'github-token': bot }, env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc' }, runner: { attestationsWrite: true } });

    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run).attest).toBe('success');
    expect(run.summaries[0]).toContain('[attested](https://github.com/octo/lessons/attestations/');
    const writes = job.api.requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql');
    expect(writes.map((request) => request.headers.authorization)).toEqual([`token ${bot}`]);
    expectNoSecret(job, run, [bot]);
  });

  it('workflow_dispatch with pr-number comments on that pull request; with id-token: write but without attestations: write, the attestation fails with a warning and the job stays green', async () => {
    const run = await job.run({ inputs: { 'pr-number': '31' }, env: { GITHUB_EVENT_NAME: 'workflow_dispatch', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc' }, event: { inputs: {} } });

    expect(run.failed, explain(run)).toBe(false);
    expect(ours(job).map((comment) => comment.issue)).toEqual([31]);
    expect(stepsOf(run).attest).toBe('failure');
    expect(run.outputs.success).toBe('true');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', step: 'report', message: expect.stringContaining('could not be attested') }));
    expect(run.summaries[0]).toContain('Attestation: **failed**');
    expectNoSecret(job, run);
  });

  it('the fork-safe workflow_run pattern: the fork\'s pull_request run warns that it cannot comment, still writes the summary, uploads and does not fail; a workflow_run run with write permission comments from the artifact; a downloaded package changed after it was built is not reported as it claims', async () => {
    // 1. The fork's pull_request run: a read-only token, so no comment; the package goes up as an artifact.
    job.api.mode = 'forbidden';
    const fromFork = { number: 9, pull_request: { number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', repo: { full_name: 'someone/lessons', fork: true } } } };
    const first = await job.run({ runId: '8400', event: fromFork });
    expect(first.failed, explain(first)).toBe(false);
    expect(first.outputs.success).toBe('true');
    expect(job.api.comments).toHaveLength(0);
    const warnings = first.annotations.filter((annotation) => annotation.level === 'warning');
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/could not comment on pull request #9 \(403\).*forks get a read-only token.*workflow_run.*job summary/)]);
    expect(first.summaries[0]).toContain('# ✅ lyfe-kt:');
    expect(job.artifacts.artifacts).toHaveLength(1);

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
      workflow_run: { id: 8400, run_attempt: 1, event: 'pull_request', conclusion: 'success', head_sha: 'f0f0f0', head_branch: 'sleep-tips', head_repository: { owner: { login: 'someone' } }, pull_requests: [] },
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
    expect(ours(job)).toHaveLength(1);
    expect(ours(job)[0].issue).toBe(9);
    expect(ours(job)[0].body).toContain('gha_8400_1');
    expect(ours(job)[0].body).toContain('https://github.com/octo/lessons/actions/runs/8400/attempts/1');
    expect(ours(job)[0].body).toContain('| generate | ✅ success | 0 |');
    expectNoSecret(job, second);

    // 4. The same artifact, changed after it was built.
    fs.appendFileSync(path.join(second.outputs['package-path'], 'logs/execution_summary.md'), '\n✅ everything passed\n');
    const tampered = await job.run({ runId: '8402', inputs: { 'content-path': '', 'report-package': downloaded }, env: { GITHUB_EVENT_NAME: 'workflow_run' }, event: { workflow_run: { head_sha: 'x', pull_requests: [] } } });

    expect(tampered.failed).toBe(true);
    expect(tampered.outputs.success).toBe('false');
    expect(tampered.annotations.filter((annotation) => annotation.level === 'error').map((error) => error.message)).toEqual([
      expect.stringMatching(/does not match its manifest \(1 changed, 0 missing, 0 added\); it is not reported/),
    ]);
  });
});

describe('articles in subfolders of content-path', () => {
  it('are refused by setup, naming the recursive input, before any stage; with recursive: true the preprocess step takes them and the package holds them', async () => {
    const content = path.join(job.workspace, 'content');
    fs.mkdirSync(path.join(content, 'sono'));
    fs.renameSync(path.join(content, 'como_dormir_bem.md'), path.join(content, 'sono', 'como_dormir_bem.md'));

    const refused = await job.run({ runId: '5151' });
    expect(refused.failed).toBe(true);
    expect(stepsOf(refused)).toMatchObject({ setup: 'failure', preprocess: 'skipped', generate: 'skipped', package: 'skipped' });
    expect(refused.annotations.map((annotation) => annotation.message).join('\n')).toContain('holds its articles in subfolders only');
    expect(refused.annotations.map((annotation) => annotation.message).join('\n')).toContain('Set recursive: true');

    const run = await job.run({ runId: '5152', inputs: { recursive: 'true' } });
    expect(run.failed, explain(run)).toBe(false);
    expect(stepsOf(run)).toMatchObject({ setup: 'success', preprocess: 'success', generate: 'success', package: 'success' });
    const packagePath = run.outputs['package-path'];
    expect(fs.readdirSync(path.join(packagePath, '01_raw'))).toEqual(['como_dormir_bem.md']);
    expect(fs.readdirSync(path.join(packagePath, '03_output')).sort()).toEqual(['como_dormir_bem_filled_template_advanced.json', 'como_dormir_bem_filled_template_beginner.json']);
  });
});
