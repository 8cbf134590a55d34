import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractZip, readZipEntry, zipEntries, ZIP_MAX_BYTES } from '../../src/package/zip.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { zipOf } from '../helpers/zip.js';

/** Reading a zip someone else made (a downloaded artifact, a base package): its sizes are what it says, within a bound. */

const temp = useTempDir('lyfe-kt-zip-');

describe('zip', () => {
  it('reads entries as they are', () => {
    const zip = zipOf([{ name: 'logs/a.txt', data: Buffer.from('hello') }]);
    const [entry] = zipEntries(zip, 'a.zip');
    expect(readZipEntry(zip, entry!, 'a.zip').toString()).toBe('hello');
  });

  it('refuses an entry that inflates to more than it declares, without inflating the rest', () => {
    // 64 MiB of zeros deflate to about 64 KiB, declared as 100 bytes.
    const zip = zipOf([{ name: 'logs/viewer.html', data: Buffer.alloc(64 * 1024 * 1024), declared: 100 }]);
    const [entry] = zipEntries(zip, 'bomb.zip');
    expect(() => readZipEntry(zip, entry!, 'bomb.zip')).toThrow(/not a readable zip file: the entry logs\/viewer.html holds more than the 100 bytes it declares/);
  });

  it('refuses a zip whose entries declare more than it may unpack, before reading any', () => {
    const half = Math.ceil(ZIP_MAX_BYTES / 2) + 1;
    const zip = zipOf([
      { name: 'a', data: Buffer.from('x'), declared: half },
      { name: 'b', data: Buffer.from('x'), declared: half },
    ]);
    expect(() => zipEntries(zip, 'big.zip')).toThrow(/not a readable zip file: its entries declare more than .* MiB in all/);
    const dir = temp();
    expect(() => extractZip(zip, 'big.zip', dir)).toThrow(/declare more than/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never writes outside the folder it unpacks to', () => {
    const dir = path.join(temp(), 'into');
    const zip = zipOf([{ name: '../escaped.txt', data: Buffer.from('x') }]);
    expect(() => extractZip(zip, 'slip.zip', dir)).toThrow(/outside the folder/);
    expect(fs.existsSync(path.join(dir, '..', 'escaped.txt'))).toBe(false);
  });
});
