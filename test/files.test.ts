import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../src/errors.js';
import { writeFileAtomic } from '../src/files.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-files-');

describe('writeFileAtomic', () => {
  it('writes the file whole, making its missing folders, and looks for the folder only when a write misses it', () => {
    const dir = temp();
    const mkdir = vi.spyOn(fs, 'mkdirSync');
    try {
      writeFileAtomic(path.join(dir, 'a', 'b', 'one.json'), '{"n":1}\n');
      writeFileAtomic(path.join(dir, 'a', 'b', 'two.json'), '{"n":2}\n');
      expect(mkdir).toHaveBeenCalledTimes(1);
    } finally {
      mkdir.mockRestore();
    }
    expect(fs.readFileSync(path.join(dir, 'a', 'b', 'one.json'), 'utf8')).toBe('{"n":1}\n');
    expect(fs.readdirSync(path.join(dir, 'a', 'b')).sort()).toEqual(['one.json', 'two.json']);
  });

  it('says which folder cannot be made when a file stands where it should be, and leaves nothing', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'blocked'), 'a file');
    let error: unknown;
    try {
      writeFileAtomic(path.join(dir, 'blocked', 'out.json'), '{}');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).message).toMatch(/^cannot be written: its folder cannot be made \(E[A-Z]+\)$/);
    expect((error as LyfeError).fix).toBe(`Check that ${path.join(dir, 'blocked')} is a folder you can write, not a file`);
    expect(fs.readdirSync(dir)).toEqual(['blocked']);
  });

  it('leaves no temporary file when the rename fails', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'inside'), 'x');
    expect(() => writeFileAtomic(path.join(dir, 'taken'), '{}')).toThrow(/cannot be written \(E[A-Z]+\)/);
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });

  it('says what to do when a folder stands at the file, or the disk is full: not to check that the folder is writable', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'out.json'));
    let error: unknown;
    try {
      writeFileAtomic(path.join(dir, 'out.json'), '{}');
    } catch (caught) {
      error = caught;
    }
    expect((error as LyfeError).oneLine()).toBe(`${path.join(dir, 'out.json')}: cannot be written (EISDIR): a folder is at its path. Move that folder away (or remove it), then run again`);

    // A full disk.
    const write = vi.spyOn(fs, 'writeFileSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    try {
      writeFileAtomic(path.join(dir, 'full.json'), '{}');
    } catch (caught) {
      error = caught;
    } finally {
      write.mockRestore();
    }
    expect((error as LyfeError).oneLine()).toBe(`${path.join(dir, 'full.json')}: cannot be written (ENOSPC). Free space on its disk, then run again`);
    expect(fs.readdirSync(dir)).toEqual(['out.json']);
  });
});
