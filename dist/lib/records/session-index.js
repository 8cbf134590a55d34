import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 */
export const INDEX_FOLDER = 'index';
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
export function sessionIndexFile(recordFile, sessionId) {
    return path.join(path.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${path.basename(recordFile, '.jsonl')}.idx`);
}
/** This process, as the index names it: the pid says whether it still runs, the rest tells reused pids apart. */
const WRITER_ID = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
export const openEntry = (inode, offset) => `o ${WRITER_ID} ${inode} ${offset}\n`;
export const rangesEntry = (ranges) => `r ${WRITER_ID} ${ranges.join(' ')}\n`;
export const closeEntry = () => `c ${WRITER_ID}\n`;
export const unindexedEntry = () => `x ${WRITER_ID}\n`;
/** Ranges closer than this are read as one span: reading the bytes between costs less than another read. */
const MERGE_GAP = 4 * 1024;
function sortAndMerge(pairs) {
    const count = pairs.length / 2;
    // One writer's ranges come in file order; only several writers' need sorting.
    let sorted = true;
    for (let i = 1; i < count && sorted; i++)
        sorted = pairs[2 * i] >= pairs[2 * i - 2];
    let order;
    if (!sorted) {
        order = [];
        for (let i = 0; i < count; i++)
            order.push(i);
        order.sort((a, b) => pairs[2 * a] - pairs[2 * b]);
    }
    const spans = [];
    for (let k = 0; k < count; k++) {
        const i = order ? order[k] : k;
        const start = pairs[2 * i];
        const end = pairs[2 * i + 1];
        const last = spans.length - 1;
        if (spans.length > 0 && start <= spans[last] + MERGE_GAP)
            spans[last] = Math.max(spans[last], end);
        else
            spans.push(start, end);
    }
    return spans;
}
const SPACE = 0x20;
const ZERO = 0x30;
const NINE = 0x39;
/**
 * Appends the numbers of `text[from, end)` (whole numbers, one space between two) to `into` and
 * returns how many, or -1 when the text is not that. One loop over the characters, straight into
 * the list it is given: a long session's index holds tens of thousands of numbers, and this runs
 * once per read, before the code is warm.
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
const notAnEntry = (text, start, end) => `has a line that is not an entry (${JSON.stringify(text.slice(start, Math.min(end, start + 80)))})`;
/**
 * The plan for reading the session from a global file of `inode` and `size` bytes, from its index
 * text (read before the file's size was taken, so that every range in it is within the file).
 * Each line is `<type> <writer>[ <number>]...`.
 */
export function planFromIndex(text, inode, size, indexFile) {
    const damaged = (why) => ({ usable: false, note: `the session index ${indexFile} ${why}: the whole record file was scanned` });
    if (text.length > 0 && !text.endsWith('\n'))
        return damaged('ends in a cut line');
    const writers = new Map();
    const numbers = [];
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
            // The most frequent line by far: its ranges go straight into the writer's list.
            const first = state.ranges.length;
            const count = parseNumbers(text, numbersStart, end, state.ranges);
            if (count <= 0 || count % 2 !== 0)
                return damaged(notAnEntry(text, start, end));
            for (let i = first; i < state.ranges.length; i += 2) {
                if (state.ranges[i] > state.ranges[i + 1] || state.ranges[i + 1] > size)
                    return damaged('points past the end of the record file (it was cut)');
            }
            state.from = Math.max(state.from, state.ranges[state.ranges.length - 1]);
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
                return damaged('points past the end of the record file (it was cut)');
            if (!state) {
                const writer = text.slice(start + 2, writerEnd);
                state = { pid: Number.parseInt(writer, 10), closed: false, from: numbers[1], ranges: [] };
                writers.set(writer, state);
            }
            state.closed = false;
            state.from = Math.max(state.from, numbers[1]);
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
    // One writer (the usual case): its ranges are the pairs; several: theirs together.
    const states = [...writers.values()];
    const pairs = states.length === 1 ? states[0].ranges : states.flatMap((state) => state.ranges);
    let stopped;
    for (const state of states) {
        if (state.closed)
            continue;
        // Still writing, or stopped without closing: its last lines are somewhere after `from`.
        pairs.push(state.from, Infinity);
        if (!processAlive(state.pid) && (!stopped || state.from < stopped.from))
            stopped = { pid: state.pid, from: state.from };
    }
    const note = stopped
        ? `a writer of the session (pid ${stopped.pid}) stopped without closing ${indexFile}: the record file was scanned from byte ${stopped.from} to its end`
        : undefined;
    return { usable: true, spans: sortAndMerge(pairs), note };
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
