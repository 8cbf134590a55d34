import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/input-helper.js';
import { report, type ReportServices } from '../../src/action/report.js';
import { setupOutputs, setupRun } from '../../src/action/setup.js';

/** The report step's operation with its services injected: no runner, no network. */
let temp: string;
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

const inputs: ActionInputs = {
  openaiApiKey: '', jobKey: '', comment: false, uploadArtifact: true, compress: false, failOnInvalid: true, contentPath: 'content', title: '', reportPackage: '',
};

function start() {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-report-'));
  const env = { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'lessons', GITHUB_REPOSITORY: 'octo/lessons', RUNNER_TEMP: temp, GITHUB_ACTION_PATH: '/actions/lyfe-kt' };
  const setup = setupRun(inputs, env, temp);
  const said: { summary: string; warnings: string[] } = { summary: '', warnings: [] };
  const services: ReportServices = {
    env,
    artifactClient: () => {
      throw new Error('no upload without a package');
    },
    octokit: () => {
      throw new Error('no comment asked for');
    },
    writeSummary: async (markdown) => {
      said.summary = markdown;
    },
    info: () => undefined,
    notice: () => undefined,
    warning: (message) => said.warnings.push(message),
  };
  const steps = { setup: { outcome: 'success', outputs: setupOutputs(setup) }, preprocess: { outcome: 'success' }, generate: { outcome: 'success' }, package: { outcome: 'success' } };
  return { setup, services, said, steps };
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
