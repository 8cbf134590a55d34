import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { lockWorkFolder, PACKAGE_LOCK, packagingHolder } from '../../src/package/packaged-work.js';

const dirs: string[] = [];
const temp = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const noSpace = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });

describe('the package lock on a full disk', () => {
  it('leaves no lock when its pid cannot be written, and says which folder and what to do', () => {
    const work = temp();
    const lock = path.join(work, PACKAGE_LOCK);
    const real = fs.writeFileSync.bind(fs);
    // A full disk still lets the file be made (an inode, no data block): the write of the pid fails.
    vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'number') throw noSpace();
      if (String(file) === lock) {
        fs.closeSync(fs.openSync(lock, 'wx'));
        throw noSpace();
      }
      return (real as (...args: unknown[]) => void)(file, ...rest);
    }) as typeof fs.writeFileSync);

    let thrown: unknown;
    try {
      lockWorkFolder(work);
    } catch (error) {
      thrown = error;
    }
    vi.restoreAllMocks();

    expect(thrown).toBeInstanceOf(LyfeError);
    expect((thrown as LyfeError).oneLine()).toBe(`${work}: the work folder cannot be written (ENOSPC). Nothing was written; free space on its disk (or fix its permissions), then run the command again`);
    // No empty lock stays behind: it would be taken for a packager writing its pid, and refuse every later command.
    expect(fs.existsSync(lock)).toBe(false);
    expect(packagingHolder(work)).toBeUndefined();
    const unlock = lockWorkFolder(work);
    unlock();
  });
});
