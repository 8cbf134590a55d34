import { filterSessionLines } from '../../src/records/filter.js';

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
