import fs from 'node:fs';

/**
 * The line scanner under every reader of the global record files. It streams a file in large
 * fixed chunks with positioned reads into one reused buffer and looks at raw bytes only: with a
 * needle, the needle is searched across the whole chunk, so lines without it are never looked at
 * one by one. Filtering one session out of a 1 GiB file costs about what `grep -F` costs, in flat
 * memory. One thread: on two cores a worker thread scanning half of the file was measured slower
 * than this, with and without a second process loading a core (docs/performance.md).
 */

/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Receives one line as a view `chunk[start, end)` (no newline) into the scanner's buffer, which is
 * reused: copy what must outlive the call.
 */
export type LineVisitor = (chunk: Buffer, start: number, end: number) => void;

function openIfExists(file: string): number | undefined {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** `region` ends with a newline. */
function visitAll(region: Buffer, visit: LineVisitor): void {
  let start = 0;
  while (start < region.length) {
    const end = region.indexOf(NEWLINE, start);
    if (end > start) visit(region, start, end);
    start = end + 1;
  }
}

/** `region` ends with a newline. */
function visitMatching(region: Buffer, needle: Buffer, visit: LineVisitor): void {
  let from = 0;
  for (;;) {
    const hit = region.indexOf(needle, from);
    if (hit < 0) return;
    // lastIndexOf with a negative offset would count from the end: a hit at 0 starts the region.
    const start = hit === 0 ? 0 : region.lastIndexOf(NEWLINE, hit - 1) + 1;
    const end = region.indexOf(NEWLINE, hit + needle.length);
    visit(region, start, end);
    from = end + 1;
  }
}

/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too. A line cut by a
 * chunk boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated.
 */
export function scanLines(file: string, needle: Buffer | undefined, visit: LineVisitor, onTail: LineVisitor): void {
  const fd = openIfExists(file);
  if (fd === undefined) return;
  try {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let position = 0;
    let held = 0;
    for (;;) {
      if (held === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, held);
        buffer = larger;
      }
      const read = fs.readSync(fd, buffer, held, buffer.length - held, position);
      if (read === 0) break;
      position += read;
      const filled = held + read;
      // Search from the bytes just read: the held part has no newline in it.
      const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
      if (lastNewline < held) {
        held = filled;
        continue;
      }
      // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
      const complete = buffer.subarray(0, lastNewline + 1);
      if (needle) visitMatching(complete, needle, visit);
      else visitAll(complete, visit);
      buffer.copyWithin(0, lastNewline + 1, filled);
      held = filled - lastNewline - 1;
    }
    if (held > 0 && (!needle || buffer.subarray(0, held).includes(needle))) onTail(buffer, 0, held);
  } finally {
    fs.closeSync(fd);
  }
}
