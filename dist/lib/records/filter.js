import fs from 'node:fs';
import path from 'node:path';
import { parseRecordLine } from './parse.js';
import { openIfExists, scanLineRanges, scanLines, scanSpans } from './scan.js';
import { planFromIndex, readIndexText, sessionCopyFile, sessionIndexFile } from './session-index.js';
import { RecordFiles } from './types.js';
/**
 * One session out of a global record file. The file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). The session is found in the raw bytes first; a line is parsed only when
 * its bytes leave a doubt about being one whole record of the writer, or when the reader takes the
 * record itself (then the line is parsed once, and nothing else decides). The session's index
 * (session-index.ts) says which parts of the file to read; without a usable one, the whole file is
 * scanned, with the same result.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;
/** How every line of our writer begins: `level`, then `time`, then the record's own keys (the fields and order of pino's lines). */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/** What the writer puts right after the session: the stage, then the event. */
const STAGE_KEY = Buffer.from(',"stage":"');
const EVENT_KEY = Buffer.from('","event":"');
export function recordFile(logDir, kind) {
    return path.resolve(logDir, RecordFiles[kind]);
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
export function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
}
/**
 * Whether `chunk` holds `bytes` at `at`. A loop, not `Buffer#compare`: for the few bytes compared
 * on every line of a session, the call costs more than the comparison.
 */
export function hasBytesAt(chunk, at, bytes) {
    if (at < 0 || at + bytes.length > chunk.length)
        return false;
    for (let i = 0; i < bytes.length; i++)
        if (chunk[at + i] !== bytes[i])
            return false;
    return true;
}
/** The first quote at or after `from` and before `to`, or -1: a loop, for the few bytes of a level, a time or a stage. */
function quoteIn(chunk, from, to) {
    for (let i = from; i < to; i++)
        if (chunk[i] === QUOTE)
            return i;
    return -1;
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
    if (!hasBytesAt(chunk, start, LEVEL_OPEN))
        return false;
    const levelEnd = start + LEVEL_OPEN.length;
    const time = quoteIn(chunk, levelEnd, Math.min(hit, levelEnd + LONGEST_LEVEL + 1));
    if (time < 0 || !hasBytesAt(chunk, time, TIME_KEY))
        return false;
    // The ISO time holds no quote: the first quote after its opening must be the one closing it.
    const timeValue = time + TIME_KEY.length;
    if (timeValue > hit - 2 || quoteIn(chunk, timeValue, hit - 2) >= 0)
        return false;
    // Searched from the session on (the bytes before it were just read as the line's first record):
    // the search stops at the next record's start, most often the next line's.
    const next = chunk.indexOf(LEVEL_OPEN, hit);
    return next < 0 || next > end;
}
/**
 * Where the event name of a writer's line starts, the session's value ending at `afterSession`:
 * the writer puts `,"stage":"<stage>","event":"` there. -1 when the bytes are not those.
 */
function eventAt(chunk, end, afterSession) {
    if (!hasBytesAt(chunk, afterSession, STAGE_KEY))
        return -1;
    // The first quote closes the stage: in the writer's JSON, `","event":"` cannot be inside a string.
    const stageEnd = quoteIn(chunk, afterSession + STAGE_KEY.length, end);
    if (stageEnd < 0 || !hasBytesAt(chunk, stageEnd, EVENT_KEY))
        return -1;
    return stageEnd + EVENT_KEY.length;
}
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
export function filterSessionLines(file, sessionId, visit, options = {}) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    readSessionLines(file, sessionId, needle, result, options, (chunk, start, end, hit) => {
        if (isWriterLineAt(chunk, start, end, hit)) {
            result.lines += 1;
            visit(chunk, start, end, eventAt(chunk, end, hit + needle.length));
        }
        else if (parseRecordLine(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end, -1);
        }
        else {
            result.skipped += 1;
        }
    });
    return result;
}
/**
 * The records of `sessionId` in `file`, in file order, each with its line's bytes (valid only during
 * the call): every line that mentions the session is parsed once, and is one of its records when it
 * parses to one. For a reader that takes every record whole, the shape check `filterSessionLines`
 * makes to spare parsing would only add a search of each line's bytes.
 */
function parseSessionLines(file, sessionId, visit) {
    const result = { lines: 0, skipped: 0 };
    readSessionLines(file, sessionId, sessionNeedle(sessionId), result, {}, (chunk, start, end) => {
        const record = parseRecordLine(chunk, start, end);
        if (record?.session !== sessionId) {
            result.skipped += 1;
            return;
        }
        result.lines += 1;
        visit(record, chunk.subarray(start, end));
    });
    return result;
}
/**
 * Hands `onLine` every line of `file` that holds `needle`, the session's bytes, in file order: the
 * parts of the file the session's index names, or the whole file. An unterminated tail is counted
 * as skipped in `result`, and why the index was not used goes in its `note`.
 */
function readSessionLines(file, sessionId, needle, result, options, onLine) {
    const onTail = () => {
        result.skipped += 1;
    };
    if (options.scan) {
        scanWhole(file, sessionId, needle, onLine, onTail, result, false);
        return;
    }
    const indexFile = sessionIndexFile(file, sessionId);
    // The index first, then the file: every range the index holds was written after its lines.
    const text = readIndexText(indexFile);
    if (text === undefined) {
        scanWhole(file, sessionId, needle, onLine, onTail, result, true);
        if (result.lines > 0)
            result.note = `session ${sessionId} has no index ${indexFile} (its records were written by an older lyfe-kt or another tool): ${file} was scanned whole`;
        return;
    }
    // The file the index is checked against is the one read: opened once, its identity and size from
    // the descriptor; the same for the session's copy, after the index too.
    const fd = openIfExists(file);
    if (fd === undefined)
        return;
    let copyFd;
    try {
        // The copy only for a session whose index names it (a session written alone has none; a `k`
        // entry always follows its writer's `o`).
        copyFd = text.includes('\nk ') ? openIfExists(sessionCopyFile(file, sessionId)) : undefined;
        const stats = fs.fstatSync(fd);
        const copyStats = copyFd === undefined ? undefined : fs.fstatSync(copyFd);
        const plan = planFromIndex(text, stats.ino, stats.size, indexFile, copyStats && { inode: copyStats.ino, size: copyStats.size });
        if (plan.usable && !copyStartsMatch(fd, copyFd, plan.reads)) {
            scanLines(fd, needle, onLine, onTail);
            result.note = `the session index ${indexFile} was written for another record file (the line its copy starts with is not where it says: the file was removed and made again): the whole record file was scanned`;
        }
        else if (plan.usable) {
            for (const read of plan.reads) {
                if (read.copy)
                    scanLineRanges(copyFd, read.ranges, needle, onLine, onTail);
                else
                    scanSpans(fd, read.ranges, needle, onLine, onTail);
            }
        }
        else
            scanLines(fd, needle, onLine, onTail);
        if (plan.note)
            result.note ??= plan.note;
    }
    finally {
        fs.closeSync(fd);
        if (copyFd !== undefined)
            fs.closeSync(copyFd);
    }
}
/** At most this much of the first line of each `k` entry is compared between the copy and the global file. */
const CHECK_BYTES = 256;
/**
 * Whether the global file holds, where each `k` entry read from the copy says, the first line the
 * copy holds for it (up to `CHECK_BYTES` of it). A global file removed and made again can have the
 * removed one's inode number (ext4 gives it at once) and grow past its size: the index then looks
 * like its own, and the copy would give lines the file does not hold. One short read of each file
 * per entry, and an entry is written per 1024 lines or stage at most.
 */
function copyStartsMatch(fd, copyFd, reads) {
    const copied = Buffer.allocUnsafe(CHECK_BYTES);
    const held = Buffer.allocUnsafe(CHECK_BYTES);
    for (const read of reads) {
        const starts = read.starts ?? [];
        for (let i = 0; i < starts.length; i += 3) {
            const wanted = Math.min(CHECK_BYTES, starts[i + 2]);
            const count = fs.readSync(copyFd, copied, 0, wanted, starts[i]);
            const newline = copied.subarray(0, count).indexOf(NEWLINE);
            const length = newline < 0 ? count : newline + 1;
            if (fs.readSync(fd, held, 0, length, starts[i + 1]) !== length || copied.compare(held, 0, length, 0, length) !== 0)
                return false;
        }
    }
    return true;
}
/**
 * What the last whole scan of a record file for a session found, per file and session: the file's
 * inode, its size as the scan began (every line before that byte was looked at), and whether a line
 * mentioned the session. A session that has no index and no line in the file (`run --session` with
 * a new id asks whether it has ended, at each stage, before its first record) is not searched for
 * again in the bytes scanned already, by a reader or by the writer's search for earlier lines
 * (writer.ts): the file is only appended to, so they still hold none.
 */
const searches = new Map();
const searchKey = (file, sessionId) => `${sessionId} ${file}`;
/**
 * Scans the whole file for the session's lines (with `resume`, only the bytes after those a scan
 * found none in), and remembers what it found (`searchedFor`).
 */
function scanWhole(file, sessionId, needle, onLine, onTail, result, resume) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return;
    try {
        const { ino, size } = fs.fstatSync(fd);
        const searched = resume ? searchedFor(file, sessionId, ino, size) : undefined;
        if (searched && !searched.found)
            scanSpans(fd, [searched.size, Infinity], needle, onLine, onTail);
        else
            scanLines(fd, needle, onLine, onTail);
        searches.set(searchKey(file, sessionId), { inode: ino, size, found: result.lines + result.skipped > 0 });
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * What a whole scan of `file` (now of `inode` and `size` bytes) for the session found in this
 * process, when the file is still the one scanned: whether the session had a line before byte
 * `size` of it; lines appended since are after that byte. `undefined`: not scanned, or since replaced or cut.
 */
export function searchedFor(file, sessionId, inode, size) {
    const search = searches.get(searchKey(file, sessionId));
    return search && search.inode === inode && search.size <= size ? search : undefined;
}
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note. With `events`, only the records of those events: a line of
 * the writer's shape names its event in its bytes (where `filterSessionLines` says), so the others
 * are passed over unparsed; a line of any other shape is parsed to know its event.
 */
export function forEachSessionRecord(logDir, sessionId, kind, visit, events) {
    if (!events)
        return parseSessionLines(recordFile(logDir, kind), sessionId, visit);
    // Each name with the quote that closes it: `stage.end` is not taken for `stage.end_of_day`.
    const names = [...events].map((event) => Buffer.from(`${event}"`));
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end, event) => {
        if (event >= 0 && !names.some((name) => hasBytesAt(chunk, event, name)))
            return;
        const record = parseRecordLine(chunk, start, end);
        if (!record)
            unparsed += 1;
        else if (events.has(record.event))
            visit(record, chunk.subarray(start, end));
    });
    return { ...result, skipped: result.skipped + unparsed };
}
/** The records of one session in one global file, in file order. A missing file has none. */
export function readSessionRecords(logDir, sessionId, kind) {
    const records = [];
    const { skipped } = forEachSessionRecord(logDir, sessionId, kind, (record) => records.push(record));
    return { records, skipped };
}
