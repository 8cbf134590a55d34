import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeWorkflowRun } from '../fakes/github-api.js';
import { baseRun, changedSources, packageOf, type Edit, rewordOne, writeContent } from './compare-fixtures.js';
import { explain, type Job, startJob, stopJob } from './job.js';
import type { ActionRun } from './runner.js';

/**
 * `compare-with` through `action.yml`, run as the runner runs it from this checkout's `dist/`
 * bundles, against the loopback REST and artifact fakes: the base run's package artifact is found,
 * downloaded, compared, and shown in the job summary and the comment. Two articles, offline. One
 * run proves the inputs' way through the action; what the report step does with other bases,
 * events and budgets is test/action/compare-base.test.ts's, in-process.
 */
const BASE_SHA = 'b'.repeat(40);

// Whole runs of the action on a machine that others share.
vi.setConfig({ testTimeout: 300_000 });

let temp: string;
let basePackage: string;
let job: Job;

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-compare-action-'));
  basePackage = await packageOf(writeContent(path.join(temp, 'base-content')), path.join(temp, 'base'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
afterEach(() => stopJob(job));

const pullRequest = { action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main' }, head: { repo: { full_name: 'octo/lessons', fork: false } } } };

/** One run of the action on a pull request of `content`, with the base runs the API knows. */
async function runWith(options: { runs: FakeWorkflowRun[]; content?: Edit; inputs: Record<string, string> }): Promise<ActionRun> {
  job = await startJob({ runs: options.runs }, (folder) => writeContent(folder, options.content));
  return job.run({ inputs: options.inputs, event: pullRequest });
}

const BASE_LINE = `Compared with the base branch main: package artifact [lyfe-kt-10-1-lessons-lessons-910](https://github.com/octo/lessons/actions/runs/10/artifacts/100) of [run 10](https://github.com/octo/lessons/actions/runs/10) (main at commit ${BASE_SHA.slice(0, 7)}).`;

describe('compare-with: base on a pull request', () => {
  it('one article changed: the summary and the comment name exactly that source, the budgets given hold, and the job passes', async () => {
    const run = await runWith({ runs: [baseRun(basePackage, { id: 10, head_sha: BASE_SHA })], content: rewordOne, inputs: { 'compare-with': 'base', 'max-quality-drop': '0.5', 'max-cost-increase': '10%', 'max-new-issues': '5' } });
    expect(run.failed, explain(run)).toBe(false);
    const [summary] = run.summaries;
    const [comment] = job.api.comments;
    for (const text of [summary, comment.body]) {
      expect(text).toContain(BASE_LINE);
      expect(text).toContain('## ✅ Compared with the base run');
      expect(text).toContain('Sources: **1 changed**, 0 added, 0 removed, 1 unchanged');
      expect(changedSources(text)).toEqual(['| solidao\\_cronica.md | changed |']);
      // The three budget inputs reached the report step, and held.
      expect(text).toMatch(/### Budgets\n\n- ✅ quality drop at most 0\.5: within.*\n- ✅ cost increase at most 10%: within.*\n- ✅ new quality issues at most 5: within/);
    }
    // The comparison sits before the folded execution summary in the comment.
    expect(comment.body.indexOf('## ✅ Compared with the base run')).toBeLessThan(comment.body.indexOf('<details><summary>Execution summary</summary>'));
    expect(job.api.blobRequests).toHaveLength(1);
  });
});
