import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackageLogs } from '../../src/package/archive.js';
import { packageRun } from '../../src/package/assemble.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { startFakeOpenAI, type FakeReply } from '../fakes/openai-server.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { filterSession } from '../helpers/filter-paths.js';
import { ARTICLES, CONTENT, packagesIn, sessionLines } from './cli-support.js';

/**
 * `run` killed with SIGKILL at 20 points, each chosen by the model calls seen (the k-th request
 * arrives and is held, the k before it answered), then packaged: every package verifies, says
 * `success: false`, and holds every record the run wrote before it was killed.
 */

/** Seven articles: 7 analysis calls, then 14 supertask calls (two levels each); points 0..19 fall among them. */
const ARTICLE_COUNT = 7;
const POINTS = Array.from({ length: 20 }, (_, k) => k);

let root: string | undefined;
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function prepare(dir: string): void {
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (let i = 0; i < ARTICLE_COUNT; i++) {
    const source = ARTICLES[i % ARTICLES.length];
    fs.copyFileSync(path.join(CONTENT, source), path.join(dir, 'articles', `a${i}_${source}`));
  }
}

/** Runs `run` against a fake that answers `k` requests and holds the next; kills the run when that one arrives. */
async function killAt(dir: string, k: number): Promise<{ signal: NodeJS.Signals | null; requests: number }> {
  const held: (() => void)[] = [];
  let onHeld: () => void = () => {};
  const heldOne = new Promise<void>((resolve) => (onHeld = resolve));
  const fake = await startFakeOpenAI({
    handler: (body, index) => {
      if (index < k) return { content: pipelineReply(body) };
      onHeld();
      return new Promise<FakeReply>((resolve) => held.push(() => resolve({ status: 503 })));
    },
  });
  try {
    const child = spawn(process.execPath, [CLI, 'run', 'articles', '--provider', 'openai', '--concurrency', '1'], {
      cwd: dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test-0000000000000000000000', OPENAI_BASE_URL: fake.url }),
      stdio: 'ignore',
    });
    const exit = new Promise<NodeJS.Signals | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve(signal));
    });
    await Promise.race([heldOne, exit]);
    child.kill('SIGKILL');
    return { signal: await exit, requests: fake.requests.length };
  } finally {
    for (const release of held) release();
    await fake.close();
  }
}

describe.concurrent('run killed with SIGKILL at 20 points, then packaged', () => {
  it.each(POINTS)('killed when model request %i arrives', async (k) => {
    root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-kill-'));
    const dir = path.join(root, String(k));
    prepare(dir);

    const killed = await killAt(dir, k);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.requests).toBeGreaterThan(k);
    const session = (JSON.parse(fs.readFileSync(path.join(dir, 'work/.lyfe-kt-session.json'), 'utf8')) as { session_id: string }).session_id;
    const before = { processing: sessionLines(path.join(dir, 'logs'), 'processing', session), prompts: sessionLines(path.join(dir, 'logs'), 'prompts', session) };
    // Every request that reached the model was recorded before it was sent (a sibling may be recorded and not yet arrived).
    expect(before.prompts.filter((line) => line.includes('"llm.request"')).length).toBeGreaterThanOrEqual(killed.requests);

    // The killed run left its indexes open: read through them, the session's lines are the scan's,
    // and the reader says that it scanned from where the killed writer was last indexed.
    for (const kind of ['processing', 'prompts'] as const) {
      const file = path.join(dir, 'logs', `${kind}.jsonl`);
      const indexed = filterSession(file, session, false);
      expect(indexed.output === filterSession(file, session, true).output, kind).toBe(true);
      expect(indexed.note, kind).toMatch(/stopped without closing/);
    }

    // `lyfe-kt package` is packageRun and a printout: run in this process, it spares a CLI start per point.
    const packaged = await packageRun({ workDir: path.join(dir, 'work'), logDir: path.join(dir, 'logs'), outputDir: path.join(dir, 'packages') });

    expect(packaged.success).toBe(false);
    const [pkg, ...others] = packagesIn(dir);
    expect(others).toEqual([]);
    expect(verifyPackage(pkg)).toMatchObject({ ok: true, problems: [] });
    const logs = readPackageLogs(pkg);
    expect(JSON.parse(logs.files.get('metadata.json')!.toString())).toMatchObject({ session_id: session, execution: { success: false } });
    const inPackage = {
      processing: new Set(logs.files.get('processing.jsonl')!.toString().split('\n')),
      prompts: new Set(logs.files.get('prompts.jsonl')!.toString().split('\n')),
    };
    for (const kind of ['processing', 'prompts'] as const) {
      const lost = before[kind].filter((line) => !inPackage[kind].has(line));
      expect(lost, `${kind} records written before the kill`).toEqual([]);
    }
    // The sources the run was given are in the package; nothing of the run is left in work/.
    expect(fs.readdirSync(path.join(pkg, '01_raw'))).toHaveLength(ARTICLE_COUNT);
    expect(fs.readdirSync(path.join(dir, 'work'))).toEqual([]);
  });
});
