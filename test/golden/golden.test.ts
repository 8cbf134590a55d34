import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { run } from '../../src/index.js';
import { EarlyPrompts } from '../../src/package/early-prompts.js';

/**
 * The package of one offline run of test/fixtures/content, byte for byte: every file's digest
 * after the values that differ between two runs of the same input by design are replaced (the
 * process id, the folder the run started in, the Node version, the random call ids in order of
 * appearance, and the digests and sizes that cover them; the viewer's compressed records are compared
 * uncompressed). The clock is frozen, so times and durations are
 * fixed. A change to any package file fails here with the files named; when the change is meant,
 * `LYFE_KT_UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites test/fixtures/golden-package.json.
 */
const GOLDEN = path.resolve('test/fixtures/golden-package.json');
const SESSION = 'sess_2026-01-02_03-04-05_0123abcd';

let temp: string;
let cwd: string;
beforeEach(() => {
  cwd = process.cwd();
  temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-golden-')));
  fs.cpSync(path.resolve('test/fixtures/content'), path.join(temp, 'content'), { recursive: true });
  process.chdir(temp);
  vi.useFakeTimers({ toFake: ['Date', 'performance'], now: new Date('2026-01-02T03:04:05.000Z') });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  process.chdir(cwd);
  fs.rmSync(temp, { recursive: true, force: true });
});

/** Every file of the package, sorted by name, with the by-design differences replaced. */
function normalizedFiles(folder: string): Map<string, string> {
  const names = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const callIds = new Map<string, string>();
  const files = new Map<string, string>();
  for (const name of names) {
    const text = fs
      .readFileSync(path.join(folder, name), 'utf8')
      .replace(/(<script type="application\/x-lyfe-kt\+gzip;base64"[^>]*>)([A-Za-z0-9+/=]+)/g, (_, tag: string, data: string) => tag + gunzipSync(Buffer.from(data, 'base64')).toString('utf8'))
      .replaceAll(temp, '<cwd>')
      .replaceAll(process.version, '<node>')
      .replace(/("pid":\s*)\d+/g, '$1<pid>')
      .replace(/\bcall_[0-9a-f]{12}\b/g, (id) => callIds.get(id) ?? (callIds.set(id, `call_${String(callIds.size + 1).padStart(12, '0')}`), callIds.get(id)!))
      .replace(/\b[0-9a-f]{64}\b/g, '<sha256>');
    // Sizes follow the process id's digits and the viewer's compression; the files' own contents are compared.
    files.set(name, text.replace(/("(?:bytes|logs_bytes)":\s*)\d+/g, '$1<bytes>'));
  }
  return files;
}

/** Runs the fixtures offline and compares the package with the golden one. */
async function expectGolden(): Promise<void> {
  const result = await run('content', { session: SESSION, provider: 'offline', concurrency: 1, title: 'golden' });
  expect(result.package.success).toBe(true);
  const files = normalizedFiles(path.join(temp, result.package.path));
  const digests = Object.fromEntries([...files].map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]));

  if (process.env.LYFE_KT_UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, `${JSON.stringify({ package: result.package.name, files: digests }, null, 2)}\n`);
  const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as { package: string; files: Record<string, string> };
  const changed = Object.keys({ ...golden.files, ...digests }).filter((name) => golden.files[name] !== digests[name]);
  if (changed.length) {
    // Kept for a diff against a run of the earlier code: the folder is named in the failure.
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-golden-changed-'));
    for (const [name, text] of files) {
      fs.mkdirSync(path.dirname(path.join(kept, name)), { recursive: true });
      fs.writeFileSync(path.join(kept, name), text);
    }
    expect.fail(`package files changed: ${changed.join(', ')} (the normalized package is in ${kept}; if the change is meant, run LYFE_KT_UPDATE_GOLDEN=1 npx vitest run test/golden)`);
  }
  expect(result.package.name).toBe(golden.package);
}

it('an offline run of the fixtures packages byte for byte as before, apart from what differs by design', async () => {
  // The prompt files come from the rendering made during the run.
  const take = vi.spyOn(EarlyPrompts.prototype, 'take');
  await expectGolden();
  expect(take).toHaveBeenCalledOnce();
  expect(take.mock.results[0]!.value).toBeDefined();
});

it('packages the same bytes when the prompt records are rendered from the record files instead', async () => {
  const take = vi.spyOn(EarlyPrompts.prototype, 'take').mockReturnValue(undefined);
  await expectGolden();
  expect(take).toHaveBeenCalledOnce();
});
