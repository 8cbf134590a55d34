import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listMarkdownFiles } from '../../src/pipeline/inputs.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** Entries of a folder of articles named like articles that are not files: a folder `notes.md`, a FIFO `pipe.md`. */

const ARTICLE = path.resolve('test/fixtures/content/como_dormir_bem.md');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-not-files-');

function cli(cwd: string, args: string[]): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(), timeoutMs: 60_000 }).exit;
}

/** `in/` with one article, a folder `notes.md` holding another, and a FIFO `pipe.md`. */
function folderOfArticles(): string {
  const cwd = temp();
  fs.mkdirSync(path.join(cwd, 'in', 'notes.md'), { recursive: true });
  fs.copyFileSync(ARTICLE, path.join(cwd, 'in', 'como_dormir_bem.md'));
  fs.copyFileSync(ARTICLE, path.join(cwd, 'in', 'notes.md', 'inner.md'));
  execFileSync('mkfifo', [path.join(cwd, 'in', 'pipe.md')]);
  return cwd;
}

describe('entries named like articles that are not files', () => {
  test('are listed apart, never read; a folder only when --recursive does not take its files', () => {
    const cwd = folderOfArticles();
    const dir = path.join(cwd, 'in');
    const flat = listMarkdownFiles(dir);
    expect(flat.files).toEqual([path.join(dir, 'como_dormir_bem.md')]);
    expect(flat.notFiles).toEqual([
      { path: path.join(dir, 'notes.md'), kind: 'a folder' },
      { path: path.join(dir, 'pipe.md'), kind: 'a FIFO' },
    ]);
    const deep = listMarkdownFiles(dir, { recursive: true });
    expect(deep.files).toEqual([path.join(dir, 'como_dormir_bem.md'), path.join(dir, 'notes.md', 'inner.md')]);
    expect(deep.notFiles).toEqual([{ path: path.join(dir, 'pipe.md'), kind: 'a FIFO' }]);

    fs.rmSync(path.join(dir, 'como_dormir_bem.md'));
    fs.rmSync(path.join(dir, 'notes.md'), { recursive: true });
    expect(() => listMarkdownFiles(dir)).toThrow('contains no .md files (pipe.md is a FIFO)');
  });

  test('preprocess directory and run name them in a warning; generate directory names a template that is not a file', async () => {
    const cwd = folderOfArticles();
    const pre = await cli(cwd, ['preprocess', 'directory', 'in', 'out', '--provider', 'offline']);
    expect(pre.code, pre.stderr).toBe(0);
    expect(pre.stderr).toContain(
      'warning left out 2 entries named like articles that are not files: in/notes.md (a folder: pass --recursive to take its articles), in/pipe.md (a FIFO)',
    );
    const run = await cli(cwd, ['run', 'in', '--recursive', '--provider', 'offline', '--work-dir', 'w2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning left out 1 entry named like articles that is not a file: in/pipe.md (a FIFO)');

    fs.mkdirSync(path.join(cwd, 'out', 'old_filled_template.md'));
    const generated = await cli(cwd, ['generate', 'directory', 'out', 'gen', '--provider', 'offline']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stderr).toContain(
      'warning left out 1 entry named like articles that is not a file: out/old_filled_template.md (a folder: give the folder itself to `generate directory`)',
    );
  }, 120_000);
});

describe('a hidden article given by name', () => {
  test('has its template taken by generate directory, as preprocess wrote it; a ._ copy beside it is left out', async () => {
    const cwd = temp();
    // A hidden file is left out of a folder of articles, and its warning says to give it by name.
    fs.copyFileSync(ARTICLE, path.join(cwd, '.draft.md'));
    const pre = await cli(cwd, ['preprocess', 'file', '.draft.md', 'work/02_preprocessed', '--provider', 'offline']);
    expect(pre.code, pre.stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'work/02_preprocessed/.draft_filled_template.md'))).toBe(true);
    // macOS's copy of its metadata, on a volume that is not its own: no template.
    fs.writeFileSync(path.join(cwd, 'work/02_preprocessed/._draft_filled_template.md'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    const generated = await cli(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output', '--provider', 'offline']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'work/03_output')).sort()).toEqual(['.draft_filled_template_advanced.json', '.draft_filled_template_beginner.json']);
    expect(generated.stderr).toContain('left out 1 hidden file(s), named from a dot or in a folder that is: work/02_preprocessed/._draft_filled_template.md');
  }, 120_000);
});
