import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/input-helper.js';
import { report } from '../../src/action/report.js';
import { recordStep, runCommand } from '../../src/action/stage-step.js';
import { run } from '../../src/index.js';
import { writeManifest } from '../../src/package/manifest.js';
import { mergePackages } from '../../src/package/merge.js';
import { readQualityReport } from '../../src/package/quality-issues/report.js';
import { SHIPPED_PRICES, usePriceTable } from '../../src/records/cost.js';
import { recordFile } from '../../src/records/filter.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { packageOf, withPlaceholders, writeContent } from './compare-fixtures.js';
import { reportStepOf } from './report-step.js';
import { SessionBuilder } from '../package/session-records.js';

/** The report step's operation with its services injected: no runner, no network but the loopback fake of the REST API. */
const temps: string[] = [];
let api: FakeGitHubApi | undefined;
afterEach(async () => {
  for (const temp of temps.splice(0)) fs.rmSync(temp, { recursive: true, force: true });
  await api?.close();
  api = undefined;
});

const TOKEN = 'ghs_reporttokenreporttoken000000000';
const inputs: ActionInputs = {
  openaiApiKey: '', jobKey: '', comment: false, uploadArtifact: true, compress: false, recursive: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '',
};

/**
 * A report step of run 77 after stages that succeeded: `given` changes the inputs and the job's
 * environment; with `api`, the event is a pull request (#7) and comments go to that fake.
 */
function start(given: { inputs?: Partial<ActionInputs>; env?: Record<string, string> } = {}) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
  temps.push(temp);
  const { setup, services, said, steps } = reportStepOf({ inputs: { ...inputs, ...given.inputs }, runId: '77', runnerTemp: temp, workingDirectory: temp, apiUrl: api?.url, env: given.env });
  /** Leaves the package step's result: a package folder with its manifest. */
  const packaged = () => {
    const folder = path.join(setup.packagesDir, 'lessons-2026-01-01-10-00');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'manifest.json'), '{"files":[]}\n');
    fs.writeFileSync(setup.packageResult, JSON.stringify({ path: folder, name: path.basename(folder) }));
    return folder;
  };
  return { setup, services, said, steps, packaged };
}

describe('the package step’s result', () => {
  it('missing: no package was built', async () => {
    const { services, steps } = start();
    const result = await report({ githubToken: 't', steps }, services);
    expect(result.failure).toBe('lyfe-kt: no package was built; see the package step');
  });

  it('empty, as the exec step leaves it when the package step stops before printing its result: the step\'s failure and no package, not a result that is not JSON', async () => {
    const { setup, services, said, steps } = start();
    const command = [process.execPath, '-e', 'console.error("lyfe-kt: packages: no space left on device"); process.exit(1)'];
    const run = await runCommand(command, { stdoutFile: setup.packageResult, echo: { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() } });
    recordStep('package', command, run, setup);
    const result = await report({ githubToken: 't', steps: { ...steps, package: { outcome: 'failure' } } }, services);

    expect(result.failure).toBe('lyfe-kt: package step failed (exit code 1): lyfe-kt: packages: no space left on device; no package was built; see the package step');
    expect(said.summary).not.toContain('not JSON');
  });

  it('corrupt: reported as what it is, with the file and the fix, not as "no package was built"', async () => {
    const { setup, services, said, steps } = start();
    fs.writeFileSync(setup.packageResult, '{"path": "packages/x", "na');
    const result = await report({ githubToken: 't', steps }, services);

    expect(result.failure).toMatch(new RegExp(`^lyfe-kt: ${setup.packageResult.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the package step's result is not JSON \\(.+\\)\\. The package step wrote something other than \`lyfe-kt package --json\` output`));
    expect(result.failure).not.toContain('no package was built');
    expect(result.outputs.success).toBe('false');
    expect(said.summary).toContain("the package step's result is not JSON");
  });

  it('JSON that names no package path', async () => {
    const { setup, services, steps } = start();
    fs.writeFileSync(setup.packageResult, '{"ok": true}');
    const result = await report({ githubToken: 't', steps }, services);
    expect(result.failure).toContain("the package step's result names no package path");
  });
});

describe('LYFE_KT_PRICES', () => {
  afterEach(() => usePriceTable(SHIPPED_PRICES));

  it('that cannot be used does not cost the run its report: the summary and the comment say the cost is unknown, and a warning names it and the fix', async () => {
    api = await startFakeGitHubApi();
    const { setup, services, said, steps, packaged } = start({ inputs: { comment: true, uploadArtifact: false }, env: { LYFE_KT_PRICES: 'prices.json' } });
    fs.writeFileSync(path.join(setup.workingDirectory, 'prices.json'), '{"as_of": "2027-01-15", "models": {}}');
    // Two calls of a model the shipped table prices: any dollar amount would be the shipped table's, which nobody chose.
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.attempt('preprocess', 1, { call_id: 'c_1', model: 'gpt-5.4-mini', input: ['a.md'], output: ['a_ari_analysis.json'] });
    s.attempt('preprocess', 1, { call_id: 'c_2', model: 'gpt-5.4-mini', input: ['b.md'], output: ['b_ari_analysis.json'] });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 2, files_out: 4 });
    fs.mkdirSync(setup.logDir, { recursive: true });
    for (const [kind, records] of [['processing', s.processing], ['prompts', s.prompts]] as const) {
      fs.writeFileSync(recordFile(setup.logDir, kind), records.map(({ level, time, ...rest }) => `${JSON.stringify({ level, time, ...rest, session: setup.sessionId })}\n`).join(''));
    }
    packaged();
    const result = await report({ githubToken: TOKEN, steps }, services);

    expect(result.failure).toBeUndefined();
    expect(said.warnings).toEqual([
      expect.stringMatching(/^LYFE_KT_PRICES cannot be used, so the cost of the model calls is unknown: .*prices\.json: the price table is not valid: \/ must have required property 'source'\. Make prices\.json a JSON object .* or unset LYFE_KT_PRICES/),
    ]);
    expect(said.summary).toContain('**Model cost**: unknown for 2 calls');
    expect(said.summary).not.toMatch(/\$\d/);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('**Model cost**: unknown for 2 calls');
    expect(api.comments[0].body).toContain('LYFE\\_KT\\_PRICES cannot be used');
  });
});

describe('the entries of a matrix', () => {
  it('comment each under a marker of its own when no job-key is given', async () => {
    api = await startFakeGitHubApi();
    for (const index of ['0', '1']) {
      const { services, steps, packaged } = start({ inputs: { comment: true, uploadArtifact: false }, env: { LYFE_KT_JOB_INDEX: index, LYFE_KT_JOB_TOTAL: '2' } });
      packaged();
      const result = await report({ githubToken: TOKEN, steps }, services);
      expect(result.failure).toBeUndefined();
    }

    expect(api.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- lyfe-kt:summary workflow=.github/workflows/lessons.yml job=lessons key=matrix-0 -->',
      '<!-- lyfe-kt:summary workflow=.github/workflows/lessons.yml job=lessons key=matrix-1 -->',
    ]);
    expect(api.comments.map((comment) => comment.body)).toEqual([expect.stringContaining('gha_77_1_matrix-0'), expect.stringContaining('gha_77_1_matrix-1')]);
  });
});

describe('on GitHub Enterprise Server', () => {
  it('skips the upload with a warning and a summary line, keeps the package on disk, attests nothing, and links the comment to the server', async () => {
    api = await startFakeGitHubApi();
    const { setup, services, said, steps, packaged } = start({
      inputs: { comment: true },
      env: { GITHUB_SERVER_URL: 'https://github.example.com', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://github.example.com/_oidc' },
    });
    const folder = packaged();
    expect(setup.attest).toBe(false);
    const result = await report({ githubToken: TOKEN, steps }, services);

    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({ success: 'true', 'artifact-id': '', 'package-path': folder });
    expect(said.uploads).toBe(0);
    expect(fs.existsSync(path.join(folder, 'manifest.json'))).toBe(true);
    expect(said.warnings).toEqual([expect.stringMatching(/^not uploading the package: GitHub Enterprise Server has no artifact service/)]);
    expect(said.summary).toMatch(/Package artifact: not uploaded \(GitHub Enterprise Server has no artifact service/);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('https://github.example.com/octo/lessons/actions/runs/77');
    expect([said.summary, api.comments[0].body].filter((text) => text.includes(TOKEN))).toEqual([]);
  });
});

describe('a package reported from an earlier run (the fork-safe workflow_run pattern)', () => {
  /** What the fork's own run wrote: every file of its package, its session id in metadata.json included. */
  let made: string;
  beforeAll(async () => {
    made = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-reported-'));
    const content = writeContent(path.join(made, 'content'));
    for (const session of ['gha_8400_2', 'gha_8399_1']) {
      const folder = path.join(made, session);
      await run(content, { provider: 'offline', session, workDir: path.join(folder, 'work'), logDir: path.join(folder, 'logs'), outputDir: path.join(folder, 'packages'), title: 'lessons' });
    }
  });
  afterAll(() => fs.rmSync(made, { recursive: true, force: true }));

  /** The package `session` made, as the workflow_run job downloaded it; `claim` rewrites its session id, manifest and all, as a fork's code can. */
  function downloaded(session: string, claim?: string): string {
    const [name] = fs.readdirSync(path.join(made, session, 'packages'));
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-downloaded-'));
    temps.push(folder);
    fs.cpSync(path.join(made, session, 'packages', name), path.join(folder, name), { recursive: true });
    if (claim !== undefined) {
      const metadata = path.join(folder, name, 'logs/metadata.json');
      fs.writeFileSync(metadata, JSON.stringify({ ...JSON.parse(fs.readFileSync(metadata, 'utf8')), session_id: claim }));
      writeManifest(path.join(folder, name));
    }
    return folder;
  }

  /** The workflow_run event of the fork's pull_request run 8400, attempt 2, as GitHub writes it. */
  const workflowRun = {
    action: 'completed',
    workflow_run: { id: 8400, run_attempt: 2, event: 'pull_request', conclusion: 'success', head_sha: 'f0f0f0', head_branch: 'sleep-tips', head_repository: { owner: { login: 'someone' } }, pull_requests: [] },
  };

  async function reportOf(folder: string, event: Record<string, unknown>, eventName: string, prNumber?: number) {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
    temps.push(temp);
    const { services, said, steps } = reportStepOf({
      inputs: { ...inputs, contentPath: '', reportPackage: folder, comment: true, prNumber }, runId: '8500', runnerTemp: temp, workingDirectory: temp, apiUrl: api!.url, event, eventName,
    });
    const result = await report({ githubToken: TOKEN, steps }, services);
    expect(result.failure, said.summary).toBeUndefined();
    expect(api!.comments).toHaveLength(1);
    return { summary: said.summary, comment: api!.comments[0].body };
  }

  const link = (run: string) => `[workflow run](https://github.com/octo/lessons/actions/runs/${run})`;

  it('links the run the workflow_run event is about, its id and attempt from the event', async () => {
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });
    const { summary, comment } = await reportOf(downloaded('gha_8400_2'), workflowRun, 'workflow_run');

    expect(api.comments[0].issue).toBe(9);
    for (const text of [summary, comment]) {
      expect(text).toContain(`Reported from the artifact of the earlier ${link('8400/attempts/2')} this \`workflow_run\` event is about.`);
      expect(text).toContain(`Session \`gha_8400_2\``);
      expect(text).not.toContain('claims session');
    }
  });

  it("reports a merged package of shards from all its shards' records, not as a run that left none", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-merged-'));
    temps.push(root);
    const content = writeContent(path.join(root, 'content'));
    const shards: string[] = [];
    for (const index of [0, 1]) {
      const folder = path.join(root, `shard-${index}`);
      const result = await run(content, { provider: 'offline', shard: `${index}/2`, workDir: path.join(folder, 'work'), logDir: path.join(folder, 'logs'), outputDir: path.join(folder, 'packages'), title: `shard-${index}` });
      shards.push(result.package.path);
    }
    const merged = await mergePackages({ packages: shards, title: 'lessons', outputDir: path.join(root, 'merged') });
    const metadata = JSON.parse(fs.readFileSync(path.join(merged.path, 'logs/metadata.json'), 'utf8')) as { ai_usage: { total_api_calls: number } };
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });

    const { summary } = await reportOf(path.join(root, 'merged'), workflowRun, 'workflow_run');

    expect(summary).not.toContain('left no records');
    expect(summary).toContain('# ✅ lyfe-kt:');
    expect(summary).toMatch(new RegExp(`\\b${metadata.ai_usage.total_api_calls} (requests|API calls|calls)\\b`));
  });

  it('never links the run a package claims: one of another run is linked to the event\'s run and its claim shown as text', async () => {
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });
    // A package really made in run 8399 (another pull request's, say), uploaded by the run of 8400.
    const { summary, comment } = await reportOf(downloaded('gha_8399_1'), workflowRun, 'workflow_run');

    for (const text of [summary, comment]) {
      expect(text).toContain(`Reported from the artifact of the earlier ${link('8400/attempts/2')} this \`workflow_run\` event is about. The package claims session gha\\_8399\\_1, which is not of that run.`);
      expect(text).not.toContain('actions/runs/8399');
    }
  });

  it('shows a claim that is no session id escaped, in the header too, where it cannot end the code span, link or mention', async () => {
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });
    const claim = 'gha_1_1` [run](https://evil.example/runs/1) @octocat <b>';
    const { summary, comment } = await reportOf(downloaded('gha_8400_2', claim), workflowRun, 'workflow_run');

    const escaped = 'gha\\_1\\_1\\` \\[run\\](https:\u2060//evil.example/runs/1) @\u2060octocat &lt;b&gt;';
    for (const text of [summary, comment]) {
      expect(text).toContain(`this \`workflow_run\` event is about. The package claims session ${escaped}, which is not of that run.`);
      expect(text).toContain(`Session ${escaped} · job`);
      expect(text).not.toContain('[run](https://evil.example');
      expect(text).not.toContain('https://evil.example');
      expect(text).not.toContain('@octocat');
      expect(text).not.toContain('<b>');
    }
  });

  it("shows a reported package's quality_issues.json as text: its ids, rules and counts cannot add HTML, links or mentions", async () => {
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });
    const folder = downloaded('gha_8400_2');
    const [name] = fs.readdirSync(folder);
    const hostile = '<img src=x> [x](https://evil.example) @octocat';
    const issue = { id: hostile, rule: hostile, severity: 'info', file: 'a.json', path: null, message: 'm', records: [], call_id: null };
    fs.writeFileSync(path.join(folder, name!, 'logs/quality_issues.json'), JSON.stringify({ session_id: 'gha_8400_2', counts: { error: 0, warning: 0, info: hostile }, issues: [issue] }));
    writeManifest(path.join(folder, name!));

    const { summary, comment } = await reportOf(folder, workflowRun, 'workflow_run');

    for (const text of [summary, comment]) {
      expect(text).toContain('Quality Issues');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@octocat');
      expect(text).not.toContain('https://evil.example');
    }
  });

  it('lists the quality issues of the package under Quality Issues, as the run that made it did', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-issues-'));
    temps.push(root);
    const made = await packageOf(writeContent(path.join(root, 'content'), withPlaceholders), path.join(root, 'made'), { session: 'gha_8400_2' });
    const issues = readQualityReport(made)!;
    expect(issues.counts.error).toBeGreaterThan(0);
    api = await startFakeGitHubApi();
    api.pulls.push({ number: 9, head: { sha: 'f0f0f0', ref: 'sleep-tips', owner: 'someone' } });

    const { summary, comment } = await reportOf(path.dirname(made), workflowRun, 'workflow_run');

    for (const text of [summary, comment]) {
      expect(text).toContain('## Quality Issues');
      expect(text).toContain(`**${issues.issues[0].id} ${issues.issues[0].rule}**`);
    }
  });

  it('fails on the package\'s quality issues with fail-on-quality, as the run that made it did, whatever ended its generate step', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-issues-'));
    temps.push(root);
    const session = 'gha_8400_2';
    const logDir = path.join(root, 'made/logs');
    // fail-on-invalid: false let its generate step pass with exit code 3, before the quality gate's 5.
    recordStep('generate', ['lyfe-kt', 'generate'], { exitCode: 3, durationMs: 40, stdout: '', stderr: '' }, { sessionId: session, logDir });
    await packageOf(writeContent(path.join(root, 'content'), withPlaceholders), path.join(root, 'made'), { session });
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
    temps.push(temp);
    const { services, said, steps } = reportStepOf({
      inputs: { ...inputs, contentPath: '', reportPackage: path.join(root, 'made/packages'), failOnInvalid: false, failOnQuality: 'error' }, runId: '8500', runnerTemp: temp, workingDirectory: temp,
    });

    const result = await report({ githubToken: TOKEN, steps }, services);

    expect(result.failure).toBe('lyfe-kt: generate: quality issues at or above fail-on-quality (see Quality Issues below)');
    expect(said.summary).toContain('# ❌ lyfe-kt:');
  });

  it("judges fail-on-quality on the issues a reported package lists, whatever its counts say, and a file of no list does not stop the report", async () => {
    const folder = downloaded('gha_8400_2');
    const [name] = fs.readdirSync(folder);
    const issuesFile = path.join(folder, name!, 'logs/quality_issues.json');
    const judge = async (report_: unknown): Promise<string | undefined> => {
      fs.writeFileSync(issuesFile, JSON.stringify(report_));
      writeManifest(path.join(folder, name!));
      const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
      temps.push(temp);
      const { services, steps } = reportStepOf({ inputs: { ...inputs, contentPath: '', reportPackage: folder, failOnQuality: 'error' }, runId: '8500', runnerTemp: temp, workingDirectory: temp });
      return (await report({ githubToken: TOKEN, steps }, services)).failure;
    };
    const error = { id: 'Q1', rule: 'forbidden-text', severity: 'error', file: 'a.json', path: null, message: 'm', records: [], call_id: null };
    expect(await judge({ session_id: 'gha_8400_2', counts: { error: 0, warning: 0, info: 0 }, issues: [error] })).toBe('lyfe-kt: generate: quality issues at or above fail-on-quality (see Quality Issues below)');
    expect((await judge({})) ?? '').not.toMatch(/quality issues/);
  });

  it('takes a generate step that ended with invalid supertasks as fail-on-invalid says, as the run that made the package did', async () => {
    // The run that made it had fail-on-invalid: false: its generate step exited 3 and passed.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-invalid-'));
    temps.push(root);
    const session = 'gha_8400_2';
    const logDir = path.join(root, 'made/logs');
    recordStep('generate', ['lyfe-kt', 'generate'], { exitCode: 3, durationMs: 40, stdout: '', stderr: 'generate: 1 supertask failed the schema\n' }, { sessionId: session, logDir });
    await packageOf(writeContent(path.join(root, 'content')), path.join(root, 'made'), { session });
    const reportWith = async (failOnInvalid: boolean) => {
      const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
      temps.push(temp);
      const { services, said, steps } = reportStepOf({ inputs: { ...inputs, contentPath: '', reportPackage: path.join(root, 'made/packages'), failOnInvalid }, runId: '8500', runnerTemp: temp, workingDirectory: temp });
      return { result: await report({ githubToken: TOKEN, steps }, services), said };
    };

    const passed = await reportWith(false);
    expect(passed.result.failure, passed.said.summary).toBeUndefined();
    expect(passed.said.summary).toContain('# ✅ lyfe-kt:');
    expect(passed.said.summary).toContain('| generate | ✅ success | 3 |');

    const failed = await reportWith(true);
    expect(failed.result.failure).toBe('lyfe-kt: generate: some supertasks failed the schema (set fail-on-invalid: false to keep the job green)');
  });

  it('on an event that names no workflow run, links this run and shows the claim as text', async () => {
    api = await startFakeGitHubApi();
    const { summary, comment } = await reportOf(downloaded('gha_8400_2'), { inputs: {} }, 'workflow_dispatch', 9);

    for (const text of [summary, comment]) {
      expect(text).toContain('Reported from a package of an earlier run, which this event (workflow\\_dispatch) does not name. The package claims session gha\\_8400\\_2, which nothing here confirms.');
      expect(text).toContain(link('8500/attempts/1'));
      expect(text).not.toContain('actions/runs/8400');
    }
  });
});
