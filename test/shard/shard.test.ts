import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, LyfeError } from '../../src/errors.js';
import { runArticles } from '../../src/package/run-pipeline.js';
import { parseShard, planShards } from '../../src/pipeline/shard.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('shards of a folder', () => {
  const temp = useTempDir('lyfe-kt-shard-');

  /** A folder of articles of the given sizes, named a00.md, a01.md ... (some in a subfolder). */
  function folder(sizes: number[]): string {
    const dir = path.join(temp(), 'articles');
    fs.mkdirSync(path.join(dir, 'more'), { recursive: true });
    sizes.forEach((size, index) => {
      const name = `a${String(index).padStart(2, '0')}.md`;
      fs.writeFileSync(path.join(dir, index % 3 === 0 ? 'more' : '', name), `# A${index}\n\n${'x'.repeat(size)}\n`);
    });
    return dir;
  }

  it('puts every file in exactly one shard, balanced by size, the same from any cwd or listing order', () => {
    const sizes = [900, 50, 400, 400, 120, 700, 60, 60, 300, 10, 800, 250, 30];
    const dir = folder(sizes);
    const { files } = runArticles(dir, { recursive: true });
    const plan = planShards(dir, files, 4);
    const all = plan.shards.flat();
    expect(all.sort()).toEqual([...files].sort());
    expect(new Set(all).size).toBe(files.length);
    // Greedy largest-first: no shard is heavier than the lightest by more than the largest file.
    const load = plan.shards.map((shard) => shard.reduce((sum, file) => sum + fs.statSync(file).size, 0));
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(Math.max(...files.map((file) => fs.statSync(file).size)));

    const reversed = planShards(dir, [...files].reverse(), 4);
    expect(reversed).toEqual(plan);
    // The answer depends on the paths inside the folder, not on how the folder is named.
    const absolute = planShards(path.resolve(dir), files.map((file) => path.resolve(file)), 4);
    expect(absolute.listing).toBe(plan.listing);
    expect(absolute.shards.map((shard) => shard.map((file) => path.relative(path.resolve(dir), file)))).toEqual(plan.shards.map((shard) => shard.map((file) => path.relative(dir, file))));
  });

  it('takes the files `run` takes: without --recursive the subfolder is left out, with it included', () => {
    const dir = folder([10, 20, 30, 40, 50, 60]);
    const top = runArticles(dir, { shard: { index: 0, total: 1 } });
    expect(top.files.map((file) => path.relative(dir, file))).toEqual(['a01.md', 'a02.md', 'a04.md', 'a05.md']);
    expect(top.shard).toMatchObject({ index: 0, total: 1, all_files: 4 });
    const deep = runArticles(dir, { recursive: true, shard: { index: 0, total: 1 } });
    expect(deep.files).toHaveLength(6);
    expect(deep.shard!.listing).not.toBe(top.shard!.listing);
  });

  it('refuses, in every shard, two articles of one name or of names alike that run refuses, though each shard holds one', () => {
    for (const [first, second] of [['Intro.md', 'intro.md'], ['a/x.md', 'b/x.md']] as const) {
      const dir = path.join(temp(), 'articles');
      for (const [name, size] of [[first, 10], [second, 20]] as const) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), `# A\n\n${'x'.repeat(size)}\n`);
      }
      // Split over two shards, each run would succeed, and the merge hold both (or be refused once every model call was paid for).
      for (const index of [0, 1]) {
        const thrown = (() => {
          try {
            runArticles(dir, { recursive: true, shard: { index, total: 2 } });
          } catch (error) {
            return error;
          }
        })();
        expect(thrown, `${first} ${second} shard ${index}`).toBeInstanceOf(LyfeError);
        expect((thrown as LyfeError).message).toMatch(/^has the same name as /);
      }
    }
  });

  it('refuses, in every shard, an article run refuses (empty, over --max-input-size, not UTF-8), though another shard holds it', () => {
    const bad: [string, string | Buffer][] = [
      ['empty.md', ''],
      ['big.md', `# Big\n\n${'x'.repeat(2000)}\n`],
      ['latin1.md', Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])],
    ];
    for (const [name, content] of bad) {
      const dir = folder([10, 20, 30, 40]);
      fs.writeFileSync(path.join(dir, name), content);
      const holder = [0, 1].find((index) => planShards(dir, runArticles(dir, { recursive: true }).files, 2).shards[index]!.includes(path.join(dir, name)))!;
      // Every other shard would run and be paid for, and the merge never complete: shard `holder` cannot run.
      for (const index of [0, 1]) {
        const thrown = (() => {
          try {
            runArticles(dir, { recursive: true, shard: { index, total: 2 }, maxInputSize: 1000 });
          } catch (error) {
            return error;
          }
        })();
        expect(thrown, `${name} shard ${index} (held by ${holder})`).toBeInstanceOf(LyfeError);
        expect((thrown as LyfeError).file).toBe(path.join(dir, name));
      }
      fs.rmSync(path.join(dir, name));
    }
  });

  it('gives an empty shard when there are more shards than files', () => {
    const dir = folder([10, 20]);
    const shards = [0, 1, 2].map((index) => runArticles(dir, { recursive: true, shard: { index, total: 3 } }).files);
    expect(shards.map((files) => files.length).sort()).toEqual([0, 1, 1]);
  });

  it('refuses a bad index or total with a usage error', () => {
    for (const bad of ['3/3', '-1/3', '1/0', 'a/b', '1', '0/1000']) {
      const error = (() => {
        try {
          parseShard(bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, bad).toBeInstanceOf(LyfeError);
      expect((error as LyfeError).exitCode, bad).toBe(ExitCode.usage);
      // The fix names the option given, --shard, not `shard`'s --total.
      expect((error as LyfeError).fix, bad).not.toMatch(/--total|--index/);
    }
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 });
  });

  it('prints the shard as paths relative to the cwd, one per line (or --json), and exits 2 on a bad index', () => {
    const dir = folder([10, 20, 30, 40, 50, 60]);
    const cwd = path.dirname(dir);
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'shard', ...args], { cwd, env: cliEnv(), encoding: 'utf8' });
    const expected = runArticles(dir, { recursive: true, shard: { index: 1, total: 2 } }).files.map((file) => path.relative(cwd, file));
    const printed = cli('--total', '2', '--index', '1', '--recursive', 'articles');
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(`${expected.join('\n')}\n`);
    const json = cli('--total', '2', '--index', '1', '--recursive', '--json', 'articles');
    expect(JSON.parse(json.stdout)).toMatchObject({ index: 1, total: 2, all_files: 6, files: expected });
    const bad = cli('--total', '2', '--index', '2', 'articles');
    expect(bad.status).toBe(ExitCode.usage);
    expect(bad.stderr).toBe('lyfe-kt: the shard index 2 is not a whole number from 0 to 1. Shards count from 0: give an index from 0 to 1 for 2 shards\n');
    expect(bad.stdout).toBe('');
    // Each option named as the command takes it (not as `run --shard`'s I/N).
    const fraction = cli('--total', '1.5', '--index', '0', 'articles');
    expect(fraction.status).toBe(ExitCode.usage);
    expect(fraction.stderr).toBe('lyfe-kt: the shard total "1.5" is not a whole number. Give --total the number of shards (the matrix size)\n');
    // An index left empty (a matrix variable unset) or written otherwise than in digits is not shard 0 or 1.
    for (const index of ['', ' ', '0x1', '1.0']) {
      const refused = cli('--total', '2', '--index', index, 'articles');
      expect(refused.status, index).toBe(ExitCode.usage);
      expect(refused.stderr).toBe(`lyfe-kt: the shard index ${JSON.stringify(index)} is not a whole number. Give --index the shard, counting from 0\n`);
      expect(refused.stdout).toBe('');
    }
    // What `run --shard` would refuse is refused before a matrix job is planned for it.
    fs.writeFileSync(path.join(dir, `${'z'.repeat(230)}.md`), '# z\n\ntext\n');
    const long = cli('--total', '1', '--index', '0', 'articles');
    expect(long.status).toBe(ExitCode.usage);
    expect(long.stderr).toMatch(/z{230}\.md: its output z{230}_filled_template_beginner\.json would have a name of 260 bytes/);
  });
});
