import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordFile, sessionNeedle } from '../../src/records/filter.js';
import { scanLines, scanSpans } from '../../src/records/scan.js';
import { readSessionModel } from '../../src/records/session-read.js';
import { INDEX_FOLDER, planFromIndex, sessionCopyFile, sessionIndexFile } from '../../src/records/session-index.js';
import { record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { newSessionId } from '../../src/session/id.js';
import { filterSession, repointIndexes } from '../helpers/filter-paths.js';
import { deadPid } from '../reliability/cli-support.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * The session index against the whole-file scan on the same bytes: whatever the index holds
 * (exact ranges, ranges widened by other writers, a writer killed between any two writes, no
 * index, a damaged one), reading a session through it gives the scan's lines, byte for byte, and
 * the scan's counts.
 */
const A = 'sess_2025-01-18_17-30-45_0a0a0a0a';
const B = 'sess_2025-01-18_17-31-02_0b0b0b0b';
const C = 'sess_2025-01-18_17-32-10_0c0c0c0c';

const temp = useTempDir('lyfe-kt-index-');
afterEach(() => vi.restoreAllMocks());

/** Writes one record of `session` through the writer. */
function write(logDir: string, session: string, i: number, event = 'step.output'): void {
  runInSession({ sessionId: session, stage: 'generate', logDir }, () => record('info', event, `record ${i}`, { data: { i, pad: 'p'.repeat(Math.abs(i * 37) % 700) } }));
}

const read = filterSession;

/** The index path and the scan on the same file: the same lines and counts; the index path's note. */
function compare(file: string, session: string): string | undefined {
  const fast = read(file, session, false);
  const scan = read(file, session, true);
  expect({ ...fast, note: undefined }).toEqual({ ...scan, note: undefined });
  expect(scan.note).toBeUndefined();
  return fast.note;
}

/** Bytes the index sends the reader to for the session: of the record file, and of the session's copy. */
function indexedBytes(file: string, session: string): { file: number; copy: number } {
  const stats = fs.statSync(file);
  const indexFile = sessionIndexFile(file, session);
  const copy = fs.existsSync(sessionCopyFile(file, session)) ? fs.statSync(sessionCopyFile(file, session)) : undefined;
  const plan = planFromIndex(fs.readFileSync(indexFile, 'latin1'), stats.ino, stats.size, indexFile, copy && { inode: copy.ino, size: copy.size });
  if (!plan.usable) throw new Error(plan.note);
  const sum = (copy: boolean) =>
    plan.reads.filter((read) => read.copy === copy).reduce((bytes, { ranges }) => ranges.reduce((total, at, i) => (i % 2 ? total + Math.min(at, stats.size) - ranges[i - 1] : total), bytes), 0);
  return { file: sum(false), copy: sum(true) };
}

/** The same numbers on every run. */
function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('reading a session through its index', () => {
  it('gives the scan’s bytes for interleaved sessions, reading only a part of the file', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    // Several thousand records, the writer handing its ranges to the index every 1024 lines: first
    // interleaved line by line, then in runs of 250 lines of one session.
    for (let i = 0; i < 4000; i++) write(logDir, [A, B, C][i < 400 ? i % 3 : Math.floor(i / 250) % 3], i);
    for (const session of [A, B, C]) write(logDir, session, -1, 'session.end');

    for (const session of [A, B, C]) {
      expect(compare(file, session)).toBeUndefined();
      // One writer, alone: the lines interleaved with others' are read from the session's copy,
      // the runs of its own lines from the record file, each with one read.
      const bytes = indexedBytes(file, session);
      expect(bytes.copy).toBeGreaterThan(0);
      expect(bytes.file).toBeLessThan(fs.statSync(file).size * 0.6);
    }
    expect(read(file, A, false).lines).toBeGreaterThan(1000);
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1')).toMatch(/\nc \d+-[0-9a-f]+\n$/);
    expect(readSessionModel(logDir, A).notes).toEqual([]);
  });

  it('reads the session’s lines from its copy, and from the record file where the copy is cut or gone, saying so', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    for (let i = 0; i < 3000; i++) write(logDir, i % 3 ? A : B, i);
    for (const session of [A, B]) write(logDir, session, -1, 'session.end');
    const copy = sessionCopyFile(file, A);
    const size = fs.statSync(copy).size;
    expect(size).toBe(Buffer.byteLength(read(file, A, true).output));
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1')).not.toMatch(/^r /m);

    // Bytes appended after the last entry (a writer killed between its two writes) are not read.
    fs.appendFileSync(copy, '{"level":"info","time":"t","session":"x"}\n');
    expect(compare(file, A)).toBeUndefined();
    const missing = /^the session's copy of its lines is missing, shorter than .*, or not the file it names: its lines were read from the record file$/;
    fs.truncateSync(copy, Math.floor(size / 2));
    expect(compare(file, A)).toMatch(missing);
    expect(indexedBytes(file, A).copy).toBe(0);
    fs.rmSync(copy);
    expect(compare(file, A)).toMatch(missing);
    expect(compare(file, B)).toBeUndefined();
  });

  it('reads from the copy the lines after a stretch in which the session’s lines followed each other', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    // A's first line alone in a flush (ranges), then a long interleaved stretch (a copy).
    write(logDir, A, 0);
    write(logDir, B, 1, 'stage.end');
    for (let i = 2; i < 3002; i++) write(logDir, i % 2 ? A : B, i);
    for (const session of [A, B]) write(logDir, session, -1, 'session.end');
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1')).toMatch(/^r [^\n]*\nk /m);
    expect(compare(file, A)).toBeUndefined();
    const bytes = indexedBytes(file, A);
    expect(bytes.copy).toBeGreaterThan(10 * bytes.file);
  });

  it('does not read a copy that was removed and written again, nor one cut and appended to, by the entries made before', () => {
    const missing = /^the session's copy of its lines is missing, shorter than .*, or not the file it names: its lines were read from the record file$/;
    for (const damage of [(copy: string) => fs.rmSync(copy), (copy: string) => fs.truncateSync(copy, 100)]) {
      const logDir = temp();
      const file = recordFile(logDir, 'processing');
      for (let i = 0; i < 300; i++) write(logDir, i % 2 ? A : B, i);
      write(logDir, A, -1, 'session.end');
      damage(sessionCopyFile(file, A));
      // The session goes on (its writer opens the copy again, which may get the removed file's
      // inode): new entries from byte 0 or 100 of it, over more bytes than the first ones named.
      for (let i = 300; i < 900; i++) write(logDir, i % 2 ? A : B, i);
      for (const session of [A, B]) write(logDir, session, -1, 'session.end');
      expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1').match(/^k /gm)!.length).toBeGreaterThan(1);
      expect(compare(file, A)).toMatch(missing);
      expect(indexedBytes(file, A).copy).toBe(0);
    }
  });

  it('gives the scan’s bytes when another process wrote in between, or left a cut line the next record is glued to', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    for (let i = 0; i < 300; i++) write(logDir, i % 2 ? A : B, i);
    // Another process: a whole record of A, then a line of B cut short by a crash.
    const other = JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.000Z', session: A, stage: 'generate', event: 'step.output', pid: 1, msg: 'other' });
    fs.appendFileSync(file, `${other}\n${other.replace(A, B).slice(0, 100)}`);
    for (let i = 300; i < 600; i++) write(logDir, i % 2 ? A : B, i);
    for (const session of [A, B]) write(logDir, session, -1, 'session.end');

    expect(compare(file, A)).toBeUndefined();
    expect(compare(file, B)).toBeUndefined();
    // The stretch with the other process's lines has ranges in the index, not a copy.
    expect(fs.readFileSync(sessionIndexFile(file, B), 'latin1')).toMatch(/^r /m);
    expect(fs.readFileSync(sessionIndexFile(file, B), 'latin1')).not.toMatch(/^k /m);
    // The first record of A after the cut line is glued to it: neither path shows it.
    expect(read(file, B, false).skipped).toBe(1);
    expect(read(file, A, false).output).toContain('"msg":"other"');
  });

  it('names no bytes of the copy that another writer of the session appended to it', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    const copy = sessionCopyFile(file, A);
    const stretch = (from: number) => {
      for (let i = from; i < from + 10; i++) write(logDir, i % 2 ? A : B, i);
      write(logDir, A, from + 10, 'stage.end');
    };
    stretch(0);
    // Another process writing A too appends its lines to the copy between two of this one's flushes.
    const other = '{"level":"info","time":"2025-01-18T17:30:45.000Z","session":"x","msg":"another writer"}\n';
    fs.appendFileSync(copy, other);
    stretch(20);
    stretch(40);
    write(logDir, A, -1, 'session.end');

    // This writer's second flush did not land right after its first: ranges, then a copy again.
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1').match(/^[rk] /gm)).toEqual(['k ', 'r ', 'k ', 'r ']);
    expect(fs.readFileSync(copy, 'latin1')).toContain(other);
    expect(compare(file, A)).toBeUndefined();
    expect(read(file, A, false).output).not.toContain('another writer');
  });

  it('copies no stretch whose first line is glued to a line another process left cut', () => {
    const cut = JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.000Z', session: B, stage: 'generate', event: 'step.output', pid: 1, msg: 'cut' }).slice(0, 80);
    /** Two stretches of A and B interleaved, the first ended by a `stage.end`; returns the log's record file. */
    const run = (withCut: boolean): string => {
      const logDir = path.join(temp(), withCut ? 'cut' : 'alone');
      const file = recordFile(logDir, 'processing');
      const real = fs.writeSync.bind(fs);
      // Another process's line, cut, lands right after the writer's `stage.end`, before the writer
      // looks at the file's size: the next stretch starts with the writer's line glued to it.
      vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
        const written = real(...args);
        const [, data, offset, length] = args as unknown as [number, string | Buffer, number?, number?];
        const text = typeof data === 'string' ? data : data.toString('latin1', offset ?? 0, (offset ?? 0) + (length ?? data.length));
        if (withCut && text.includes('"event":"stage.end"')) fs.appendFileSync(file, cut);
        return written;
      }) as typeof fs.writeSync);
      for (let i = 0; i < 10; i++) write(logDir, i % 2 ? A : B, i);
      write(logDir, A, 10, 'stage.end');
      vi.restoreAllMocks();
      for (let i = 11; i < 20; i++) write(logDir, i % 2 ? A : B, i);
      write(logDir, A, -1, 'session.end');
      write(logDir, B, -1, 'session.end');
      return file;
    };
    const entries = (file: string, session: string) => fs.readFileSync(sessionIndexFile(file, session), 'latin1').match(/^[rk] /gm);
    // Written alone, the second stretch of A, interleaved with B, is copied.
    expect(entries(run(false), A)).toEqual(['k ', 'k ']);
    const file = run(true);
    for (const session of [A, B]) expect(compare(file, session)).toBeUndefined();
    // A's first line of the stretch is glued to the cut line: neither path shows it; no copy of it.
    expect(read(file, A, false).skipped).toBe(1);
    expect(entries(file, A)).toEqual(['r ', 'r ']);
  });

  it('gives the scan’s bytes after a SIGKILL between any two of the writer’s writes, and says so once', async () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    const snapshots: string[] = [];
    const real = fs.writeSync.bind(fs);
    const realOpen = fs.openSync.bind(fs);
    // What a SIGKILL right after each write leaves on disk, and after the creation of an index
    // before its first entry: the record file and the indexes, copied.
    const snapshot = (): void => {
      if (!fs.existsSync(file)) return;
      const copy = path.join(temp(), 'after', String(snapshots.length));
      fs.mkdirSync(copy, { recursive: true });
      fs.cpSync(logDir, copy, { recursive: true });
      snapshots.push(copy);
    };
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      const written = real(...args);
      snapshot();
      return written;
    }) as typeof fs.writeSync);
    vi.spyOn(fs, 'openSync').mockImplementation(((...args: Parameters<typeof fs.openSync>) => {
      const fd = realOpen(...args);
      if (String(args[0]).endsWith('.idx')) snapshot();
      return fd;
    }) as typeof fs.openSync);
    // Two flushes of ranges (at the stage ends), a close, and records after the close.
    for (let i = 0; i < 12; i++) write(logDir, i % 3 ? A : B, i, i === 5 || i === 9 ? 'stage.end' : 'step.output');
    write(logDir, A, 12, 'session.end');
    write(logDir, A, 13, 'stage.end');
    write(logDir, B, 14);
    vi.restoreAllMocks();
    expect(snapshots.length).toBeGreaterThan(20);

    const dead = await deadPid();
    let notes = 0;
    let empty = 0;
    for (const dir of snapshots) {
      const copy = recordFile(dir, 'processing');
      // The copy is another file: its indexes are made to name it (and the sessions' copies of
      // their lines in it), and a writer that is gone.
      repointIndexes(logDir, dir, (text) => text.replaceAll(`${process.pid}-`, `${dead}-`));
      for (const session of [A, B]) {
        const note = compare(copy, session);
        if (note && fs.statSync(sessionIndexFile(copy, session)).size === 0) {
          expect(note).toMatch(/has no entry of a writer .*: the whole record file was scanned$/);
          empty += 1;
        } else if (note) {
          expect(note).toMatch(new RegExp(`a writer of the session \\(pid ${dead}\\) stopped without closing .*: the record file was scanned from byte \\d+ to its end`));
          notes += 1;
        }
      }
      // Once per read of a session: one note per stream read through an unclosed index.
      expect(readSessionModel(dir, A).notes.length).toBeLessThanOrEqual(1);
    }
    expect(notes).toBeGreaterThan(10);
    expect(empty).toBe(2);
  });

  it('plans the spans from the index text: writers’ ranges sorted and merged, an open writer read to the end, anything else not an entry', async () => {
    const plan = (text: string) => planFromIndex(text, 7, 100_000, 'x.idx');
    const dead = await deadPid();
    // Two writers, their ranges interleaved in the file; ranges closer than 4 KiB read as one.
    expect(plan(`o 1-a 7 0\nr 1-a 0 10 20000 20010\no 2-b 7 5\nr 2-b 5000 5010 30000 30010\nc 1-a\nc 2-b\n`)).toEqual({ usable: true, reads: [{ copy: false, ranges: [0, 10, 5000, 5010, 20000, 20010, 30000, 30010] }], note: undefined });
    expect(plan(`o 1-a 7 0\nr 1-a 0 10 3000 3010\nc 1-a\n`)).toEqual({ usable: true, reads: [{ copy: false, ranges: [0, 3010] }], note: undefined });
    // One writer's ranges out of file order (not the writer's way, but the plan does not rely on it).
    expect(plan(`o 1-a 7 0\nr 1-a 20000 20010 0 10\nr 1-a 5000 5010 9000 9010\nc 1-a\n`)).toEqual({ usable: true, reads: [{ copy: false, ranges: [0, 10, 5000, 9010, 20000, 20010] }], note: undefined });
    // A writer that stopped without closing: from its last byte to the end of the file.
    expect(plan(`o ${dead}-a 7 0\nr ${dead}-a 0 10 20000 20010\n`)).toEqual({
      usable: true,
      reads: [{ copy: false, ranges: [0, 10, 20000, Infinity] }],
      note: expect.stringMatching(new RegExp(`pid ${dead}\\) stopped without closing x.idx: .* from byte 20010 to its end$`)),
    });
    for (const line of ['r 1-a 0 10 20', 'r 1-a 0  10', 'r 1-a 0 10 ', 'r 1-a', 'r 1-a 0 99999999999999999999', 'r 2-b 0 10', 'q 1-a', 'c 1-a 5', 'o  7 0']) {
      expect(plan(`o 1-a 7 0\n${line}\nc 1-a\n`)).toEqual({ usable: false, note: expect.stringContaining('has a line that is not an entry') });
    }
    expect(plan(`o 1-a 7 0\nr 1-a 10 5\n`)).toEqual({ usable: false, note: expect.stringContaining('points past the end') });
    for (const line of ['k 1-a 9 5 3 0 10', 'k 1-a 9 0 10 20 10', 'k 1-a 9 0 10 0', 'k 1-a 9 0 10 0 10 20', 'k 1-a 0 10 0 10']) {
      expect(plan(`o 1-a 7 0\n${line}\nc 1-a\n`)).toEqual({ usable: false, note: expect.stringContaining('has a line that is not an entry') });
    }
    expect(plan(`o 1-a 7 0\nk 1-a 9 0 10 0 200000\n`)).toEqual({ usable: false, note: expect.stringContaining('points past the end') });
    // No writer's entry: its first was lost.
    for (const text of ['', '\n', '\n\n']) expect(plan(text)).toEqual({ usable: false, note: expect.stringContaining('has no entry of a writer') });
  });

  it('plans the reads of the session’s copy: its lines in file order, between the spans of the record file, when the copy holds them', async () => {
    // The copy is the file of inode 9 in the entries below.
    const plan = (text: string, copySize?: number, copyInode = 9) => planFromIndex(text, 7, 100_000, 'x.idx', copySize === undefined ? undefined : { inode: copyInode, size: copySize });
    const dead = await deadPid();
    const copied = `o 1-a 7 0\nk 1-a 9 0 100 0 300\nk 1-a 9 100 250 10000 10900\nc 1-a\n`;
    // Adjacent ranges of the copy are read as one; nothing of the record file. Each entry's first
    // line, where it starts in the copy and in the record file (and the entry's length in the copy),
    // for the reader to check that the record file still holds it there.
    expect(plan(copied, 250)).toEqual({ usable: true, reads: [{ copy: true, ranges: [0, 250], starts: [0, 0, 100, 100, 10000, 150] }], note: undefined });
    // Bytes of the copy that no entry names (a writer killed between its two writes) are not read.
    expect(plan(copied, 400)).toEqual({ usable: true, reads: [{ copy: true, ranges: [0, 250], starts: [0, 0, 100, 100, 10000, 150] }], note: undefined });
    // A copy cut short, missing, another file than the entries name, or two entries naming the same
    // bytes of it (cut, then appended to): its lines from the record file, and a note.
    const missing = expect.stringMatching(/^the session's copy of its lines is missing, shorter than x.idx says, or not the file it names: its lines were read from the record file$/);
    const fromFile = { usable: true, reads: [{ copy: false, ranges: [0, 300, 10000, 10900] }], note: missing };
    expect(plan(copied, 200)).toEqual(fromFile);
    expect(plan(copied)).toEqual(fromFile);
    expect(plan(copied, 250, 8)).toEqual(fromFile);
    expect(plan(`o 1-a 7 0\nk 1-a 9 0 100 0 300\nk 1-a 9 50 150 10000 10900\nc 1-a\n`, 250)).toEqual(fromFile);
    // Two writers, one after the other in the file, their flushes in the copy in another order.
    expect(plan(`o 1-a 7 0\no 2-b 7 0\nk 2-b 9 0 50 5000 5200\nk 1-a 9 50 100 0 300\nc 1-a\nc 2-b\n`, 100)).toEqual({ usable: true, reads: [{ copy: true, ranges: [50, 100, 0, 50], starts: [50, 0, 50, 0, 5000, 50] }], note: undefined });
    // Lines before a span of the record file (ranges of a stretch others wrote in too, a killed
    // writer's last lines): the copy up to there, the rest from the record file, in file order.
    expect(plan(`o 1-a 7 0\nk 1-a 9 0 100 0 300\nr 1-a 20000 30000\nk 1-a 9 100 200 40000 40100\nc 1-a\n`, 200)).toEqual({ usable: true, reads: [{ copy: true, ranges: [0, 100], starts: [0, 0, 100] }, { copy: false, ranges: [20000, 30000] }, { copy: true, ranges: [100, 200], starts: [100, 40000, 100] }], note: undefined });
    expect(plan(`o ${dead}-a 7 0\nk ${dead}-a 9 0 100 0 300\no 2-b 7 300\nk 2-b 9 100 200 9000 9500\nc 2-b\n`, 200)).toEqual({
      usable: true,
      reads: [
        { copy: true, ranges: [0, 100], starts: [0, 0, 100] },
        { copy: false, ranges: [300, Infinity] },
      ],
      note: expect.stringMatching(new RegExp(`pid ${dead}\\) stopped without closing x.idx: .* from byte 300 to its end$`)),
    });
    // Ranges before the entries (a stretch in which the session's lines followed each other): the
    // entries after them still come from the copy. An entry a span takes in (spans closer than
    // 4 KiB are read as one) is read with it from the record file.
    expect(plan(`o 1-a 7 0\nr 1-a 0 167\nk 1-a 9 0 100 10000 10300\nk 1-a 9 100 200 20000 20300\nc 1-a\n`, 200)).toEqual({
      usable: true,
      reads: [
        { copy: false, ranges: [0, 167] },
        { copy: true, ranges: [0, 200], starts: [0, 10000, 100, 100, 20000, 100] },
      ],
      note: undefined,
    });
    expect(plan(`o 1-a 7 0\nr 1-a 0 100 3000 3100\nk 1-a 9 0 100 1000 1100\nk 1-a 9 100 200 20000 20300\nc 1-a\n`, 200)).toEqual({
      usable: true,
      reads: [
        { copy: false, ranges: [0, 3100] },
        { copy: true, ranges: [100, 200], starts: [100, 20000, 100] },
      ],
      note: undefined,
    });
    // Entries whose lines overlap (no writer makes them): the record file decides the order.
    expect(plan(`o 1-a 7 0\no 2-b 7 0\nk 1-a 9 0 100 0 300\nk 2-b 9 100 200 200 500\nc 1-a\nc 2-b\n`, 200)).toEqual({ usable: true, reads: [{ copy: false, ranges: [0, 500] }], note: undefined });
    expect(plan(`o 1-a 7 0\nx 1-a\n`)).toEqual({ usable: false, note: expect.stringContaining('lines written without it') });
  });

  it('gives no line of the copy when the record file was removed and another made under the same inode number', () => {
    const logDir = path.join(temp(), 'old');
    const file = recordFile(logDir, 'processing');
    for (let i = 0; i < 3000; i++) write(logDir, i % 3 ? A : B, i);
    for (const session of [A, B]) write(logDir, session, -1, 'session.end');
    // `rm logs/*.jsonl`, the index folder kept; new runs write a new, larger record file, which the
    // file system gave the removed file's inode number (as ext4 does): the index names its inode.
    const newDir = path.join(temp(), 'new');
    const newFile = recordFile(newDir, 'processing');
    for (let i = 0; i < 6000; i++) write(newDir, C, i);
    fs.cpSync(path.join(logDir, INDEX_FOLDER), path.join(newDir, INDEX_FOLDER), { recursive: true });
    repointIndexes(logDir, newDir);
    expect(fs.readFileSync(sessionIndexFile(newFile, A), 'latin1')).toMatch(/^k /m);
    expect(fs.statSync(newFile).size).toBeGreaterThan(fs.statSync(file).size);

    // The record file, the truth, holds no line of A: none is read from A's copy.
    expect(read(newFile, A, true).lines).toBe(0);
    expect(compare(newFile, A)).toMatch(/was written for another record file/);
    expect(read(newFile, A, false).lines).toBe(0);
    expect(compare(file, A)).toBeUndefined();
  });

  it('scans the whole file, and says why, without an index, with a damaged one, or with one of another file', () => {
    const logDir = temp();
    const file = recordFile(logDir, 'processing');
    for (let i = 0; i < 50; i++) write(logDir, i % 2 ? A : B, i);
    for (const session of [A, B]) write(logDir, session, -1, 'session.end');
    const indexFile = sessionIndexFile(file, A);
    const index = fs.readFileSync(indexFile, 'latin1');

    fs.appendFileSync(indexFile, 'r 1-x 10');
    expect(compare(file, A)).toMatch(/ends in a cut line: the whole record file was scanned/);
    fs.writeFileSync(indexFile, `${index}garbage\n`);
    expect(compare(file, A)).toMatch(/has a line that is not an entry/);
    fs.writeFileSync(indexFile, index.replace(/ (\d+)\n/, ' 999999999\n'));
    expect(compare(file, A)).toMatch(/points past the end of the record file/);
    // Its first entry never written (a writer killed right after creating it, a full disk): it hides nothing.
    for (const text of ['', '\n']) {
      fs.writeFileSync(indexFile, text);
      expect(compare(file, A)).toMatch(/has no entry of a writer .*: the whole record file was scanned/);
      expect(read(file, A, false).lines).toBe(26);
    }
    fs.writeFileSync(indexFile, index);
    expect(compare(file, A)).toBeUndefined();

    // The record file replaced by a copy of itself: the index names the old one.
    fs.copyFileSync(file, `${file}.copy`);
    fs.renameSync(`${file}.copy`, file);
    expect(compare(file, A)).toMatch(/was written for another record file/);

    fs.rmSync(path.join(logDir, INDEX_FOLDER), { recursive: true });
    expect(compare(file, A)).toMatch(new RegExp(`session ${A} has no index .*: .* was scanned whole`));
    expect(readSessionModel(logDir, A, { kinds: ['processing'] }).notes).toHaveLength(1);

    // Nothing to say about a session that is not there.
    expect(read(file, 'sess_2025-01-18_17-33-00_0d0d0d0d', false)).toEqual({ output: '', lines: 0, skipped: 0 });
  });
});

describe('a session with lines written without an index', () => {
  it('keeps them in sight when the writer writes it again, and says so', () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    const line = (session: string, i: number) => JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.000Z', session, stage: 'generate', event: 'step.output', pid: 1, msg: `by hand ${i}` });
    fs.mkdirSync(logDir);
    fs.writeFileSync(file, `${line(A, 0)}\n${line(B, 1)}\n`);
    // Written to again (a `session.start` too, as when a run is given the session): its index
    // must not hide the lines before it. A session new to the file has an index of its own.
    write(logDir, A, 2, 'session.start');
    write(logDir, C, 3, 'session.start');
    for (const session of [A, C]) write(logDir, session, 4, 'session.end');
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1')).toMatch(/^x \d+-[0-9a-f]+\n$/);
    expect(compare(file, A)).toMatch(/says the session has lines written without it/);
    expect(read(file, A, false).output).toContain('"msg":"by hand 0"');
    expect(compare(file, C)).toBeUndefined();
  });

  it('keeps them in sight when their index lost its first entry (`x` or `o`), and the writer writes the session again', () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    for (let i = 0; i < 50; i++) write(logDir, A, i);
    write(logDir, B, 50);
    write(logDir, A, 51, 'session.end');
    // A full disk as the writer began the index, or a SIGKILL right after it created the file.
    fs.writeFileSync(sessionIndexFile(file, A), '');
    expect(compare(file, A)).toMatch(/has no entry of a writer/);
    write(logDir, A, 52, 'session.start');
    write(logDir, A, 53, 'session.end');
    expect(fs.readFileSync(sessionIndexFile(file, A), 'latin1')).toMatch(/^x \d+-[0-9a-f]+\n$/);
    expect(compare(file, A)).toMatch(/says the session has lines written without it/);
    expect(read(file, A, false).lines).toBe(53);
  });

  it('keeps in sight the lines of a session this process began when the index folder is removed as it writes, and it writes the session again', () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    const session = newSessionId();
    for (let i = 0; i < 20; i++) write(logDir, session, i);
    // Removed by hand during a run; the run then ends the session, and packaging writes its
    // `stage.end` after the `session.end`: the session's index is begun again.
    fs.rmSync(path.join(logDir, INDEX_FOLDER), { recursive: true });
    write(logDir, session, 20, 'session.end');
    write(logDir, session, 21, 'stage.end');
    write(logDir, session, 22, 'session.end');
    expect(read(file, session, false).lines).toBe(23);
    expect(compare(file, session)).toMatch(/says the session has lines written without it/);
  });

  it('finds them when a reader scanned the file for the session before: in the bytes appended since, or in a file that replaced it', () => {
    const line = (session: string, i: number) => JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.000Z', session, stage: 'generate', event: 'step.output', pid: 1, msg: `by hand ${i}` });
    const D = 'sess_2025-01-18_17-33-00_0d0d0d0d';
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    fs.mkdirSync(logDir);
    // C's line is being written as the readers look: its start is there, the session not yet.
    const cut = line(C, 2).indexOf(`"session"`) + 3;
    fs.writeFileSync(file, `${line(B, 0)}
${line(C, 2).slice(0, cut)}`);
    for (const session of [A, C, D]) expect(read(file, session, false)).toEqual({ output: '', lines: 0, skipped: 0 });
    // Then lines of A and of C, written without an index, are appended; a reader finds them, and
    // the writer's index does not hide them.
    fs.appendFileSync(file, `${line(C, 2).slice(cut)}
${line(A, 1)}
`);
    expect(read(file, A, false).lines).toBe(1);
    for (const session of [A, C, D]) write(logDir, session, 3, 'session.start');
    for (const session of [A, C]) {
      expect(fs.readFileSync(sessionIndexFile(file, session), 'latin1')).toMatch(/^x \d+-[0-9a-f]+\n$/);
      expect(read(file, session, false).output).toContain('"msg":"by hand ');
      expect(compare(file, session)).toMatch(/says the session has lines written without it/);
    }
    expect(fs.readFileSync(sessionIndexFile(file, D), 'latin1')).toMatch(/^o /);
    expect(compare(file, D)).toBeUndefined();

    // A record file replaced, longer than the one scanned, with a line of the session at its start.
    const other = path.join(temp(), 'other-logs');
    const replaced = recordFile(other, 'processing');
    fs.mkdirSync(other);
    fs.writeFileSync(replaced, `${line(B, 0)}
`);
    expect(read(replaced, A, false).lines).toBe(0);
    fs.writeFileSync(`${replaced}.new`, `${line(A, 1)}
${line(B, 0)}
${line(B, 0)}
`);
    fs.renameSync(`${replaced}.new`, replaced);
    write(other, A, 3, 'session.start');
    expect(fs.readFileSync(sessionIndexFile(replaced, A), 'latin1')).toMatch(/^x /);
    expect(read(replaced, A, false).lines).toBe(2);
  });
});

describe('scanning byte ranges', () => {
  it('visits each line holding a byte of the ranges once, in order, wherever the ranges start and end', () => {
    const file = path.join(temp(), 'lines.jsonl');
    const needle = sessionNeedle(A);
    const random = seeded(7);
    const pieces: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const session = random() < 0.3 ? A : B;
      // Now and then a line longer than the read buffers, and a cut line glued to the next.
      const pad = random() < 0.002 ? 300_000 : Math.floor(random() * 300);
      const line = `{"level":"info","time":"t","session":"${session}","i":${i},"pad":"${'x'.repeat(pad)}"}`;
      pieces.push(random() < 0.01 ? line.slice(0, 40) + line : line);
    }
    const text = `${pieces.join('\n')}\n{"session":"${A}","cut`;
    fs.writeFileSync(file, text);
    const size = Buffer.byteLength(text);

    // Each line (newline included) with its offsets, the unterminated tail last.
    const lines: { start: number; end: number; text: string }[] = [];
    let offset = 0;
    for (const piece of text.split('\n')) {
      lines.push({ start: offset, end: offset + piece.length + 1, text: piece });
      offset += piece.length + 1;
    }
    const visited = (spans: number[]) => {
      const out: string[] = [];
      const visit = (chunk: Buffer, start: number, end: number) => out.push(chunk.toString('latin1', start, end));
      scanSpans(file, spans, needle, visit, (chunk, start, end) => out.push(`tail:${chunk.toString('latin1', start, end)}`));
      return out;
    };
    const tail = lines[lines.length - 1];
    const expected = (spans: number[]) =>
      lines
        .filter((line) => line.text.includes(needle.toString()))
        .filter((line) => spans.some((_, i) => i % 2 === 0 && line.start < spans[i + 1] && line.end > spans[i]))
        .map((line) => (line === tail ? `tail:${line.text}` : line.text));

    const whole: string[] = [];
    scanLines(file, needle, (chunk, start, end) => whole.push(chunk.toString('latin1', start, end)), (chunk, start, end) => whole.push(`tail:${chunk.toString('latin1', start, end)}`));
    expect(visited([0, Infinity])).toEqual(whole);
    for (let round = 0; round < 60; round++) {
      const cuts = Array.from({ length: 2 * (1 + Math.floor(random() * 40)) }, () => Math.floor(random() * (size + 10))).sort((a, b) => a - b);
      const spans = [...new Set(cuts)];
      if (spans.length % 2) spans.push(Infinity);
      expect(visited(spans)).toEqual(expected(spans));
    }
    // Ranges of whole lines, as the writer's are (they are read one after another into one buffer):
    // runs of lines, some next to each other, some longer than that buffer, some glued to a cut one.
    for (let round = 0; round < 60; round++) {
      const spans: number[] = [];
      for (let k = Math.floor(random() * 20); k < lines.length - 1; k += 1 + Math.floor(random() * 40)) {
        const last = Math.min(lines.length - 2, k + Math.floor(random() * 3));
        if (spans.length > 0 && spans[spans.length - 1] === lines[k].start) spans[spans.length - 1] = lines[last].end;
        else spans.push(lines[k].start, lines[last].end);
        k = last;
      }
      expect(visited(spans)).toEqual(expected(spans));
    }
  });
});
