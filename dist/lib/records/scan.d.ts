/**
 * Receives one line as a view `chunk[start, end)` (no newline) into the scanner's buffer, which is
 * reused: copy what must outlive the call.
 */
export type LineVisitor = (chunk: Buffer, start: number, end: number) => void;
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too. A line cut by a
 * chunk boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated.
 */
export declare function scanLines(file: string, needle: Buffer | undefined, visit: LineVisitor, onTail: LineVisitor): void;
