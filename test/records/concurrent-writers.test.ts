import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../../src/records/filter.js';
import { useChildren } from '../helpers/children.js';
import { filterSession } from '../helpers/filter-paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** Writes records through the built writer in a child process; see the script. */
const WRITER = fileURLToPath(new URL('../helpers/write-records.mjs', import.meta.url));
const EVEN = 'sess_2025-01-18_17-30-45_00000000';
const ODD = 'sess_2025-01-18_17-30-45_11111111';

interface Written {
  session: string;
  data: { writer: number; seq: number };
}

describe('many processes appending to one record file', () => {
  const temp = useTempDir();
  const children = useChildren();

  it('8 processes x 10,000 records: none torn, none lost, none reordered within a process', async () => {
    const logDir = path.join(temp(), 'logs');
    const writers = 8;
    const count = 10_000;
    const exits = await Promise.all(
      // Each process writes both sessions in turn: their lines interleave within a process (the
      // writer keeps copies of them) and across processes (the copies' checks see the others).
      Array.from({ length: writers }, (_, writer) => children.start([WRITER, logDir, `${EVEN},${ODD}`, String(writer), String(count)], { timeoutMs: 50_000 }).exit),
    );
    for (const exit of exits) expect(exit).toMatchObject({ code: 0, stderr: '' });

    const text = fs.readFileSync(recordFile(logDir, 'processing'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // A process that opens the file while another's line is half-copied sees no final newline and
    // ends the line itself (writer.ts): at most one empty line per process, which every reader skips.
    const all = text.slice(0, -1).split('\n');
    const lines = all.filter((line) => line !== '');
    expect(all.length - lines.length).toBeLessThan(writers);
    expect(lines.length).toBe(writers * count);
    const next = new Array<number>(writers).fill(0);
    let torn = 0;
    // Each process's records arrive in the order it wrote them, every sequence number once: the
    // first record out of order, if any (one `expect` per line would cost more than the writing).
    let outOfOrder: Written['data'] | undefined;
    for (const line of lines) {
      let record: Written;
      try {
        record = JSON.parse(line) as Written;
      } catch {
        torn += 1;
        continue;
      }
      if (record.data.seq !== next[record.data.writer]) outOfOrder ??= record.data;
      next[record.data.writer] += 1;
    }
    expect(outOfOrder).toBeUndefined();
    expect(torn).toBe(0);
    expect(next).toEqual(new Array(writers).fill(count));

    const file = recordFile(logDir, 'processing');
    // Every writer closed its index on exit: read through the indexes, each session's lines are
    // the scan's, byte for byte, with nothing to say.
    for (const session of [EVEN, ODD]) {
      const indexed = filterSession(file, session, false);
      expect({ lines: indexed.lines, skipped: indexed.skipped, note: indexed.note }).toEqual({ lines: (writers / 2) * count, skipped: 0, note: undefined });
      expect(indexed.output === filterSession(file, session, true).output).toBe(true);
    }
  });

  it('a writer killed with SIGKILL loses at most the line it was writing', async () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    // A bound far beyond what it writes before the kill, so the loop cannot end on its own first.
    const { child, exit } = children.start([WRITER, logDir, EVEN, '0', '2000000', 'ack'], { timeoutMs: 50_000 });
    // The child prints the sequence number of every 500th record once it is written.
    const acked = new Promise<number>((resolve) => {
      let seen = '';
      child.stdout!.on('data', (text: string) => {
        seen += text;
        const acks = seen.split('\n').filter(Boolean).map(Number);
        if (acks.length && acks[acks.length - 1] >= 5000) resolve(acks[acks.length - 1]);
      });
    });
    let killed = false;
    const died = exit.then((early) => {
      if (!killed) throw new Error(`the writer exited before the kill: ${early.stderr}`);
      return 0;
    });
    const acknowledged = await Promise.race([acked, died]);
    killed = child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');

    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // The text after the last newline is the one line that may have been cut.
    const complete = lines.slice(0, -1);
    const seqs = complete.map((line) => (JSON.parse(line) as Written).data.seq);
    // The first gap, if any (a diff of thousands of numbers would say less, slowly).
    expect(seqs.findIndex((seq, i) => seq !== i)).toBe(-1);
    expect(seqs.length).toBeGreaterThan(acknowledged);
    // Its index was left open: the reader scans from the writer's last indexed byte, says so, and
    // gives the scan's lines.
    const indexed = filterSession(file, EVEN, false);
    const scanned = filterSession(file, EVEN, true);
    expect(indexed.lines).toBe(complete.length);
    expect(indexed.output === scanned.output).toBe(true);
    expect(indexed.skipped).toBe(scanned.skipped);
    expect(indexed.note).toMatch(new RegExp(`a writer of the session \\(pid ${child.pid}\\) stopped without closing`));
  });
});
