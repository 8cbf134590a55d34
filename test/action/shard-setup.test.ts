import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getInputs, type ActionInputs } from '../../src/action/input-helper.js';
import { setupFromSteps, setupOutputs, setupRun } from '../../src/action/setup.js';

/** The action's shard and merge inputs, as the setup step reads and checks them. */
const saved = { ...process.env };
const temps: string[] = [];
afterEach(() => {
  process.env = { ...saved };
  for (const temp of temps.splice(0)) fs.rmSync(temp, { recursive: true, force: true });
});

const read = (inputs: Record<string, string>): ActionInputs => {
  process.env = { ...saved };
  const defaults = { comment: 'true', upload_artifact: 'true', compress: 'false', recursive: 'false', fail_on_invalid: 'true', mode: 'run', ...inputs };
  for (const [name, value] of Object.entries(defaults)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return getInputs();
};

const runner = () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-shard-setup-'));
  temps.push(temp);
  return { GITHUB_RUN_ID: '314', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'lessons', RUNNER_TEMP: temp, GITHUB_ACTION_PATH: '/actions/lyfe-kt', LYFE_KT_JOB_INDEX: '1', LYFE_KT_JOB_TOTAL: '3' };
};

describe('shard-index, shard-total and mode', () => {
  it('reads a shard as both numbers, or none; refuses one without the other, or out of range, naming the inputs', () => {
    expect(read({ content_path: 'content' }).shard).toBeUndefined();
    expect(read({ content_path: 'content', shard_index: '1', shard_total: '3' })).toMatchObject({ mode: 'run', shard: { index: 1, total: 3 } });
    expect(() => read({ content_path: 'content', shard_index: '1' })).toThrow(/inputs shard-index and shard-total must both be whole numbers/);
    expect(() => read({ content_path: 'content', shard_index: '3', shard_total: '3' })).toThrow(/inputs shard-index\/shard-total: the shard index 3 is not a whole number from 0 to 2/);
    expect(() => read({ mode: 'fan-in' })).toThrow('input mode must be run or merge, not "fan-in"');
  });

  it("a shard job posts no comment, even the one shard of one (the merge job posts the run's), and hands --shard to the stages", () => {
    const sharded = setupRun(read({ content_path: 'content', shard_index: '1', shard_total: '3' }), runner(), '.');
    expect(sharded).toMatchObject({ comment: false, shard: '1/3', mode: 'run', jobKey: 'matrix-1' });
    expect(setupFromSteps({ setup: { outputs: setupOutputs(sharded) } })).toEqual(sharded);
    const single = setupRun(read({ content_path: 'content', shard_index: '0', shard_total: '1' }), runner(), '.');
    expect(single).toMatchObject({ comment: false, shard: '0/1' });
  });

  it('refuses mode: merge and compare-with on GitHub Enterprise Server, which has no artifact of the action to read', () => {
    const ghes = { ...runner(), GITHUB_SERVER_URL: 'https://github.example.com' };
    expect(() => setupRun(read({ mode: 'merge', title: 'lessons' }), ghes, '.')).toThrow(/mode: merge takes the shard jobs' package artifacts, and on GitHub Enterprise Server the action uploads none/);
    expect(() => setupRun(read({ content_path: 'content', compare_with: 'base' }), ghes, '.')).toThrow(/input compare-with compares with a base run's package artifact, and on GitHub Enterprise Server/);
    // A shard job runs there (its package stays on the runner).
    expect(setupRun(read({ content_path: 'content', shard_index: '0', shard_total: '2' }), ghes, '.')).toMatchObject({ shard: '0/2' });
  });

  it('mode: merge takes no content, report-package or shard; a shard needs content-path', () => {
    expect(setupRun(read({ mode: 'merge', title: 'lessons' }), runner(), '.')).toMatchObject({ mode: 'merge', shard: '', comment: true });
    expect(() => setupRun(read({ mode: 'merge', content_path: 'content' }), runner(), '.')).toThrow(/mode: merge takes the shard packages of this workflow run/);
    expect(() => setupRun(read({ shard_index: '0', shard_total: '2' }), runner(), '.')).toThrow(/need content-path/);
    // shard-job names the sharded job a merge job merges, and reaches the report step.
    const merge = setupRun(read({ mode: 'merge', title: 'lessons', shard_job: 'en' }), runner(), '.');
    expect(setupFromSteps({ setup: { outputs: setupOutputs(merge) } })).toMatchObject({ mode: 'merge', shardJob: 'en' });
    expect(() => setupRun(read({ content_path: 'content', shard_job: 'en' }), runner(), '.')).toThrow('input shard-job names the sharded job whose packages a `mode: merge` job merges: give it with mode: merge only');
  });
});

describe('article names and the artifact', () => {
  it('refuses, before any stage, an article whose name GitHub artifacts refuse in a path, unless nothing is uploaded', () => {
    const env = runner();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-names-'));
    temps.push(work);
    fs.mkdirSync(path.join(work, 'content'));
    fs.writeFileSync(path.join(work, 'content', 'ok.md'), '# ok\n');
    // A hidden file is no article (the stages leave it out), so its name is never a package's.
    fs.writeFileSync(path.join(work, 'content', '.draft: v2?.md'), '# draft\n');
    expect(() => setupRun(read({ content_path: 'content' }), env, work)).not.toThrow();

    fs.writeFileSync(path.join(work, 'content', 'FAQ: dormir bem?.md'), '# FAQ\n');
    expect(() => setupRun(read({ content_path: 'content' }), runner(), work)).toThrow(
      `"FAQ: dormir bem?.md" in ${path.join(work, 'content')}: GitHub artifacts refuse a file name holding " * : < > ? | or a line break, and the package's files are named after the articles. Rename it, or set upload-artifact: false`,
    );
    expect(() => setupRun(read({ content_path: 'content', upload_artifact: 'false' }), runner(), work)).not.toThrow();
    expect(() => setupRun(read({ content_path: 'content' }), { ...runner(), GITHUB_SERVER_URL: 'https://github.example.com' }, work)).not.toThrow();
  });
});

describe('articles in subfolders', () => {
  it('a content-path whose articles are all in subfolders is refused before any stage, naming the recursive input; with recursive: true they are taken, and their names checked for the artifact', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-subfolders-'));
    temps.push(work);
    fs.mkdirSync(path.join(work, 'content', 'sono'), { recursive: true });
    fs.writeFileSync(path.join(work, 'content', 'sono', 'dormir.md'), '# dormir\n');
    fs.writeFileSync(path.join(work, 'content', 'sono', 'acordar.md'), '# acordar\n');
    const content = path.join(work, 'content');

    expect(() => setupRun(read({ content_path: 'content' }), runner(), work)).toThrow(
      `input content-path: ${content} holds its articles in subfolders only (${path.join(content, 'sono', 'acordar.md')}, ${path.join(content, 'sono', 'dormir.md')}): the action takes the .md files directly inside content-path. Set recursive: true to take the articles of its subfolders as well, or give a subfolder as content-path`,
    );
    const recursive = setupRun(read({ content_path: 'content', recursive: 'true' }), runner(), work);
    // The preprocess step gets --recursive from setup's output.
    expect(recursive.recursive).toBe(true);
    expect(setupOutputs(recursive)).toMatchObject({ recursive: 'true' });
    expect(setupFromSteps({ setup: { outputs: setupOutputs(recursive) } }).recursive).toBe(true);
    // A subfolder's article is named in the package by its file name: checked for the artifact as the top ones are.
    fs.writeFileSync(path.join(content, 'sono', 'FAQ: sono?.md'), '# FAQ\n');
    expect(() => setupRun(read({ content_path: 'content', recursive: 'true' }), runner(), work)).toThrow(`"FAQ: sono?.md" in ${content}: GitHub artifacts refuse a file name`);
    expect(() => setupRun(read({ content_path: 'content', recursive: 'true', upload_artifact: 'false' }), runner(), work)).not.toThrow();
    // Without recursive, a subfolder's files are not the run's: their names are not checked.
    fs.writeFileSync(path.join(content, 'comer.md'), '# comer\n');
    expect(() => setupRun(read({ content_path: 'content' }), runner(), work)).not.toThrow();
    // A folder that is not there is left to the preprocess step, which names it.
    expect(() => setupRun(read({ content_path: 'elsewhere' }), runner(), work)).not.toThrow();
  });
});
