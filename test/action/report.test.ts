import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/input-helper.js';
import { report } from '../../src/action/report.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../fakes/github-api.js';
import { reportStepOf } from './report-step.js';

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
  openaiApiKey: '', jobKey: '', comment: false, uploadArtifact: true, compress: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '',
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
