import fs from 'node:fs';
import path from 'node:path';
import { RecordFiles } from './types.js';
/**
 * Reading the global record files. A global file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). Readers stream the file in large fixed chunks and look at raw bytes
 * before parsing anything, so that filtering one session out of a 1 GiB file costs about what
 * `grep -F` costs, in flat memory.
 */
/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 8 * 1024 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
export function recordFile(logDir, kind) {
    return path.resolve(logDir, RecordFiles[kind]);
}
function openIfExists(file) {
    try {
        return fs.openSync(file, 'r');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A line cut by a chunk boundary is moved to the front of the
 * same buffer and completed by the next read; nothing is concatenated. A missing file has no lines.
 * `onTail` receives an unterminated last line, if any.
 */
export function scanLines(file, needle, visit, onTail) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return { tailBytes: 0 };
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let held = 0;
    try {
        for (;;) {
            if (held === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, held);
                buffer = larger;
            }
            const read = fs.readSync(fd, buffer, held, buffer.length - held, null);
            if (read === 0)
                break;
            const filled = held + read;
            // Search from the bytes just read: the held part has no newline in it.
            const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
            if (lastNewline < held) {
                held = filled;
                continue;
            }
            // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
            const complete = buffer.subarray(0, lastNewline + 1);
            if (needle)
                visitMatching(complete, needle, visit);
            else
                visitAll(complete, visit);
            buffer.copyWithin(0, lastNewline + 1, filled);
            held = filled - lastNewline - 1;
        }
    }
    finally {
        fs.closeSync(fd);
    }
    if (held > 0 && onTail && (!needle || buffer.subarray(0, held).includes(needle)))
        onTail(buffer, 0, held);
    return { tailBytes: held };
}
/** `region` ends with a newline. */
function visitAll(region, visit) {
    let start = 0;
    while (start < region.length) {
        const end = region.indexOf(NEWLINE, start);
        if (end > start)
            visit(region, start, end);
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
        // lastIndexOf with a negative offset would count from the end: a hit at 0 starts the region.
        const start = hit === 0 ? 0 : region.lastIndexOf(NEWLINE, hit - 1) + 1;
        const end = region.indexOf(NEWLINE, hit + needle.length);
        visit(region, start, end);
        from = end + 1;
    }
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
}
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
/** Whether a parsed value has the shape of a record (the fields every view relies on). */
export function isLogRecord(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return false;
    const r = value;
    return (typeof r.session === 'string' &&
        typeof r.time === 'string' &&
        typeof r.event === 'string' &&
        typeof r.stage === 'string' &&
        typeof r.level === 'string' &&
        LEVELS.has(r.level));
}
/** The record on a line, or undefined for a line that is not one. */
export function parseRecordLine(chunk, start, end) {
    let value;
    try {
        value = JSON.parse(chunk.toString('utf8', start, end));
    }
    catch {
        return undefined;
    }
    return isLogRecord(value) ? value : undefined;
}
/**
 * True when the line is, beyond doubt, one whole record written by our writer whose top-level
 * session is the one at `hit`: `{"level":"<level>","time":"<iso>",` right before the session
 * key, a closing brace at the end, and no second record start inside (two records glued by a
 * torn write). Lines that fail this are not rejected: the caller parses them to decide.
 */
function isWriterLineAt(chunk, start, end, hit) {
    if (chunk[end - 1] !== CLOSE_BRACE || chunk[hit - 1] !== COMMA || chunk[hit - 2] !== QUOTE)
        return false;
    if (chunk.compare(LEVEL_OPEN, 0, LEVEL_OPEN.length, start, start + LEVEL_OPEN.length) !== 0)
        return false;
    const levelEnd = start + LEVEL_OPEN.length;
    const time = chunk.indexOf(TIME_KEY, levelEnd);
    if (time < 0 || time - levelEnd > LONGEST_LEVEL)
        return false;
    // The ISO time holds no quote: the first quote after its opening must be the one closing it.
    const timeValue = time + TIME_KEY.length;
    if (chunk.indexOf(QUOTE, timeValue) !== hit - 2)
        return false;
    return chunk.subarray(start + 1, end).indexOf(LEVEL_OPEN) < 0;
}
/**
 * Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. The
 * session is found in the raw bytes first; a line is parsed only when its bytes leave a doubt.
 */
export function filterSessionLines(file, sessionId, visit) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    scanLines(file, needle, (chunk, start, end) => {
        const hit = chunk.indexOf(needle, start);
        if (isWriterLineAt(chunk, start, end, hit) || parseRecordLine(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end);
        }
        else {
            result.skipped += 1;
        }
    }, () => {
        result.skipped += 1;
    });
    return result;
}
/** The records of one session in one global file, in file order. A missing file has none. */
export function readSessionRecords(logDir, sessionId, kind) {
    const records = [];
    let skipped = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
        const parsed = parseRecordLine(chunk, start, end);
        if (parsed)
            records.push(parsed);
        else
            skipped += 1;
    });
    return { records, skipped: skipped + result.skipped };
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
export function forEachRecord(file, onRecord) {
    const result = { records: 0, foreign: 0 };
    scanLines(file, undefined, (chunk, start, end) => {
        const parsed = parseRecordLine(chunk, start, end);
        if (parsed) {
            result.records += 1;
            onRecord(parsed);
        }
        else {
            result.foreign += 1;
        }
    }, () => {
        result.foreign += 1;
    });
    return result;
}
