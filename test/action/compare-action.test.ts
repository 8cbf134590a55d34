import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeWorkflowRun } from '../fakes/github-api.js';
import { baseRun, packageOf, type Edit, rewordOne, withPlaceholders, writeContent } from './compare-fixtures.js';
import { explain, type Job, startJob, stopJob } from './job.js';
import type { ActionRun } from './runner.js';

/**
 * `compare-with` through `action.yml`, run as the runner runs it from this checkout's `dist/`
 * bundles, against the loopback REST and artifact fakes: the base run's package artifact is found,
 * downloaded, compared, and shown in the job summary and the comment. Two articles, offline.
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

/** One run of the action on `content`, with the base runs the API knows. */
async function runWith(options: { runs: FakeWorkflowRun[]; content?: Edit; inputs: Record<string, string>; event?: Record<string, unknown>; eventName?: string }): Promise<ActionRun> {
  job = await startJob({ runs: options.runs }, (folder) => writeContent(folder, options.content));
  return job.run({ inputs: options.inputs, event: options.event ?? pullRequest, env: { GITHUB_EVENT_NAME: options.eventName ?? 'pull_request' } });
}

/** The rows of the comparison's table of sources that differ. */
function changedSources(markdown: string): string[] {
  const start = markdown.indexOf('| source | change |');
  if (start < 0) return [];
  const rows = markdown.slice(start).split('\n').slice(2);
  const end = rows.findIndex((line) => !line.startsWith('| '));
  return rows.slice(0, end < 0 ? rows.length : end);
}

const BASE_LINE = `Compared with the base branch main: package artifact [lyfe-kt-10-1-lessons-lessons-910](https://github.com/octo/lessons/actions/runs/10/artifacts/100) of [run 10](https://github.com/octo/lessons/actions/runs/10) (main at commit ${BASE_SHA.slice(0, 7)}).`;

describe('compare-with: base on a pull request', () => {
  it('one article changed: the summary and the comment name exactly that source, and the job passes', async () => {
    const run = await runWith({ runs: [baseRun(basePackage, { id: 10, head_sha: BASE_SHA })], content: rewordOne, inputs: { 'compare-with': 'base' } });
    expect(run.failed, explain(run)).toBe(false);
    const [summary] = run.summaries;
    const [comment] = job.api.comments;
    for (const text of [summary, comment.body]) {
      expect(text).toContain(BASE_LINE);
      expect(text).toContain('## Compared with the base run');
      expect(text).toContain('Sources: **1 changed**, 0 added, 0 removed, 1 unchanged');
      expect(changedSources(text)).toEqual(['| solidao\\_cronica.md | changed |']);
    }
    // The comparison sits before the folded execution summary in the comment.
    expect(comment.body.indexOf('## Compared with the base run')).toBeLessThan(comment.body.indexOf('<details><summary>Execution summary</summary>'));
    expect(job.api.blobRequests).toHaveLength(1);
  });

  it('a budget exceeded: the step fails, with the line in the summary and the comment', async () => {
    const run = await runWith({ runs: [baseRun(basePackage, { id: 10, head_sha: BASE_SHA })], content: withPlaceholders, inputs: { 'compare-with': 'base', 'max-quality-drop': '0.01', 'max-new-issues': '5' } });
    expect(run.failed).toBe(true);
    expect(run.steps.find((step) => step.id === 'report')!.outcome).toBe('failure');
    expect(run.outputs.success).toBe('false');
    const line = /- compare-with: budget max-quality-drop exceeded: quality drop at most 0\.01: exceeded: ari\\_persona\\_consistency dropped 0\.\d+ \(1 -&gt; 0\.\d+\)/;
    expect(run.summaries[0]).toMatch(line);
    expect(job.api.comments[0].body).toMatch(line);
    expect(run.summaries[0]).toContain('### Budgets');
    expect(run.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/^lyfe-kt: compare-with: budget max-quality-drop exceeded: /);
    // The budget that held is not a failure.
    expect(run.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n')).not.toContain('max-new-issues');
  });
});

describe('compare-with: a ref on a push', () => {
  it('the newest package of that branch; the same articles: nothing changed', async () => {
    const runs = [baseRun(basePackage, { id: 10, head_sha: BASE_SHA, head_branch: 'release' })];
    const run = await runWith({ runs, inputs: { 'compare-with': 'release' }, event: { ref: 'refs/heads/main', before: 'c'.repeat(40) }, eventName: 'push' });
    expect(run.failed, explain(run)).toBe(false);
    const [summary] = run.summaries;
    expect(summary).toContain('Compared with release: package artifact [lyfe-kt-10-1-lessons-lessons-910]');
    expect(summary).toContain('Sources: **0 changed**, 0 added, 0 removed, 2 unchanged');
    expect(changedSources(summary)).toEqual([]);
    expect(job.api.requests.find((request) => request.path.endsWith('/runs'))).toMatchObject({ path: '/repos/octo/lessons/actions/workflows/lessons.yml/runs' });
  });
});
