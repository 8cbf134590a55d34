import fs from 'node:fs';
/**
 * The line scanner under every reader of the global record files. It streams a file (or the byte
 * ranges of it a session's index names) in chunks with positioned reads into one reused buffer
 * and looks at raw bytes only: with a needle, the needle is searched across the whole chunk, so
 * lines without it are never looked at one by one. A whole 1 GiB file costs about twice what
 * `grep -F` costs, in flat memory; a session's ranges cost about its own size. One thread: on two cores a worker thread scanning half of the file was measured slower
 * than this, with and without a second process loading a core (docs/performance.md).
 */
/** Size of the reused read buffer of a whole-file scan; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
/** The same for reading ranges: most are a few lines long, and a long one is read in several chunks. */
const SPAN_CHUNK_BYTES = 256 * 1024;
/**
 * The ranges that hold whole lines are read one after another into a buffer of this size, and
 * their lines visited a buffer at a time: one read per range, one search per buffer.
 */
const BATCH_BYTES = 256 * 1024;
/** What is read at a time past the end of a range to finish its last line. */
const PAST_SPAN_BYTES = 64 * 1024;
/** What is read at a time looking back for the start of a line. */
const BACK_BYTES = 4096;
const NEWLINE = 0x0a;
/** The file opened for reading (or with `flags`), or `undefined` when it (or, to create it, its folder) does not exist. */
export function openIfExists(file, flags = 'r') {
    try {
        return fs.openSync(file, flags);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** `region` ends with a newline. */
function visitAll(region, visit) {
    let start = 0;
    while (start < region.length) {
        const end = region.indexOf(NEWLINE, start);
        if (end > start)
            visit(region, start, end, -1);
        start = end + 1;
    }
}
/** `region` ends with a newline. */
function visitMatching(region, needle, visit) {
    let from = 0;
    for (;;) {
        const hit = region.indexOf(needle, from);
        if (hit < 0)
            return;
        // Searched back in a loop: the line's start is a few bytes before the session in a record.
        let start = hit;
        while (start > 0 && region[start - 1] !== NEWLINE)
            start -= 1;
        const end = region.indexOf(NEWLINE, hit + needle.length);
        visit(region, start, end, hit);
        from = end + 1;
    }
}
/**
 * Visits the lines that start in `[from, to)` of the open file, reading on past `to` to the end of
 * the last one; returns the byte after the last line visited (or after the tail), or `undefined`
 * when `aligned` asked for byte `from` to be a newline and it is not. A line cut by a chunk
 * boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated. Within a span only what is left of it is read, so that a short span costs one
 * short read.
 */
function scanSpan(fd, from, to, needle, visit, onTail, read, aligned) {
    let buffer = read.bytes;
    /** The file offset of `buffer[0]`. */
    let base = from;
    let position = from;
    let held = 0;
    const visitRegion = (region) => (needle ? visitMatching(region, needle, visit) : visitAll(region, visit));
    for (;;) {
        if (held === buffer.length) {
            const larger = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(larger, 0, 0, held);
            read.bytes = buffer = larger;
        }
        const room = buffer.length - held;
        const wanted = position < to ? Math.min(room, to - position) : Math.min(room, PAST_SPAN_BYTES);
        const count = fs.readSync(fd, buffer, held, wanted, position);
        if (count === 0)
            break;
        if (aligned && position === from && buffer[0] !== NEWLINE)
            return undefined;
        position += count;
        const filled = held + count;
        if (position >= to) {
            // The buffer holds byte `to - 1`: the span ends with the line holding it (most often the
            // range ends a line, and that byte is its newline).
            const last = Math.max(0, to - 1 - base);
            const cut = buffer[last] === NEWLINE ? last : buffer.subarray(0, filled).indexOf(NEWLINE, last);
            if (cut >= 0) {
                visitRegion(buffer.subarray(0, cut + 1));
                return base + cut + 1;
            }
        }
        // Search from the bytes just read: the held part has no newline in it.
        const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
        if (lastNewline < held) {
            held = filled;
            continue;
        }
        // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
        visitRegion(buffer.subarray(0, lastNewline + 1));
        buffer.copyWithin(0, lastNewline + 1, filled);
        held = filled - lastNewline - 1;
        base += lastNewline + 1;
    }
    if (held > 0 && (!needle || buffer.subarray(0, held).includes(needle)))
        onTail(buffer, 0, held, -1);
    return base + held;
}
/** The start of the line holding byte `at - 1`, not before `floor` (a line start). */
function lineStartBefore(fd, at, floor) {
    const block = Buffer.allocUnsafe(BACK_BYTES);
    let end = at;
    while (end > floor) {
        const start = Math.max(floor, end - BACK_BYTES);
        fs.readSync(fd, block, 0, end - start, start);
        const newline = block.subarray(0, end - start).lastIndexOf(NEWLINE);
        if (newline >= 0)
            return start + newline + 1;
        end = start;
    }
    return floor;
}
/** `source` is a file name, or a descriptor open for reading, which is left open. */
function withFile(source, use) {
    if (typeof source === 'number')
        return use(source);
    const fd = openIfExists(source);
    if (fd === undefined)
        return;
    try {
        use(fd);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too.
 */
export function scanLines(file, needle, visit, onTail) {
    withFile(file, (fd) => scanSpan(fd, 0, Infinity, needle, visit, onTail, { bytes: Buffer.allocUnsafe(CHUNK_BYTES) }, false));
}
/**
 * The same visits as `scanLines` with the same needle, for the byte ranges `ranges` (`[start, end)`
 * pairs, in the order to visit) of the open file, each made of whole lines: a session's copy of its
 * lines (session-index.ts), read in large chunks.
 */
export function scanLineRanges(fd, ranges, needle, visit, onTail) {
    const read = { bytes: Buffer.allocUnsafe(CHUNK_BYTES) };
    for (let i = 0; i < ranges.length; i += 2)
        scanSpan(fd, ranges[i], ranges[i + 1], needle, visit, onTail, read, false);
}
/**
 * The same visits as `scanLines` with the same needle, for the lines that start in the byte
 * ranges `spans` (`[start, end)` pairs, sorted, disjoint, `end` possibly `Infinity`): each line
 * whole, once, in file order, even where a range starts or ends inside a line.
 */
export function scanSpans(file, spans, needle, visit, onTail) {
    withFile(file, (fd) => {
        const read = { bytes: Buffer.allocUnsafe(SPAN_CHUNK_BYTES) };
        // Ranges of whole lines, one after another: `batch[0]` is a newline, `batch[1, used)` the lines.
        const batch = Buffer.allocUnsafe(BATCH_BYTES);
        batch[0] = NEWLINE;
        let used = 1;
        const visitBatch = () => {
            if (used > 1)
                visitMatching(batch.subarray(1, used), needle, visit);
            used = 1;
        };
        /** Lines before this byte were visited (or passed over) already. */
        let done = 0;
        for (let i = 0; i < spans.length; i += 2) {
            const start = spans[i];
            const end = spans[i + 1];
            if (end <= done)
                continue;
            if (start > done && start > 0 && end - start < BATCH_BYTES) {
                if (used + end - start > BATCH_BYTES)
                    visitBatch();
                // The byte before the range is read over the newline ending the last one: the range holds
                // whole lines when that byte and its own last byte are newlines (most ranges: the writer's
                // lines); then its lines wait in the batch. Otherwise the newline is put back and the range
                // is read on its own.
                const wanted = end - start + 1;
                const at = used - 1;
                if (fs.readSync(fd, batch, at, wanted, start - 1) === wanted && batch[at] === NEWLINE && batch[at + wanted - 1] === NEWLINE) {
                    used += wanted - 1;
                    done = end;
                    continue;
                }
                batch[at] = NEWLINE;
            }
            // The lines waiting in the batch come first: they are before this range.
            visitBatch();
            // A range starting past `done` is read from the byte before it, which must end a line.
            done =
                (start > done ? scanSpan(fd, start - 1, end, needle, visit, onTail, read, true) : undefined) ??
                    scanSpan(fd, start > done ? lineStartBefore(fd, start, done) : done, end, needle, visit, onTail, read, false);
        }
        visitBatch();
    });
}
