import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LogRecord } from '../../src/records/types.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * The viewer's record filters choose the records `lyfe-kt logs --package` prints with the same
 * filters: a package's records (both streams), the page `view` writes for them, and the CLI's
 * `--json` lines of each stream, compared filter by filter.
 */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-viewer-filters-');
const { open } = useBrowser();

function records(): { processing: LogRecord[]; prompts: LogRecord[] } {
  const at = (s: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();
  let n = 0;
  const record = (stage: LogRecord['stage'], level: LogRecord['level'], event: string, data?: Record<string, unknown>): LogRecord => {
    n += 1;
    return { time: at(n), level, session: SESSION, stage, event, msg: `record-${n}`, pid: 7, ...(data ? { data } : {}) };
  };
  return {
    processing: [
      record('session', 'info', 'session.start'),
      record('preprocess', 'info', 'stage.start'),
      record('preprocess', 'warn', 'step'),
      record('preprocess', 'error', 'file.result', { ok: false }),
      record('preprocess', 'error', 'stage.end', { status: 'failed' }),
      record('generate', 'debug', 'step'),
      record('generate', 'info', 'stage.start'),
      record('generate', 'warn', 'step'),
      record('generate', 'error', 'error'),
      record('session', 'info', 'session.end'),
    ],
    prompts: [
      record('preprocess', 'debug', 'llm.request', { call_id: 'call_a', attempt: 1 }),
      record('preprocess', 'warn', 'llm.attempt', { call_id: 'call_a', attempt: 1, outcome: 'retry' }),
      record('preprocess', 'debug', 'llm.request', { call_id: 'call_a', attempt: 2 }),
      record('preprocess', 'error', 'llm.attempt', { call_id: 'call_a', attempt: 2, outcome: 'failed' }),
      record('generate', 'debug', 'llm.request', { call_id: 'call_b', attempt: 1 }),
      record('generate', 'info', 'llm.attempt', { call_id: 'call_b', attempt: 1, outcome: 'ok' }),
    ],
  };
}

describe("the viewer's filters", () => {
  test('show the records `lyfe-kt logs --package` prints with the same --stage and --level', async () => {
    const dir = temp();
    const { processing, prompts } = records();
    fs.mkdirSync(path.join(dir, 'logs'));
    const jsonl = (list: LogRecord[]) => list.map((r) => `${JSON.stringify(r)}\n`).join('');
    fs.writeFileSync(path.join(dir, 'logs', 'processing.jsonl'), jsonl(processing));
    fs.writeFileSync(path.join(dir, 'logs', 'prompts.jsonl'), jsonl(prompts));
    const cli = async (args: string[]): Promise<string> => {
      const exit = await start([CLI, ...args], { cwd: dir, env: cliEnv(), timeoutMs: 60_000 }).exit;
      expect(exit.code, exit.stderr).toBe(0);
      return exit.stdout;
    };
    const viewed = JSON.parse(await cli(['view', dir, '--json'])) as { path: string };
    /** The messages of the records the CLI prints with `flags`, both streams, by time (as the viewer lists them). */
    const printed = async (flags: string[]): Promise<string[]> => {
      const lines = [...(await cli(['logs', '--package', dir, '--json', ...flags])).split('\n'), ...(await cli(['logs', '--package', dir, '--json', '--prompts', ...flags])).split('\n')];
      return lines
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogRecord)
        .sort((a, b) => a.time.localeCompare(b.time))
        .map((r) => r.msg);
    };

    const { page, errors } = await open(viewed.path);
    /** The messages of the rows the list shows (all of them are drawn: the session is small). */
    const listed = async (): Promise<string[]> => (await page.locator('#rows .row').allTextContents()).map((text) => /record-\d+/.exec(text)![0]);
    expect(await listed()).toEqual(await printed([]));
    for (const stage of ['session', 'preprocess', 'generate']) {
      await page.selectOption('#f-stage', stage);
      expect(await listed(), `--stage ${stage}`).toEqual(await printed(['--stage', stage]));
    }
    await page.selectOption('#f-stage', '');
    for (const level of ['debug', 'info', 'warn', 'error']) {
      await page.selectOption('#f-level', level);
      expect(await listed(), `--level ${level}`).toEqual(await printed(['--level', level]));
    }
    // Both at once, as --stage generate --level warn.
    await page.selectOption('#f-stage', 'generate');
    await page.selectOption('#f-level', 'warn');
    expect(await listed()).toEqual(await printed(['--stage', 'generate', '--level', 'warn']));
    // The choice says what it keeps.
    expect(await page.locator('#f-level option:checked').textContent()).toBe('warn and above');
    expect(errors).toEqual([]);
  }, 120_000);
});
