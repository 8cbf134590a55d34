/**
 * Receives one line as a view `chunk[start, end)` (no newline) into the scanner's buffer, which is
 * reused: copy what must outlive the call. With a needle, `hit` is where its first occurrence in
 * the line starts (-1 without one, and for the tail).
 */
export type LineVisitor = (chunk: Buffer, start: number, end: number, hit: number) => void;
/** The file opened for reading (or with `flags`), or `undefined` when it (or, to create it, its folder) does not exist. */
export declare function openIfExists(file: string, flags?: string): number | undefined;
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too.
 */
export declare function scanLines(file: string | number, needle: Buffer | undefined, visit: LineVisitor, onTail: LineVisitor): void;
/**
 * The same visits as `scanLines` with the same needle, for the byte ranges `ranges` (`[start, end)`
 * pairs, in the order to visit) of the open file, each made of whole lines: a session's copy of its
 * lines (session-index.ts), read in large chunks.
 */
export declare function scanLineRanges(fd: number, ranges: readonly number[], needle: Buffer, visit: LineVisitor, onTail: LineVisitor): void;
/**
 * The same visits as `scanLines` with the same needle, for the lines that start in the byte
 * ranges `spans` (`[start, end)` pairs, sorted, disjoint, `end` possibly `Infinity`): each line
 * whole, once, in file order, even where a range starts or ends inside a line.
 */
export declare function scanSpans(file: string | number, spans: readonly number[], needle: Buffer, visit: LineVisitor, onTail: LineVisitor): void;
