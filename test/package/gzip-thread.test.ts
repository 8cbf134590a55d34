import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { MemberThread } from '../../src/package/gzip-thread.js';
import { useChildren } from '../helpers/children.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The thread as built into dist/lib by the global setup, for a child process. */
const BUILT = path.resolve('dist/lib/package/gzip-thread.js');

describe('the thread that writes the log files', () => {
  const temp = useTempDir('lyfe-kt-members-');
  const { start } = useChildren();
  let thread: MemberThread | undefined;
  afterEach(async () => {
    await thread?.close();
    thread = undefined;
  });

  it("writes the plain file and the gzip member of every byte handed over, and the plain file's digest, across buffer boundaries", async () => {
    thread = new MemberThread();
    const dir = temp();
    const both = thread.open({ plain: path.join(dir, 'a.log'), gzip: path.join(dir, 'a.gz') });
    const gzipOnly = thread.open({ gzip: path.join(dir, 'b.gz') });
    const parts: Buffer[] = [];
    // Texts and bytes, small and past the MiB buffer, two-byte and four-byte characters among them:
    // 24 MiB in all, three times the bytes that may wait for the thread.
    for (let n = 0; n < 3000; n++) {
      const text = `${n} café ${'x'.repeat(n % 997)} 🙂\n`;
      const bytes = Buffer.from(`{"n":${n},"text":"${'ação '.repeat(n % 500)}"}\n`);
      for (const sink of [both, gzipOnly]) {
        sink.write(text);
        sink.write(bytes);
      }
      parts.push(Buffer.from(text), bytes);
      if (n % 1000 === 999) {
        const large = `${'é'.repeat(600_000)}\n`;
        for (const sink of [both, gzipOnly]) sink.write(large);
        parts.push(Buffer.from(large));
      }
    }
    for (let n = 0; n < 8; n++) {
      const block = Buffer.alloc(2 * 1024 * 1024, 0x61 + n);
      for (const sink of [both, gzipOnly]) sink.write(block);
      parts.push(block);
    }
    const [a, b] = await Promise.all([both.close(), gzipOnly.close()]);
    const expected = Buffer.concat(parts);
    const digest = { sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length };
    expect(a).toEqual({ ...digest, gzip: path.join(dir, 'a.gz') });
    expect(b).toEqual({ bytes: expected.length, gzip: path.join(dir, 'b.gz') });
    expect(fs.readFileSync(path.join(dir, 'a.log')).equals(expected)).toBe(true);
    expect(gunzipSync(fs.readFileSync(path.join(dir, 'a.gz'))).equals(expected)).toBe(true);
    expect(gunzipSync(fs.readFileSync(path.join(dir, 'b.gz'))).equals(expected)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false);
  });

  it('compresses a member a chunk at a time into one gzip member as small as one stream makes, each chunk reaching back into the one before', async () => {
    thread = new MemberThread();
    const dir = temp();
    const sink = thread.open({ gzip: path.join(dir, 'a.gz') });
    // 16 MiB repeating 16 KiB of random bytes: a chunk compressed without the bytes before it
    // would start with 16 KiB it cannot match, and the member would grow by that much a chunk.
    const period = randomBytes(16 * 1024);
    const data = Buffer.concat(Array.from({ length: 1024 }, () => period));
    for (let at = 0; at < data.length; at += 100_003) sink.write(data.subarray(at, at + 100_003));
    const written = await sink.close();
    const member = fs.readFileSync(written.gzip!);
    expect(gunzipSync(member).equals(data)).toBe(true);
    expect(member.length).toBeLessThan(gzipSync(data, { level: 6 }).length * 1.01 + 1024);
    // A file the worker compresses (`fromFile`) likewise.
    fs.writeFileSync(path.join(dir, 'plain'), data);
    const fromFile = await thread.fromFile(path.join(dir, 'plain'), { gzip: path.join(dir, 'b.gz') });
    const fromFileMember = fs.readFileSync(fromFile.gzip!);
    expect(gunzipSync(fromFileMember).equals(data)).toBe(true);
    expect(fromFileMember.length).toBeLessThan(gzipSync(data, { level: 6 }).length * 1.01 + 1024);
  });

  it('takes back the MiB buffers the worker is done with, to fill them again, and those alone', async () => {
    thread = new MemberThread();
    const dir = temp();
    const sink = thread.open({ gzip: path.join(dir, 'a.gz') });
    // Each block fills one buffer exactly, so each buffer handed over holds one block.
    const blocks = Array.from({ length: 12 }, () => randomBytes(1024 * 1024));
    for (const block of blocks) sink.write(block);
    await sink.close();
    const sent = blocks.map((block) => block.toString('base64'));
    // A buffer that came back holds the last block written into it; a new one holds none.
    const back: string[] = [];
    for (let buffer = thread.buffer(); sent.includes(buffer.toString('base64')); buffer = thread.buffer()) back.push(buffer.toString('base64'));
    // Those written before the worker started (8 MiB) came back, and the last, each once; the
    // others may have been filled again before the end, and came back with their last block.
    expect(back.length).toBeGreaterThanOrEqual(8);
    expect(new Set(back).size).toBe(back.length);
    expect(back).toContain(sent.at(-1));

    // Texts that take a buffer of their own, smaller than a MiB (their bound, 3 bytes a unit, is
    // past it), between MiB blocks: such a buffer must not come back to be filled as a MiB one.
    const other = thread.open({ gzip: path.join(dir, 'b.gz') });
    const own = 'y'.repeat(400_001);
    for (const block of [...blocks, ...blocks]) {
      other.write(block);
      other.write(own);
    }
    const written = await other.close();
    const expected = Buffer.concat([...blocks, ...blocks].flatMap((block) => [block, Buffer.from(own)]));
    expect(gunzipSync(fs.readFileSync(written.gzip!)).equals(expected)).toBe(true);
  });

  it('does its idle work instead of waiting for room, until it has none', async () => {
    let calls = 0;
    thread = new MemberThread(() => ++calls <= 3);
    const dir = temp();
    const sink = thread.open({ gzip: path.join(dir, 'a.gz') });
    // Bytes gzip takes long over: far more than may wait for the thread, handed over at once.
    const blocks = Array.from({ length: 24 }, () => randomBytes(1024 * 1024));
    for (const block of blocks) sink.write(block);
    // Three pieces of work, then the one that says there is none: never asked again.
    expect(calls).toBe(4);
    sink.write(Buffer.from('the last bytes'));
    const written = await sink.close();
    expect(calls).toBe(4);
    expect(gunzipSync(fs.readFileSync(written.gzip!)).equals(Buffer.concat([...blocks, Buffer.from('the last bytes')]))).toBe(true);
  });

  it('writes a session too small for a thread in place, with the same digests; a gzip member beside a plain file stays in memory', async () => {
    thread = new MemberThread();
    const dir = temp();
    const sink = thread.open({ plain: path.join(dir, 'a.log'), gzip: path.join(dir, 'a.gz') });
    const gzipOnly = thread.open({ gzip: path.join(dir, 'b.gz') });
    const text = 'línea 1\nlínea 2\n'.repeat(1000);
    // Past the MiB buffer: the member is held as several chunks, written, hashed and compressed in order.
    const block = Buffer.alloc(1536 * 1024, 0x62);
    for (const each of [sink, gzipOnly]) {
      each.write(text);
      each.write(block);
      each.write(Buffer.from(text));
    }
    const expected = Buffer.concat([Buffer.from(text), block, Buffer.from(text)]);
    const digest = { sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length };
    const { gzipped, ...written } = await sink.close();
    expect(written).toEqual(digest);
    expect(fs.readFileSync(path.join(dir, 'a.log')).equals(expected)).toBe(true);
    expect(gunzipSync(gzipped!).equals(expected)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'a.gz'))).toBe(false);
    // The only copy of its bytes: written (an archive is made of it).
    expect(await gzipOnly.close()).toEqual({ ...digest, gzip: path.join(dir, 'b.gz') });
    expect(gunzipSync(fs.readFileSync(path.join(dir, 'b.gz'))).equals(expected)).toBe(true);

    const missing = path.join(dir, 'no-such-folder', 'b.log');
    const failing = thread.open({ plain: missing });
    failing.write(text);
    const error = await failing.close().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).file).toBe(missing);
  });

  it('closes only once the members written in place are: no write outlives a packaging that failed', async () => {
    thread = new MemberThread();
    const dir = temp();
    const sink = thread.open({ plain: path.join(dir, 'a.log'), gzip: path.join(dir, 'a.gz') });
    const text = 'line\n'.repeat(100_000);
    sink.write(text);
    // As a failure of the quality rules leaves it: the members' end not awaited.
    sink.close().catch(() => undefined);
    await thread.close();
    thread = undefined;
    expect(fs.readFileSync(path.join(dir, 'a.log'), 'utf8')).toBe(text);
  });

  it('writes parts, bytes and files, one after the other into a file, and its digest: by the worker once it runs, else in place', async () => {
    const dir = temp();
    const file = path.join(dir, 'part');
    const big = randomBytes(3 * 1024 * 1024 + 7);
    fs.writeFileSync(file, big);
    const parts = [Buffer.from('head'), file, Buffer.alloc(0), file, Buffer.from('tail')];
    const expected = Buffer.concat([Buffer.from('head'), big, big, Buffer.from('tail')]);
    const digest = { sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length };
    thread = new MemberThread();
    expect(await thread.concat(path.join(dir, 'in-place'), parts)).toEqual(digest);
    // The worker starts with a file to compress; the next parts are its to write.
    await thread.fromFile(file, { gzip: path.join(dir, 'part.gz') });
    expect(await thread.concat(path.join(dir, 'by-worker'), parts)).toEqual(digest);
    expect(fs.readFileSync(path.join(dir, 'in-place')).equals(expected)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'by-worker')).equals(expected)).toBe(true);
    // A part that cannot be read fails the write, naming the file.
    await expect(thread.concat(path.join(dir, 'failed'), [path.join(dir, 'missing')])).rejects.toThrow(/missing/);
  });

  it('stops the renderer soon after a compressed member cannot be written, however fast it compresses', async () => {
    thread = new MemberThread();
    const sink = thread.open({ gzip: '/dev/full' });
    const block = Buffer.alloc(1024 * 1024, 0x61);
    let handed = 0;
    let stopped: unknown;
    try {
      for (; handed < 256; handed++) sink.write(block);
    } catch (error) {
      stopped = await thread.reason(error);
    }
    // What waits to be written is in flight: the renderer gets at most that far ahead of the failure.
    expect(String(stopped)).toMatch(/ENOSPC/);
    expect(handed).toBeLessThan(32);
  });

  it('fails a member the worker cannot write, once it is ended, instead of leaving its end waiting for good', async () => {
    const dir = temp();
    thread = new MemberThread();
    fs.writeFileSync(path.join(dir, 'part'), 'x');
    await thread.fromFile(path.join(dir, 'part'), { gzip: path.join(dir, 'part.gz') });
    const sink = thread.open({ gzip: path.join(dir, 'no-such-folder', 'a.gz') });
    sink.write('a few bytes');
    await expect(sink.close()).rejects.toThrow(/no-such-folder/);
  });

  it('names the file a full disk refuses, written in place or by the worker (a write error carries no path of its own)', async () => {
    thread = new MemberThread();
    // Small: written in place.
    const small = thread.open({ plain: '/dev/full' });
    small.write('a few bytes');
    const inPlace = await small.close().catch((reason: unknown) => reason);
    expect(inPlace).toBeInstanceOf(LyfeError);
    expect((inPlace as LyfeError).message).toMatch(/ENOSPC/);
    expect((inPlace as LyfeError).file).toBe('/dev/full');
    await thread.close();

    // Large: the worker writes it.
    thread = new MemberThread();
    const large = thread.open({ gzip: '/dev/full' });
    const block = Buffer.alloc(1024 * 1024, 0x61);
    let stopped: unknown;
    try {
      for (let n = 0; n < 256; n++) large.write(block);
    } catch (error) {
      stopped = await thread.reason(error);
    }
    expect(stopped).toBeInstanceOf(LyfeError);
    expect((stopped as LyfeError).message).toMatch(/ENOSPC/);
    expect((stopped as LyfeError).file).toBe('/dev/full');
  });

  it('compresses an existing file into a member', async () => {
    thread = new MemberThread();
    const dir = temp();
    const content = Buffer.from('line\n'.repeat(300_000));
    fs.writeFileSync(path.join(dir, 'x.log'), content);
    const member = await thread.fromFile(path.join(dir, 'x.log'), { gzip: path.join(dir, 'x.gz') });
    // A gzip member alone is not hashed: the archive it goes into is.
    expect(member).toEqual({ bytes: content.length, gzip: path.join(dir, 'x.gz') });
    expect(gunzipSync(fs.readFileSync(path.join(dir, 'x.gz'))).equals(content)).toBe(true);
  });

  it('stops the renderer when the thread fails in any other way, instead of leaving it waiting for good', async () => {
    // A path Node refuses outright (a NUL in it) makes opening the file throw in the thread itself,
    // not fail on its stream. In a child of its own: a renderer left waiting would never return.
    const script = `
      import { MemberThread } from ${JSON.stringify(pathToFileURL(BUILT).href)};
      const thread = new MemberThread();
      const sink = thread.open({ plain: ${JSON.stringify(path.join(temp(), 'a\0b.log'))} });
      const block = Buffer.alloc(1024 * 1024, 0x61);
      let reason = null;
      try {
        for (let n = 0; n < 64; n++) sink.write(block);
      } catch (error) {
        reason = await thread.reason(error);
      }
      await thread.close();
      process.stdout.write(JSON.stringify({ name: reason?.name, message: reason?.message }));
    `;
    const exit = await start(['--input-type=module', '-e', script], { timeoutMs: 30_000 }).exit;
    expect(exit.signal, exit.stderr).toBeNull();
    expect(exit.code, exit.stderr).toBe(0);
    const reason = JSON.parse(exit.stdout) as { name: string; message: string };
    expect(reason.name).toBe('LyfeError');
    expect(reason.message).toMatch(/a log file could not be written: .*(null bytes|ERR_INVALID_ARG_VALUE)/);
  });

  it('stops the renderer with the file named when a member cannot be written, instead of waiting for it', async () => {
    thread = new MemberThread();
    const missing = path.join(temp(), 'no-such-folder', 'a.log');
    const sink = thread.open({ plain: missing });
    const block = Buffer.alloc(1024 * 1024, 0x61);
    // The thread takes nothing more once the file fails: the renderer is stopped by the bound on what waits.
    expect(() => {
      for (let n = 0; n < 64; n++) sink.write(block);
    }).toThrow(LyfeError);
    const error = await sink.close().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).message).toMatch(/could not be written/);
    expect((error as LyfeError).file).toBe(missing);
  });
});
