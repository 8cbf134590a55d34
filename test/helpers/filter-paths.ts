import fs from 'node:fs';
import path from 'node:path';
import { filterSessionLines, recordFile } from '../../src/records/filter.js';
import { INDEX_FOLDER, sessionCopyFile } from '../../src/records/session-index.js';
import type { RecordKind } from '../../src/records/types.js';

export interface FilteredSession {
  /** The lines given to the visitor, each followed by a newline. */
  output: string;
  lines: number;
  skipped: number;
  note?: string;
}

/** One session out of a record file, through its index or (`scan`) by scanning the whole file. */
export function filterSession(file: string, session: string, scan: boolean): FilteredSession {
  const out: string[] = [];
  const result = filterSessionLines(file, session, (chunk, start, end) => out.push(`${chunk.toString('latin1', start, end)}\n`), { scan });
  return { output: out.join(''), ...result };
}

/**
 * Makes the session indexes of `to`, a copy of the log folder `from`, name the copied record files
 * and session copies (each a file of its own), as the originals name theirs; `edit` changes each
 * index's text further.
 */
export function repointIndexes(from: string, to: string, edit: (text: string) => string = (text) => text): void {
  const index = path.join(to, INDEX_FOLDER);
  for (const name of fs.existsSync(index) ? fs.readdirSync(index) : []) {
    const [session, kind, extension] = name.split('.') as [string, RecordKind, string];
    if (extension !== 'idx') continue;
    const [source, target] = [from, to].map((dir) => recordFile(dir, kind));
    if (!fs.existsSync(source) || !fs.existsSync(target)) continue;
    const lines = sessionCopyFile(target, session);
    const file = path.join(index, name);
    const text = fs
      .readFileSync(file, 'latin1')
      .replaceAll(` ${fs.statSync(source).ino} `, ` ${fs.statSync(target).ino} `)
      .replace(/^k (\S+) (\d+) /gm, (entry, writer) => (fs.existsSync(lines) ? `k ${writer} ${fs.statSync(lines).ino} ` : entry));
    fs.writeFileSync(file, edit(text), 'latin1');
  }
}
