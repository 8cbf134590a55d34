import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterSessionLines, sessionNeedle } from '../../src/records/filter.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * The filter against a simple reference implementation on the same bytes: the lines must come out
 * exactly as splitting the whole file on newlines gives them, wherever the 1 MiB read chunks fall:
 * inside a line, inside a line longer than a chunk, inside a torn line, inside the unterminated
 * tail.
 */
const A = 'sess_2025-01-18_17-30-45_0a0a0a0a';
const B = 'sess_2025-01-18_17-31-02_0b0b0b0b';

function recordLine(session: string, i: number, pad: number): string {
  return JSON.stringify({ level: i % 7 ? 'info' : 'warn', time: '2025-01-18T17:30:45.123Z', session, stage: 'generate', event: 'step.output', pid: 7, data: { i, pad: 'p'.repeat(pad) }, msg: `r${i}` });
}

/** What the filter must give: the lines of the session's records, byte for byte, and the count of other lines naming it. */
function referenceFilter(bytes: Buffer, session: string): { output: string; lines: number; skipped: number } {
  const needle = sessionNeedle(session).toString();
  const pieces = bytes.toString('utf8').split('\n');
  const tail = pieces.pop() ?? '';
  const kept: string[] = [];
  let skipped = tail.includes(needle) ? 1 : 0;
  for (const line of pieces.filter((text) => text.includes(needle))) {
    let ours = false;
    try {
      ours = (JSON.parse(line) as { session?: unknown }).session === session;
    } catch {
      // torn or foreign: not a record
    }
    if (ours) kept.push(line);
    else skipped += 1;
  }
  return { output: kept.map((line) => `${line}\n`).join(''), lines: kept.length, skipped };
}

function filtered(file: string, session: string): { output: string; lines: number; skipped: number } {
  const out: Buffer[] = [];
  // The files are written by hand, without an index: the whole-file scan, whose note says so.
  const { lines, skipped } = filterSessionLines(file, session, (chunk, start, end) => out.push(Buffer.from(chunk.subarray(start, end)), Buffer.from('\n')));
  return { output: Buffer.concat(out).toString('utf8'), lines, skipped };
}

describe('filtering one session out of a file, against a reference', () => {
  const temp = useTempDir();

  it('gives the same bytes and counts as the reference, wherever the read chunks are cut', () => {
    const file = path.join(temp(), 'processing.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(recordLine(i % 2 ? A : B, 1000 + i, 10));
    for (let i = 0; i < 12_000; i++) lines.push(recordLine(i % 3 ? B : A, i, (i * 97) % 400));
    const whole = recordLine(A, -1, 50);
    lines.splice(3000, 0, recordLine(A, -2, 2_500_000)); // longer than two read chunks
    lines.splice(5000, 0, `${whole.slice(0, 90)}${whole}`); // a torn line glued to a whole one
    lines.splice(6000, 0, whole.slice(0, 110)); // a line cut short by a crash, after the session
    lines.splice(7000, 0, `2025-01-18 17:30:45,123 - INFO - old tool text naming "session":"${A}"`);
    const tail = recordLine(A, -3, 1_200_000).slice(0, -10); // unterminated, longer than a read chunk
    const bytes = Buffer.from(`${lines.join('\n')}\n${tail}`);
    fs.writeFileSync(file, bytes);
    expect(bytes.length).toBeGreaterThan(6 * 1024 * 1024);

    const expected = referenceFilter(bytes, A);
    expect(expected.skipped).toBe(4);
    expect(filtered(file, A)).toEqual(expected);
    expect(filtered(file, B)).toEqual(referenceFilter(bytes, B));
  });

  it('finds nothing in a file without the session, and handles a file of a single line longer than a read chunk', () => {
    const dir = temp();
    const other = path.join(dir, 'other.jsonl');
    fs.writeFileSync(other, `${Array.from({ length: 5000 }, (_, i) => recordLine(B, i, 100)).join('\n')}\n`);
    expect(filtered(other, A)).toEqual({ output: '', lines: 0, skipped: 0 });

    const single = path.join(dir, 'single.jsonl');
    fs.writeFileSync(single, `${recordLine(A, 0, 1_500_000)}\n`);
    expect(filtered(single, A)).toEqual(referenceFilter(fs.readFileSync(single), A));
  });
});
