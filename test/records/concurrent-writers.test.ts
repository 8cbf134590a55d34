import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filterSessionLines, recordFile } from '../../src/records/filter.js';
import { useChildren } from '../helpers/children.js';
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
      Array.from({ length: writers }, (_, writer) => children.start([WRITER, logDir, writer % 2 ? ODD : EVEN, String(writer), String(count)], { timeoutMs: 50_000 }).exit),
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
    expect(filterSessionLines(file, EVEN, () => {})).toEqual({ lines: (writers / 2) * count, skipped: 0 });
    expect(filterSessionLines(file, ODD, () => {})).toEqual({ lines: (writers / 2) * count, skipped: 0 });
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
    expect(filterSessionLines(file, EVEN, () => {}).lines).toBe(complete.length);
  });
});
