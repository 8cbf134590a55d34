import fs from 'node:fs';
import path from 'node:path';
import { randomHex } from '../session/id.js';
import { processAlive } from '../session/process.js';
/**
 * The session index: beside each global record file, for each session, a small file saying which
 * byte ranges of the global file hold the session's lines, so that reading one session costs its
 * own size instead of the whole file. The global file stays the complete record and the truth:
 * the index only says where to look, the reader still checks every line it is pointed to, and an
 * index it cannot trust sends it back to scanning.
 *
 * `<logDir>/index/<session>.<kind>.idx` holds text lines, each appended with one `write(2)`:
 *   `o <writer> <inode> <offset>`   a writer (one process) starts writing the session's lines to the
 *                                   global file `<inode>`, all at or after byte `<offset>`; written
 *                                   before its first line reaches the global file
 *   `r <writer> <start> <end> ...`  byte ranges `[start, end)` holding lines of the writer
 *   `k <writer> <from> <to> <start> <end>`
 *                                   the writer's lines of the session in `[start, end)` of the global
 *                                   file are, byte for byte and in order, bytes `[from, to)` of the
 *                                   session's copy (below); written after the copy
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 *
 * `<logDir>/index/<session>.<kind>.lines` is the session's copy: the lines its writers wrote alone
 * (no other process appended to the global file meanwhile) and whole (each after a newline), each
 * writer appending those of a flush with one `write(2)` before its `k` entry. Reading them there
 * costs a few large reads where the global file, the sessions interleaved, costs one read per line.
 * The copy's bytes that no `k` names (a writer killed between the two writes) are never read, and
 * a `k` is read from the copy only when the copy is still the file it names and no two entries name
 * the same bytes of it: a copy removed and written again, or cut and appended to, is not trusted.
 */
export const INDEX_FOLDER = 'index';
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
export function sessionIndexFile(recordFile, sessionId) {
    return path.join(path.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${path.basename(recordFile, '.jsonl')}.idx`);
}
/** The session's copy of its lines of the global record file `recordFile`. */
export function sessionCopyFile(recordFile, sessionId) {
    return path.join(path.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${path.basename(recordFile, '.jsonl')}.lines`);
}
let thisWriter;
/**
 * This process, as the index names it: the pid says whether it still runs, the rest tells reused
 * pids apart. Made at the first entry: readers do not pay for the random bytes.
 */
const writerId = () => (thisWriter ??= `${process.pid}-${randomHex(4)}`);
export const openEntry = (inode, offset) => `o ${writerId()} ${inode} ${offset}\n`;
export const rangesEntry = (ranges) => `r ${writerId()} ${ranges.join(' ')}\n`;
export const copiedEntry = (copyInode, from, to, start, end) => `k ${writerId()} ${copyInode} ${from} ${to} ${start} ${end}\n`;
export const closeEntry = () => `c ${writerId()}\n`;
export const unindexedEntry = () => `x ${writerId()}\n`;
/** Ranges closer than this are read as one span: reading the bytes between costs less than another read. */
const MERGE_GAP = 4 * 1024;
/** Adds the range `[start, end)` to the writer's spans; a writer's ranges come in file order, so it merges with the last or follows it. */
function addRange(state, start, end) {
    const spans = state.spans;
    const last = spans.length - 1;
    if (last > 0 && start < spans[last - 1]) {
        state.unsorted = true;
        spans.push(start, end);
    }
    else if (last > 0 && start <= spans[last] + MERGE_GAP) {
        if (end > spans[last])
            spans[last] = end;
    }
    else {
        spans.push(start, end);
    }
}
/** The spans of several writers (or of one whose ranges came out of order): sorted, and merged as `addRange` merges. */
function sortAndMerge(pairs) {
    const order = [];
    for (let i = 0; i < pairs.length; i += 2)
        order.push(i);
    order.sort((a, b) => pairs[a] - pairs[b]);
    const merged = { spans: [], unsorted: false };
    for (const i of order)
        addRange(merged, pairs[i], pairs[i + 1]);
    return merged.spans;
}
const SPACE = 0x20;
const ZERO = 0x30;
const NINE = 0x39;
/**
 * Appends the numbers of `text[from, end)` (whole numbers, one space between two) to `into` and
 * returns how many, or -1 when the text is not that.
 */
function parseNumbers(text, from, end, into) {
    let count = 0;
    let value = -1;
    for (let i = from; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= ZERO && code <= NINE)
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
        else if (code === SPACE && value >= 0 && value <= Number.MAX_SAFE_INTEGER) {
            into.push(value);
            count += 1;
            value = -1;
        }
        else
            return -1;
    }
    if (value < 0)
        return from < end ? -1 : count;
    if (value > Number.MAX_SAFE_INTEGER)
        return -1;
    into.push(value);
    return count + 1;
}
const NOT_AN_ENTRY = 1;
const PAST_THE_END = 2;
/**
 * Adds the ranges of an `r` line, its numbers `text[from, end)` (pairs of whole numbers, one space
 * between two), to the writer's spans as they are parsed: no list of the line's numbers, one loop
 * over its characters. A long session's index holds tens of thousands of numbers, and this runs
 * once per read, before the code is warm. Returns 0, NOT_AN_ENTRY, or PAST_THE_END for a range
 * beyond the file's `size` or ending before it starts.
 */
function addRanges(text, from, end, state, size) {
    let value = -1;
    let start = -1;
    for (let i = from; i <= end; i++) {
        // The line's end ends its last number as a space would.
        const code = i < end ? text.charCodeAt(i) : SPACE;
        if (code >= ZERO && code <= NINE) {
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
            continue;
        }
        if (code !== SPACE || value < 0 || value > Number.MAX_SAFE_INTEGER)
            return NOT_AN_ENTRY;
        if (start < 0)
            start = value;
        else {
            if (start > value || value > size)
                return PAST_THE_END;
            addRange(state, start, value);
            if (value > state.from)
                state.from = value;
            start = -1;
        }
        value = -1;
    }
    return start < 0 && from < end ? 0 : NOT_AN_ENTRY;
}
const notAnEntry = (text, start, end) => `has a line that is not an entry (${JSON.stringify(text.slice(start, Math.min(end, start + 80)))})`;
const PAST_THE_END_NOTE = 'points past the end of the record file (it was cut)';
/**
 * The plan for reading the session from a global file of `inode` and `size` bytes and its copy
 * (`undefined`: there is none), from its index text (read before the sizes were taken, so that
 * every range in it is within the files). Each line is `<type> <writer>[ <number>]...`.
 */
export function planFromIndex(text, inode, size, indexFile, copy) {
    const damaged = (why) => ({ usable: false, note: `the session index ${indexFile} ${why}: the whole record file was scanned` });
    if (text.length > 0 && !text.endsWith('\n'))
        return damaged('ends in a cut line');
    const writers = new Map();
    const numbers = [];
    /** The `k` entries: the copy's inode, `from`, `to` in it, `start`, `end` in the global file, five numbers each. */
    const copies = [];
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
        end = text.indexOf('\n', start);
        if (end === start)
            continue;
        const writerEnd = text.indexOf(' ', start + 2);
        if (text.charCodeAt(start + 1) !== SPACE || writerEnd === start + 2)
            return damaged(notAnEntry(text, start, end));
        const numbersStart = writerEnd < 0 || writerEnd > end ? end : writerEnd + 1;
        const type = text[start];
        let state = writers.get(text.slice(start + 2, numbersStart === end ? end : writerEnd));
        if (type === 'r' && state) {
            // The most frequent line by far: its ranges go straight into the writer's spans.
            const problem = addRanges(text, numbersStart, end, state, size);
            if (problem === NOT_AN_ENTRY)
                return damaged(notAnEntry(text, start, end));
            if (problem === PAST_THE_END)
                return damaged(PAST_THE_END_NOTE);
            continue;
        }
        numbers.length = 0;
        const count = parseNumbers(text, numbersStart, end, numbers);
        if (count < 0)
            return damaged(notAnEntry(text, start, end));
        if (type === 'o' && count === 2) {
            if (numbers[0] !== inode)
                return damaged('was written for another record file (it was replaced or moved)');
            if (numbers[1] > size)
                return damaged(PAST_THE_END_NOTE);
            if (!state) {
                const writer = text.slice(start + 2, writerEnd);
                state = { pid: Number.parseInt(writer, 10), closed: false, from: numbers[1], spans: [], unsorted: false };
                writers.set(writer, state);
            }
            state.closed = false;
            state.from = Math.max(state.from, numbers[1]);
        }
        else if (type === 'k' && state && count === 5) {
            const [copyInode, from, to, first, last] = numbers;
            if (from > to || first > last)
                return damaged(notAnEntry(text, start, end));
            if (last > size)
                return damaged(PAST_THE_END_NOTE);
            copies.push(copyInode, from, to, first, last);
            if (last > state.from)
                state.from = last;
        }
        else if (type === 'c' && state && count === 0) {
            state.closed = true;
        }
        else if (type === 'x' && count === 0) {
            return damaged('says the session has lines written without it (by an older lyfe-kt or another tool)');
        }
        else {
            return damaged(notAnEntry(text, start, end));
        }
    }
    // Every writer's first entry is its `o` (or an `x`): an index without one lost it (its writer was
    // killed between creating the index and writing it, or the disk was full), and hides nothing less.
    if (writers.size === 0)
        return damaged('has no entry of a writer (its first was never written: the writer was stopped, or the disk was full)');
    let stopped;
    for (const state of writers.values()) {
        if (state.closed)
            continue;
        // Still writing, or stopped without closing: its last lines are somewhere after `from`.
        addRange(state, state.from, Infinity);
        if (!processAlive(state.pid) && (!stopped || state.from < stopped.from))
            stopped = { pid: state.pid, from: state.from };
    }
    const notes = stopped ? [`a writer of the session (pid ${stopped.pid}) stopped without closing ${indexFile}: the record file was scanned from byte ${stopped.from} to its end`] : [];
    // One writer (the usual case): its spans are the plan; several: theirs together, sorted.
    const states = [...writers.values()];
    const spans = states.length === 1 && !states[0].unsorted ? states[0].spans : sortAndMerge(states.flatMap((state) => state.spans));
    const { reads, short } = planReads(copies, spans, copy);
    if (short)
        notes.push(`the session's copy of its lines is missing, shorter than ${indexFile} says, or not the file it names: its lines were read from the record file`);
    return { usable: true, reads, note: notes.length ? notes.join('; ') : undefined };
}
/**
 * The reads of the session in file order: the lines of the `k` entries `copies` from the copy, the
 * spans of the global file `spans` between them. A `k`'s lines come from the copy when the copy
 * can be trusted (`short` when it cannot), the entries do not overlap in the global file (no
 * writer makes such entries: then the global file decides the order), and no span of the global
 * file takes in its lines; else they are read from the global file with the spans. Adjacent ranges
 * of the copy are read as one.
 */
function planReads(copies, spans, copy) {
    const order = [];
    for (let i = 0; i < copies.length; i += 5)
        order.push(i);
    order.sort((a, b) => copies[a + 3] - copies[b + 3]);
    const disjoint = order.every((at, k) => k === 0 || copies[at + 3] >= copies[order[k - 1] + 4]);
    const trusted = disjoint && copy !== undefined && copiesHold(copies, copy);
    // Entries read from the global file join its spans. A span merged over an entry's lines reads
    // them too: that entry joins the spans, whose merging may then take in another, until none is
    // left inside a span.
    let fromCopy = trusted ? order : [];
    let toFile = trusted ? [] : order;
    let file = spans;
    for (;;) {
        if (toFile.length)
            file = sortAndMerge([...file, ...toFile.flatMap((at) => [copies[at + 3], copies[at + 4]])]);
        toFile = fromCopy.filter((at) => overlaps(file, copies[at + 3], copies[at + 4]));
        if (toFile.length === 0)
            break;
        fromCopy = fromCopy.filter((at) => !toFile.includes(at));
    }
    const reads = [];
    const last = (isCopy) => {
        if (reads.at(-1)?.copy !== isCopy)
            reads.push(isCopy ? { copy: true, ranges: [], starts: [] } : { copy: false, ranges: [] });
        return reads.at(-1);
    };
    let span = 0;
    for (const at of fromCopy) {
        for (; span < file.length && file[span] < copies[at + 3]; span += 2)
            last(false).ranges.push(file[span], file[span + 1]);
        const read = last(true);
        const ranges = read.ranges;
        if (ranges.at(-1) === copies[at + 1])
            ranges[ranges.length - 1] = copies[at + 2];
        else
            ranges.push(copies[at + 1], copies[at + 2]);
        read.starts.push(copies[at + 1], copies[at + 3], copies[at + 2] - copies[at + 1]);
    }
    for (; span < file.length; span += 2)
        last(false).ranges.push(file[span], file[span + 1]);
    return { reads, short: disjoint && order.length > 0 && !trusted };
}
/** Whether any of the sorted, disjoint `spans` takes in a byte of `[start, end)`. */
function overlaps(spans, start, end) {
    for (let i = 0; i < spans.length && spans[i] < end; i += 2)
        if (spans[i + 1] > start)
            return true;
    return false;
}
/** Whether every `k` entry names bytes of this very copy that it holds, and no two the same bytes. */
function copiesHold(copies, copy) {
    const ranges = [];
    for (let at = 0; at < copies.length; at += 5) {
        if (copies[at] !== copy.inode || copies[at + 2] > copy.size)
            return false;
        ranges.push([copies[at + 1], copies[at + 2]]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return ranges.every(([from], k) => k === 0 || from >= ranges[k - 1][1]);
}
/** The index text of the session, or undefined when it has none. */
export function readIndexText(file) {
    try {
        return fs.readFileSync(file, 'latin1');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
