import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findBasePackage, type BaseContext } from '../../src/action/base-package.js';
import { getInputs, type ActionInputs } from '../../src/action/input-helper.js';
import { setupFromSteps, setupOutputs, setupRun } from '../../src/action/setup.js';
import { compareWithBase } from '../../src/action/compare.js';
import { COMMENT_LIMIT_CHARS } from '../../src/action/constants.js';
import { renderComment, renderJobSummary, type ReportView } from '../../src/action/job-summary.js';
import { report } from '../../src/action/report.js';
import { artifactNameOf, packageArtifactAttempt } from '../../src/action/names.js';
import { zipFolder } from '../helpers/zip.js';
import { startFakeGitHubApi, type FakeGitHubApi, type FakeWorkflowRun } from '../fakes/github-api.js';
import type { Budgets } from '../../src/package/budgets.js';
import { baseRun, changedSources, withPlaceholders, identityOf, packageOf, rewordOne, writeContent } from './compare-fixtures.js';
import { reportStepOf } from './report-step.js';

/**
 * `compare-with` in-process: the base package found through the REST API (the loopback fake, through
 * the real Octokit), downloaded from storage, unpacked and compared with this run's package.
 */
const TOKEN = 'ghs_comparetokencomparetoken0000000';
const SHA = (n: number) => n.toString(16).padStart(40, 'a');

let temp: string;
let basePackage: string;
let samePackage: string;
let oneChanged: string;
let placeholderPackage: string;
/** The fake of the current test. */
let api!: FakeGitHubApi;
const started: FakeGitHubApi[] = [];

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-compare-base-'));
  basePackage = await packageOf(writeContent(path.join(temp, 'base-content')), path.join(temp, 'base'));
  samePackage = await packageOf(writeContent(path.join(temp, 'same-content')), path.join(temp, 'same'));
  oneChanged = await packageOf(writeContent(path.join(temp, 'changed-content'), rewordOne), path.join(temp, 'changed'));
  placeholderPackage = await packageOf(writeContent(path.join(temp, 'cut-content'), withPlaceholders), path.join(temp, 'cut'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function startApi(options?: Parameters<typeof startFakeGitHubApi>[0]): Promise<FakeGitHubApi> {
  api = await startFakeGitHubApi(options);
  started.push(api);
  return api;
}

let scratch = 0;
/** A folder of its own for each download. */
const downloadDir = () => path.join(temp, `download-${scratch++}`);

function contextOf(options: { event?: Record<string, unknown>; eventName?: string; sha?: string; runId?: string; key?: string } = {}): BaseContext {
  return {
    octokit: getOctokit(TOKEN, { baseUrl: api.url }),
    repository: 'octo/lessons',
    identity: identityOf(options.runId ?? '500', options.key),
    env: { GITHUB_EVENT_NAME: options.eventName ?? 'pull_request', GITHUB_SHA: options.sha ?? SHA(99) },
    event: options.event ?? { pull_request: { number: 7, base: { ref: 'main' } } },
  };
}

const runsListed = () => api.requests.filter((request) => request.path.endsWith('/runs'));
const artifactLists = () => api.requests.filter((request) => request.path.endsWith('/artifacts'));

describe('the base of a pull request', () => {
  it('is the newest successful run of this workflow on the base branch, never a pull request’s run; downloaded without the token at storage', async () => {
    await startApi({
      runs: [
        baseRun(basePackage, { id: 10, head_sha: SHA(10) }),
        // Newer, and named main, but a fork's pull request: never a base.
        baseRun(oneChanged, { id: 11, head_sha: SHA(11), event: 'pull_request', head_repository: 'fork/lessons' }),
        // Newer, main and the repository's own, but made for a pull request (a comment on one, a run
        // reporting a pull request's): never a base.
        baseRun(oneChanged, { id: 15, head_sha: SHA(15), event: 'issue_comment' }),
        baseRun(oneChanged, { id: 16, head_sha: SHA(16), event: 'workflow_run' }),
        // Newer, main, but another workflow.
        { ...baseRun(oneChanged, { id: 12, head_sha: SHA(12) }), path: '.github/workflows/other.yml' },
        // Newer, main, but it failed.
        baseRun(oneChanged, { id: 13, head_sha: SHA(13), conclusion: 'failure' }),
        // Another branch.
        baseRun(oneChanged, { id: 14, head_sha: SHA(14), head_branch: 'feature' }),
      ],
    });
    const found = await findBasePackage('base', contextOf(), downloadDir());

    expect(found).toMatchObject({ status: 'found', target: 'the base branch main', artifact: { id: 100, runId: 10, headSha: SHA(10), headBranch: 'main' } });
    expect(found.status === 'found' && fs.readdirSync(found.path)).toContain('manifest.json');
    expect(runsListed()[0].path).toBe('/repos/octo/lessons/actions/workflows/lessons.yml/runs');
    // The zip came from storage on another origin, and the token stayed with the API.
    expect(api.blobRequests).toHaveLength(1);
    expect(api.blobRequests[0].headers.authorization).toBeUndefined();
    expect(api.requests.find((request) => request.path.endsWith('/zip'))!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it("is the run of the base commit the pull request is merged onto, not a newer run of the base branch (whose changes are not the pull request's)", async () => {
    const runs = [baseRun(basePackage, { id: 10, head_sha: SHA(10) }), baseRun(oneChanged, { id: 20, head_sha: SHA(20) })];
    await startApi({ runs, pulls: [{ number: 9, head: { sha: SHA(1), ref: 'x', owner: 'octo' }, base: { ref: 'main', sha: SHA(10) } }] });
    const event = { pull_request: { number: 7, base: { ref: 'main', sha: SHA(10) } } };
    expect(await findBasePackage('base', contextOf({ event }), downloadDir())).toMatchObject({ status: 'found', target: `the base branch main at commit ${SHA(10).slice(0, 7)}`, artifact: { runId: 10 } });
    // Found by pr-number (the event names no pull request), the same.
    const dispatched = await findBasePackage('base', { ...contextOf({ event: {}, eventName: 'workflow_dispatch' }), prNumber: 9 }, downloadDir());
    expect(dispatched).toMatchObject({ status: 'found', target: `the base branch main at commit ${SHA(10).slice(0, 7)}`, artifact: { runId: 10 } });
  });

  it("is the run of the merge commit's first parent when the event's base.sha is older (the base branch moved before the merge commit was made)", async () => {
    const runs = [baseRun(basePackage, { id: 10, head_sha: SHA(10) }), baseRun(oneChanged, { id: 20, head_sha: SHA(20) }), baseRun(oneChanged, { id: 30, head_sha: SHA(30) })];
    await startApi({ runs, commits: [{ sha: SHA(99), parents: [SHA(20), SHA(1)] }] });
    const event = { pull_request: { number: 7, base: { ref: 'main', sha: SHA(10) } } };
    expect(await findBasePackage('base', contextOf({ event, sha: SHA(99) }), downloadDir())).toMatchObject({ status: 'found', target: `the base branch main at commit ${SHA(20).slice(0, 7)}`, artifact: { runId: 20 } });
  });

  it('is the newest run of the base branch when no run of the base commit has a package, and says so', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) }), baseRun(oneChanged, { id: 20, head_sha: SHA(20), conclusion: 'failure' })] });
    const event = { pull_request: { number: 7, base: { ref: 'main', sha: SHA(20) } } };
    const found = await findBasePackage('base', contextOf({ event }), downloadDir());
    expect(found).toMatchObject({
      status: 'found',
      target: `the base branch main (no run of the pull request's base commit ${SHA(20).slice(0, 7)} has a package; its newest run's)`,
      artifact: { runId: 10 },
    });
    // Neither with a package: what was looked at, plainly; an expired package of the base commit is said.
    await startApi({ runs: [baseRun(basePackage, { id: 20, head_sha: SHA(20) }, { expired: true })] });
    expect(await findBasePackage('base', contextOf({ event }), downloadDir())).toEqual({
      status: 'none',
      target: 'the base branch main',
      reason: `the newest package artifact, ${artifactNameOf({ ...identityOf('20'), checkRunId: '920' })} of run 20, has expired`,
    });
  });

  it('compares with the pull request found by pr-number when the event names none (workflow_dispatch, say)', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10), head_branch: 'release' })], pulls: [{ number: 9, head: { sha: SHA(1), ref: 'x', owner: 'octo' }, base: { ref: 'release' } }] });
    const found = await findBasePackage('base', { ...contextOf({ event: {}, eventName: 'workflow_dispatch' }), prNumber: 9 }, downloadDir());
    expect(found).toMatchObject({ status: 'found', target: 'the base branch release', artifact: { runId: 10 } });
  });

  it('a workflow_run of a pull request (a fork’s: the event lists none): the pull request found by its head, then its base', async () => {
    await startApi({
      runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10), head_branch: 'main' })],
      pulls: [{ number: 12, head: { sha: SHA(77), ref: 'patch-1', owner: 'fork' }, base: { ref: 'main' } }],
    });
    const event = { workflow_run: { head_sha: SHA(77), head_branch: 'patch-1', head_repository: { owner: { login: 'fork' } }, pull_requests: [] } };
    const found = await findBasePackage('base', contextOf({ event, eventName: 'workflow_run' }), downloadDir());
    expect(found).toMatchObject({ status: 'found', target: 'the base branch main', artifact: { runId: 10 } });
  });

  it('a pr-number that names no pull request: no base, and the line says what the API did not find', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const found = await findBasePackage('base', { ...contextOf({ event: {}, eventName: 'workflow_dispatch' }), prNumber: 404 }, downloadDir());
    expect(found).toEqual({ status: 'none', target: 'the base', reason: 'the API answered 404 for /repos/octo/lessons/pulls/404' });
  });

  it('takes this job’s artifact only (not another job’s or key’s), of the latest attempt that uploaded one', async () => {
    const zip = zipFolder(basePackage, path.basename(basePackage));
    const named = (attempt: string, change: Partial<ReturnType<typeof identityOf>>) => artifactNameOf({ ...identityOf('10'), runAttempt: attempt, checkRunId: '5', ...change });
    const run: FakeWorkflowRun = {
      ...baseRun(basePackage, { id: 10, head_sha: SHA(10), run_attempt: 3 }),
      artifacts: [
        { id: 1, name: named('1', {}), content: zip },
        { id: 2, name: named('2', {}), content: zip },
        { id: 3, name: named('3', { job: 'other' }), content: zip },
        { id: 4, name: named('3', { key: 'matrix-1' }), content: zip },
        { id: 5, name: 'coverage-report', content: zip },
      ],
    };
    await startApi({ runs: [run] });
    expect(await findBasePackage('base', contextOf(), downloadDir())).toMatchObject({ status: 'found', artifact: { id: 2 } });
    // The matrix entry's own base is its own entry's artifact.
    expect(await findBasePackage('base', contextOf({ key: 'matrix-1' }), downloadDir())).toMatchObject({ status: 'found', artifact: { id: 4 } });
  });
});

describe('the base of a push or a manual run', () => {
  it('push: the run of the commit before the push, not the branch’s newest', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 20, head_sha: SHA(20) }), baseRun(oneChanged, { id: 21, head_sha: SHA(21) })] });
    const found = await findBasePackage('base', contextOf({ eventName: 'push', event: { before: SHA(20), after: SHA(99) } }), downloadDir());
    expect(found).toMatchObject({ status: 'found', target: `the previous commit ${SHA(20).slice(0, 7)}`, artifact: { runId: 20 } });
  });

  it('a new branch’s first push (before is all zeros) and workflow_dispatch: the head commit’s parent', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 30, head_sha: SHA(30) })], commits: [{ sha: SHA(99), parents: [SHA(30)] }] });
    const push = await findBasePackage('base', contextOf({ eventName: 'push', event: { before: '0'.repeat(40) } }), downloadDir());
    expect(push).toMatchObject({ status: 'found', artifact: { runId: 30 } });
    const dispatch = await findBasePackage('base', contextOf({ eventName: 'workflow_dispatch', event: {} }), downloadDir());
    expect(dispatch).toMatchObject({ status: 'found', target: `the previous commit ${SHA(30).slice(0, 7)}`, artifact: { runId: 30 } });
  });

  it('a ref: a branch by name; a tag through the commit it names; a full SHA directly', async () => {
    await startApi({
      runs: [baseRun(basePackage, { id: 40, head_sha: SHA(40), head_branch: 'main' }), baseRun(oneChanged, { id: 41, head_sha: SHA(41), head_branch: 'release' })],
      commits: [{ sha: SHA(40), parents: [], refs: ['v1.0'] }],
    });
    const push = { eventName: 'push', event: { before: SHA(41) } };
    expect(await findBasePackage('release', contextOf(push), downloadDir())).toMatchObject({ status: 'found', target: 'release', artifact: { runId: 41 } });
    expect(await findBasePackage('v1.0', contextOf(push), downloadDir())).toMatchObject({ status: 'found', target: 'v1.0', artifact: { runId: 40 } });
    expect(await findBasePackage(SHA(40), contextOf(push), downloadDir())).toMatchObject({ status: 'found', artifact: { runId: 40 } });
    expect(await findBasePackage('nope', contextOf(push), downloadDir())).toEqual({ status: 'none', target: 'nope', reason: 'no branch, tag or commit nope has a successful run of this workflow' });
  });
});

describe('no base package: said, never an error', () => {
  it('no run at all (the workflow is new: the API does not know it yet)', async () => {
    await startApi();
    expect(await findBasePackage('base', contextOf(), downloadDir())).toEqual({ status: 'none', target: 'the base branch main', reason: 'no successful run of this workflow for the base branch main' });
  });

  it('runs, none with this job’s package; looked at no more than ten of them', async () => {
    const runs = Array.from({ length: 45 }, (_, i) => ({ ...baseRun(basePackage, { id: 100 + i, head_sha: SHA(100 + i) }), artifacts: [] }));
    await startApi({ runs });
    const found = await findBasePackage('base', contextOf(), downloadDir());
    expect(found).toMatchObject({ status: 'none', reason: "none of the 10 newest successful run(s) of this workflow has this job's package artifact for the base branch main" });
    expect(artifactLists()).toHaveLength(10);
    expect(runsListed()).toHaveLength(1);
  });

  it("the token may not read Actions (no actions: read): the workflow's mistake, a warning, and a budget fails", async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    api.actionsRead = false;
    const found = await findBasePackage('base', contextOf(), downloadDir());
    expect(found).toMatchObject({ status: 'error', reason: 'the token may not read the workflow runs of octo/lessons (403): grant the job actions: read' });
    const compared = await compareWithBase('base', { maxQualityDrop: 0 }, oneChanged, contextOf(), downloadDir());
    expect(compared.warning).toContain('grant the job actions: read');
    expect(compared.problems).toEqual(['compare-with: the token may not read the workflow runs of octo/lessons (403): grant the job actions: read; the budgets could not be checked']);
  });

  it('expired', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) }, { expired: true })] });
    const found = await findBasePackage('base', contextOf(), downloadDir());
    expect(found).toMatchObject({ status: 'none', reason: expect.stringMatching(/^the newest package artifact, lyfe-kt-10-1-lessons-lessons-910 of run 10, has expired$/) });
  });
});

describe('a base that is there and cannot be had', () => {
  it('a damaged zip: an error naming the artifact; with a budget the job fails, without one it warns', async () => {
    const run = baseRun(basePackage, { id: 10, head_sha: SHA(10) });
    run.artifacts[0].content = Buffer.from('not a zip');
    await startApi({ runs: [run] });
    const found = await findBasePackage('base', contextOf(), downloadDir());
    expect(found).toMatchObject({ status: 'error', reason: expect.stringMatching(/^the package artifact lyfe-kt-10-1-lessons-lessons-910 of run 10 could not be downloaded or unpacked: lyfe-kt-10-1-lessons-lessons-910\.zip: not a readable zip file/) });

    const warned = await compareWithBase('base', {}, oneChanged, contextOf(), downloadDir());
    expect(warned.problems).toEqual([]);
    expect(warned.warning).toMatch(/^compare-with: the package artifact lyfe-kt-10-1-lessons-lessons-910 of run 10 could not be downloaded or unpacked: .*\. Re-run the workflow on the base/);
    expect(warned.note).toMatch(/^Compared with the base: \*\*not compared\*\*: /);
    const gated = await compareWithBase('base', { maxQualityDrop: 0.05 }, oneChanged, contextOf(), downloadDir());
    expect(gated.problems).toEqual([expect.stringMatching(/^compare-with: the package artifact .* could not be downloaded or unpacked: .*; the budgets could not be checked$/)]);
  });

  it('a zip whose entry would land outside the folder is refused before anything is written', async () => {
    const run = baseRun(basePackage, { id: 10, head_sha: SHA(10) });
    run.artifacts[0].content = zipFolder(basePackage, '../escaped');
    await startApi({ runs: [run] });
    const dir = downloadDir();
    const found = await findBasePackage('base', contextOf(), dir);
    expect(found).toMatchObject({ status: 'error', reason: expect.stringContaining('would be written outside the folder it is unpacked to') });
    expect(fs.existsSync(path.join(dir, '..', 'escaped'))).toBe(false);
  });

  it('a package that does not match its manifest is not compared', async () => {
    const tampered = path.join(temp, 'tampered');
    fs.cpSync(basePackage, tampered, { recursive: true });
    const output = path.join(tampered, '03_output');
    const first = fs.readdirSync(output)[0];
    fs.appendFileSync(path.join(output, first), ' ');
    await startApi({ runs: [baseRun(tampered, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', {}, oneChanged, contextOf(), downloadDir());
    expect(compared.view).toBeUndefined();
    expect(compared.warning).toContain('could not be compared');
    expect(compared.warning).toContain('the base package does not match its manifest');
  });
});

describe('the comparison', () => {
  it('one source changed: exactly that source is named changed', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', {}, oneChanged, contextOf(), downloadDir());
    expect(compared.problems).toEqual([]);
    expect(compared.view!.comparison.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(compared.view!.comparison.sources.filter((source) => source.status !== 'unchanged').map((source) => source.source)).toEqual(['solidao_cronica.md']);
    expect(compared.note).toBe(
      `Compared with the base branch main: package artifact [lyfe-kt-10-1-lessons-lessons-910](https://github.com/octo/lessons/actions/runs/10/artifacts/100) of [run 10](https://github.com/octo/lessons/actions/runs/10) (main at commit ${SHA(10).slice(0, 7)}).`,
    );
  });

  it('identical content, another session: nothing changed', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', { maxQualityDrop: 0, maxNewIssues: 0 }, samePackage, contextOf(), downloadDir());
    expect(compared.view!.comparison.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2 });
    expect(compared.view!.checks.map((check) => check.status)).toEqual(['pass', 'pass']);
    expect(compared.problems).toEqual([]);
  });

  it('a budget exceeded is a problem that says which and by how much', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', { maxQualityDrop: 0.01 }, placeholderPackage, contextOf(), downloadDir());
    expect(compared.problems).toEqual([expect.stringMatching(/^compare-with: budget max-quality-drop exceeded: quality drop at most 0\.01: exceeded: ari_persona_consistency dropped 0\.\d+ \(1 -> 0\.\d+\)$/)]);
  });

  it('a shard compares only with the same shard of the same articles: another split is not compared, and a budget fails', async () => {
    const base = await packageOf(writeContent(path.join(temp, 'split-base')), path.join(temp, 'split-base-out'), { shard: '0/2' });
    const grown = writeContent(path.join(temp, 'split-head'));
    fs.copyFileSync(path.join(grown, 'solidao_cronica.md'), path.join(grown, 'novo.md'));
    const head = await packageOf(grown, path.join(temp, 'split-head-out'), { shard: '0/2' });
    await startApi({ runs: [baseRun(base, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', { maxNewIssues: 0 }, head, contextOf(), downloadDir());
    expect(compared.view).toBeUndefined();
    expect(compared.problems).toEqual([
      expect.stringMatching(/^compare-with: the package artifact \S+ of run 10 is shard 0\/2 of 2 article\(s\) and this package is shard 0\/2 of 3 article\(s\) of another split: .*compare the merged packages instead; the budgets could not be checked$/),
    ]);
    // The same shard of the same articles compares as any package does.
    const same = await packageOf(writeContent(path.join(temp, 'split-same')), path.join(temp, 'split-same-out'), { shard: '0/2' });
    const again = await compareWithBase('base', { maxNewIssues: 0 }, same, contextOf(), downloadDir());
    expect(again.problems).toEqual([]);
    expect(again.view!.comparison.counts.unchanged).toBeGreaterThan(0);
  });

  it('no base and a budget: a line that says the budgets were not checked, no failure', async () => {
    await startApi();
    const compared = await compareWithBase('base', { maxNewIssues: 0 }, oneChanged, contextOf(), downloadDir());
    expect(compared).toEqual({ note: 'Compared with the base branch main: no base package (no successful run of this workflow for the base branch main). The budgets were not checked.', problems: [] });
  });
});

describe('the report step', () => {
  /**
   * The report step after stages that built `packagePath`, on `event` (a pull request by default),
   * with the test's REST fake for the base and the comment; no upload.
   */
  async function reportStep(options: { packagePath: string; compareWith: string; budgets: Budgets; eventName?: string; event?: Record<string, unknown> }) {
    const inputs: ActionInputs = {
      openaiApiKey: '', jobKey: '', comment: true, uploadArtifact: false, compress: false, recursive: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '', compareWith: options.compareWith, budgets: options.budgets,
    };
    const runnerTemp = fs.mkdtempSync(path.join(temp, 'runner-'));
    const event = options.event ?? { pull_request: { number: 7, base: { ref: 'main' } } };
    const { setup, services, said, steps } = reportStepOf({ inputs, runId: '500', runnerTemp, workingDirectory: temp, apiUrl: api.url, event, eventName: options.eventName });
    fs.writeFileSync(setup.packageResult, JSON.stringify({ path: options.packagePath, name: path.basename(options.packagePath) }));
    const result = await report({ githubToken: TOKEN, steps }, services);
    const { summary, warnings } = said;
    return { result, summary, warnings };
  }

  it('no base package: one line in the summary and the comment, and the job passes', async () => {
    await startApi();
    const { result, summary, warnings } = await reportStep({ packagePath: oneChanged, compareWith: 'base', budgets: { maxNewIssues: 0 } });

    expect(result.failure).toBeUndefined();
    expect(result.outputs.success).toBe('true');
    const line = 'Compared with the base branch main: no base package (no successful run of this workflow for the base branch main). The budgets were not checked.';
    expect(summary).toContain(line);
    expect(api.comments[0].body).toContain(line);
    expect(summary).not.toContain('## Compared with the base run');
    expect(warnings).toEqual([]);
  });

  it('a budget exceeded: the step fails, with the line in the summary and the comment; the budget that held is not a failure', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const { result, summary } = await reportStep({ packagePath: placeholderPackage, compareWith: 'base', budgets: { maxQualityDrop: 0.01, maxNewIssues: 20 } });

    expect(result.outputs.success).toBe('false');
    const line = /- compare-with: budget max-quality-drop exceeded: quality drop at most 0\.01: exceeded: ari\\_persona\\_consistency dropped 0\.\d+ \(1 -&gt; 0\.\d+\)/;
    expect(summary).toMatch(line);
    expect(api.comments[0].body).toMatch(line);
    expect(summary).toContain('### Budgets');
    expect(result.failure).toMatch(/^lyfe-kt: compare-with: budget max-quality-drop exceeded: /);
    expect(result.failure).not.toContain('max-new-issues');
  });

  it('a ref on a push: the newest package of that branch; the same articles: nothing changed', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10), head_branch: 'release' })] });
    const { result, summary } = await reportStep({ packagePath: samePackage, compareWith: 'release', budgets: {}, eventName: 'push', event: { ref: 'refs/heads/main', before: 'c'.repeat(40) } });

    expect(result.failure).toBeUndefined();
    expect(summary).toContain('Compared with release: package artifact [lyfe-kt-10-1-lessons-lessons-910]');
    expect(summary).toContain('Sources: **0 changed**, 0 added, 0 removed, 2 unchanged');
    expect(changedSources(summary)).toEqual([]);
    expect(runsListed()[0]).toMatchObject({ path: '/repos/octo/lessons/actions/workflows/lessons.yml/runs' });
  });
});

describe('a long comparison', () => {
  it('is cut on its own, and the comment keeps the execution summary under GitHub’s limit', async () => {
    await startApi({ runs: [baseRun(basePackage, { id: 10, head_sha: SHA(10) })] });
    const compared = await compareWithBase('base', {}, oneChanged, contextOf(), downloadDir());
    const comparison = compared.view!.comparison;
    // Two thousand changed sources, each with its files: far more than a comment holds.
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...comparison.sources.find((source) => source.status === 'changed')!, source: `article_${i}.md` }));
    const view: ReportView = {
      sessionId: 'gha_500_1', success: true, problems: [], notes: [compared.note], summary: null, steps: [], packageName: 'lessons', artifact: { name: 'a', skipped: 'test' },
      runUrl: 'https://github.com/octo/lessons/actions/runs/500/attempts/1', jobLabel: 'lessons', comparison: { ...compared.view!, comparison: { ...comparison, sources: many } },
    };
    const comment = renderComment(view, '<!-- marker -->');
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment).toContain('The comparison was cut to fit here');
    // What follows the comparison is still there, whole.
    expect(comment).toContain('The session left no records');
    expect(comment.indexOf('The comparison was cut')).toBeLessThan(comment.indexOf('<details><summary>Execution summary</summary>'));
    expect(renderJobSummary(view)).toContain('article\\_1999.md');
  });
});

describe('packageArtifactAttempt', () => {
  it('recognises the names the action gives, long ones cut with a hash too, and nothing else', () => {
    const identity = { ...identityOf('10'), key: 'k'.repeat(150) };
    const long = artifactNameOf({ ...identity, runAttempt: '2', checkRunId: '31' });
    expect(long.length).toBeLessThanOrEqual(128);
    expect(packageArtifactAttempt(long, identity, '10')).toBe(2);
    expect(packageArtifactAttempt(long, identity, '1')).toBeNull();
    expect(packageArtifactAttempt(artifactNameOf({ ...identityOf('10'), key: 'shard-2', checkRunId: '5' }), identityOf('10', 'shard'), '10')).toBeNull();
    expect(packageArtifactAttempt(artifactNameOf({ ...identityOf('10'), key: 'shard', checkRunId: '5' }), identityOf('10', 'shard'), '10')).toBe(1);
  });
});

describe('the inputs', () => {
  const given = (inputs: Record<string, string>) => {
    for (const name of ['compare_with', 'max_quality_drop', 'max_cost_increase', 'max_new_issues']) vi.stubEnv(`INPUT_${name.toUpperCase()}`, inputs[name] ?? '');
    for (const name of ['comment', 'upload_artifact', 'compress', 'recursive', 'fail_on_invalid']) vi.stubEnv(`INPUT_${name.toUpperCase()}`, 'true');
    vi.stubEnv('INPUT_CONTENT_PATH', 'content');
  };
  afterEach(() => vi.unstubAllEnvs());

  it('are read with the CLI’s parsers, and reach the report step through setup’s outputs', () => {
    given({ compare_with: 'base', max_quality_drop: '0.05', max_cost_increase: '10%', max_new_issues: '0' });
    const inputs = getInputs();
    expect(inputs).toMatchObject({ compareWith: 'base', budgets: { maxQualityDrop: 0.05, maxCostIncrease: { percent: 10 }, maxNewIssues: 0 } });
    const runnerTemp = fs.mkdtempSync(path.join(temp, 'runner-'));
    const env = { GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'lessons', RUNNER_TEMP: runnerTemp, GITHUB_ACTION_PATH: '/actions/lyfe-kt' };
    const setup = setupRun(inputs, env, temp);
    expect(setupFromSteps({ setup: { outputs: setupOutputs(setup) } })).toMatchObject({ compareWith: 'base', budgets: inputs.budgets });
  });

  it('a wrong value names the input as the workflow spells it', () => {
    given({ compare_with: 'base', max_quality_drop: '5' });
    expect(() => getInputs()).toThrow('input max-quality-drop "5": expected a number from 0 to 1');
    given({ compare_with: 'main branch' });
    expect(() => getInputs()).toThrow('input compare-with must be empty, base, or a branch, tag or commit SHA, not "main branch"');
    // What git allows in a branch name is taken; what it refuses is not.
    for (const branch of ['release+2024', 'users/ana@team/x', 'v1.2.3', 'feat/ção', 'a_b-c']) {
      given({ compare_with: branch });
      expect(getInputs().compareWith, branch).toBe(branch);
    }
    for (const wrong of ['-main', 'a..b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'a@{1}', '@', '.hidden', 'a/.b', 'a.lock', 'a/', 'a.', 'a//b', '/a']) {
      given({ compare_with: wrong });
      expect(() => getInputs(), wrong).toThrow(`input compare-with must be empty, base, or a branch, tag or commit SHA, not ${JSON.stringify(wrong)}`);
    }
  });

  it('a budget needs compare-with, and compare-with a package this run builds', () => {
    const inputs: ActionInputs = { openaiApiKey: '', jobKey: '', comment: false, uploadArtifact: false, compress: false, recursive: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '' };
    const env = { GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'lessons', RUNNER_TEMP: temp };
    expect(() => setupRun({ ...inputs, budgets: { maxNewIssues: 0, maxQualityDrop: 0.1 } }, env, temp)).toThrow('input max-new-issues, max-quality-drop needs compare-with');
    expect(() => setupRun({ ...inputs, contentPath: '', reportPackage: basePackage, compareWith: 'base' }, env, temp)).toThrow('with report-package none is built');
  });
});
