import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** `--json` as a script reads it: one object on stdout, its keys in one style across the commands. */

const ARTICLE = path.resolve('test/fixtures/content/como_dormir_bem.md');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-json-');

function cli(cwd: string, args: string[]): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv() }).exit;
}

/** Every key of `value`, at any depth, with its path. */
function keysOf(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keysOf(item, `${at}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${at}.${key}`, ...keysOf(inner, `${at}.${key}`)]);
}

describe('--json', () => {
  it('names every key in snake_case, as the records and the package metadata do, and no result `error`', async () => {
    const cwd = temp();
    const printed: Record<string, unknown> = {};
    for (const args of [
      ['preprocess', 'file', ARTICLE, 'work/02_preprocessed'],
      ['generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output'],
      ['package'],
      ['logs', '--list'],
    ]) {
      const exit = await cli(cwd, [...args, '--json']);
      expect(exit.code, exit.stderr).toBe(0);
      printed[args[0]] = JSON.parse(exit.stdout);
    }
    const packaged = printed.package as { path: string };
    const replay = await cli(cwd, ['replay', packaged.path, '--json']);
    expect(replay.code, replay.stderr).toBe(0);
    printed.replay = JSON.parse(replay.stdout);
    // `error` at the top is the error object's name: a result that carries one reads as a failure.
    expect(Object.entries(printed).filter(([, value]) => 'error' in (value as object)).map(([command]) => command)).toEqual([]);
    const notSnake = Object.entries(printed).flatMap(([command, value]) => keysOf(value).filter((key) => !/^[a-z0-9_]+$/.test(key.split('.').at(-1)!)).map((key) => `${command} ${key}`));
    expect(notSnake).toEqual([]);
  });
});
