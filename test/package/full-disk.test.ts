import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { packageRun } from '../../src/package/assemble.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { useRunStages } from '../helpers/run-stages.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** `lyfe-kt package` when the disk of the log folder fills up once the package is in place. */

const SOURCE = path.resolve('test/fixtures/content/como_dormir_bem.md');
const runUpTo = useRunStages([SOURCE], {
  preprocessed: ['preprocess', 'file', 'work/01_raw/como_dormir_bem.md', 'work/02_preprocessed'],
  generated: ['generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output'],
});
const temp = useTempDir('lyfe-kt-full-disk-');
afterEach(() => vi.restoreAllMocks());

/** From the first write whose bytes hold `marker` on, every `fs.writeSync` fails as on a full disk. */
function fillDiskAt(marker: string): void {
  const real = fs.writeSync.bind(fs);
  let full = false;
  vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
    const [, data, offset, length] = args as unknown as [number, string | NodeJS.ArrayBufferView, number?, number?];
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset + Number(offset ?? 0), Number(length ?? data.byteLength));
    if (bytes.includes(marker)) full = true;
    if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28 });
    return real(...args);
  }) as typeof fs.writeSync);
}

describe('package on a disk that fills up after the package is in place', () => {
  it('says the package is complete and where, names the record file it could not write, and leaves nothing to package twice', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const logDir = path.join(cwd, 'logs');
    // The package stage's end is the first record after the rename that nothing else depends on.
    fillDiskAt('"stage":"package","event":"stage.end"');

    let thrown: unknown;
    try {
      await packageRun({ workDir: path.join(cwd, 'work'), logDir, outputDir: path.join(cwd, 'packages') });
    } catch (error) {
      thrown = error;
    }
    vi.restoreAllMocks();

    const names = fs.readdirSync(path.join(cwd, 'packages'));
    expect(names).toHaveLength(1);
    const pkg = path.join(cwd, 'packages', names[0]);
    expect(verifyPackage(pkg).ok).toBe(true);
    expect(thrown).toBeInstanceOf(LyfeError);
    expect((thrown as LyfeError).oneLine()).toBe(
      `${pkg}: the package is complete, but a record could not be written (ENOSPC) into ${path.join(logDir, 'processing.jsonl')}. ` +
        `Do not package the run again: it is in this package (\`lyfe-kt verify ${pkg}\` checks it); free space on the disk of ${logDir} (or fix its permissions) before the next run`,
    );
    // The work folder was emptied: a retry finds no run to package twice.
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
  });

  it('names the packages folder, not the work file, when a copy into the package finds the disk full; the work folder is left whole', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const work = path.join(cwd, 'work');
    const packages = path.join(cwd, 'packages');
    const before = fs.readdirSync(work, { recursive: true }).map(String).sort();
    // As Node's copyFile fails: `path` is the source, `dest` the file being written.
    vi.spyOn(fs.promises, 'copyFile').mockImplementation(async (source, dest) => {
      throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${String(source)}' -> '${String(dest)}'`), { code: 'ENOSPC', syscall: 'copyfile', path: String(source), dest: String(dest) });
    });

    const error = await packageRun({ workDir: work, logDir: path.join(cwd, 'logs'), outputDir: packages, keepWork: true }).catch((reason: unknown) => reason);
    vi.restoreAllMocks();

    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).file).toBe(packages);
    expect((error as LyfeError).fix).toMatch(/^No package was written and the work folder is as it was; fix the cause \(free space, permissions\)/);
    expect(fs.readdirSync(packages)).toEqual([]);
    expect(fs.readdirSync(work, { recursive: true }).map(String).sort()).toEqual(before);
  });
});
