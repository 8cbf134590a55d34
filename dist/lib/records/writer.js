import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../errors.js';
import { requireSession } from '../session/context.js';
import { begunHere } from '../session/id.js';
import { recordFile, searchedFor, sessionNeedle } from './filter.js';
import { redactText, redactValue } from './redact.js';
import { openIfExists, scanLines, scanSpans } from './scan.js';
import { closeEntry, copiedEntry, INDEX_FOLDER, openEntry, rangesEntry, sessionCopyFile, sessionIndexFile, unindexedEntry } from './session-index.js';
import { Events, RecordFiles } from './types.js';
/**
 * The single writer of records. Each record is one JSON line (`level`, `time` first, `msg` last,
 * as pino writes them) and one `write(2)` of that whole line to a file opened with O_APPEND,
 * synchronously: concurrent processes never tear each other's lines, and a process killed with
 * SIGKILL loses at most the line it was writing. Beside the global files, each session's index
 * (session-index.ts) says where its lines are.
 */
/** Lines written, or bytes, before the ranges they went to are appended to the sessions' indexes (and the lines to their copies). */
const FLUSH_LINES = 1024;
const FLUSH_BYTES = 1024 * 1024;
/** A session's buffer of kept lines starts at this size; one that grew past it is let go at the flush. */
const LINES_BYTES = 64 * 1024;
const NO_LINES = Buffer.alloc(0);
const NEWLINE = 0x0a;
/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'a+');
    if (!startsLine(fd, fs.fstatSync(fd).size))
        fs.writeSync(fd, '\n');
    return fd;
}
/** Whether byte `at` of the file starts a line (the file's start, or just after a newline). */
function startsLine(fd, at) {
    if (at === 0)
        return true;
    const before = Buffer.alloc(1);
    return fs.readSync(fd, before, 0, 1, at - 1) === 1 && before[0] === NEWLINE;
}
/**
 * A global record file open for appending, and where this process's lines went in it. Offsets are
 * counted from the file's size when last looked at, as if no other process wrote since; every
 * `FLUSH_LINES` lines the size is looked at again: when it is what this process's own lines make it,
 * no other process wrote in between and the counted ranges are exact; else each session gets the
 * whole stretch since the last look, which holds its lines and others'. The index then has the
 * ranges. So the index costs one `fstat` per `FLUSH_LINES` lines and one write per session per
 * flush, and is exact when this process writes alone, coarser (never wrong) when others write too.
 * When exact, and the stretch starts a line (nothing torn before it that its first line is glued
 * to), each session's lines of the stretch are also appended to its copy with one write, and its
 * `k` entry says where they are there: a reader then reads the copy, not a range per line.
 */
class RecordFile {
    file;
    fd;
    inode;
    /** The file's size when last looked at. */
    checked;
    /** `checked` plus what this process wrote since. */
    expected;
    /** A write that failed half way: this stretch's ranges are not exact. */
    uncertain = false;
    /** Ranges `[start, end)` written since `checked`, per session, assuming no other writer, and the lines. */
    pending = new Map();
    pendingLines = 0;
    pendingBytes = 0;
    /** The index files of the sessions this process writes, open for appending; undefined: the session has no index. */
    indexes = new Map();
    /** The sessions' copies this process appends to, and their sizes after its last write. */
    copies = new Map();
    /** The sessions this process has written lines of to the file. */
    written = new Set();
    /** Sessions whose index this process opened again after it closed it (the packaging stage records its own end after the session's). */
    reopened = new Set();
    /** The device of the file, with `inode` what tells it apart from another spelling's. */
    device;
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = fs.fstatSync(this.fd);
        this.device = stats.dev;
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    /** Whether `stats` are those of the file this writer appends to. */
    is(stats) {
        return stats.dev === this.device && stats.ino === this.inode;
    }
    /** Whether no session's lines are being written: every index this writer opened is closed. */
    idle() {
        return this.indexes.size === 0;
    }
    /** Whether the file at `name` is still the one this writer appends to (not removed, moved away or replaced since). */
    isAt(name) {
        const stats = fs.statSync(name, { throwIfNoEntry: false });
        return stats !== undefined && this.is(stats);
    }
    /** Closes the file and whatever this writer still holds open of it. */
    release() {
        this.close();
        fs.closeSync(this.fd);
    }
    append(sessionId, line) {
        const length = Buffer.byteLength(line);
        if (!this.indexes.has(sessionId))
            this.openIndex(sessionId);
        const pending = this.indexes.get(sessionId) === undefined ? undefined : this.pendingOf(sessionId);
        const start = this.expected;
        // Lines of a session that follow each other are one range, read with one read: they need no
        // copy. From its first line after another session's, the session keeps its lines' bytes.
        if (pending && !pending.kept && pending.ranges.length > 0 && pending.ranges[pending.ranges.length - 1] !== start)
            this.keep(pending);
        let written = 0;
        try {
            if (pending?.kept) {
                // Encoded once, after the kept lines, and written from there: the copy is the same bytes.
                room(pending, length);
                pending.lines.write(line, pending.bytes);
                while (written < length)
                    written += fs.writeSync(this.fd, pending.lines, pending.bytes + written, length - written);
            }
            else {
                // The string is written as it is (Node encodes it on the way out, without a Buffer on the
                // heap); only a write cut short continues from the bytes.
                written = fs.writeSync(this.fd, line);
                if (written < length) {
                    const bytes = Buffer.from(line);
                    while (written < length)
                        written += fs.writeSync(this.fd, bytes, written);
                }
            }
        }
        finally {
            if (written < length)
                this.uncertain = true;
            this.expected += written;
            // A line of a session without an index still counts in `expected`, for the others' ranges.
            if (pending) {
                const ranges = pending.ranges;
                if (ranges[ranges.length - 1] === start)
                    ranges[ranges.length - 1] = this.expected;
                else
                    ranges.push(start, this.expected);
                if (pending.kept)
                    pending.bytes += written;
            }
            this.pendingLines += 1;
            this.pendingBytes += written;
        }
        if (this.pendingLines >= FLUSH_LINES || this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    pendingOf(sessionId) {
        let pending = this.pending.get(sessionId);
        if (!pending) {
            pending = { ranges: [], kept: false, lines: NO_LINES, bytes: 0 };
            this.pending.set(sessionId, pending);
        }
        return pending;
    }
    /** Starts keeping the session's lines: those of this stretch so far, one range, are read back. */
    keep(pending) {
        const [start, end] = pending.ranges;
        room(pending, end - start);
        pending.bytes = fs.readSync(this.fd, pending.lines, 0, end - start, start);
        // Not all there: the file changed under this process, and this stretch gets no copy.
        if (pending.bytes !== end - start)
            this.uncertain = true;
        pending.kept = true;
    }
    /**
     * Before the session's first line in this process: its index says from where this process
     * writes it. A session with no index yet may already have lines written without one (by an
     * older lyfe-kt, another tool, or a `--session` given to a new run): an index begun now would
     * hide them from readers, so the file is searched for them once (about half what `grep` costs),
     * and when it holds any, the index says so (readers scan) and this process indexes no line of
     * the session. A session this process began has no earlier line until this process writes one:
     * it is not searched for the first time, but is when its index is begun again (the index folder
     * was removed while this process wrote, and the session is written after its `c`). Bytes
     * of the file a reader of this process scanned whole for the session are not searched again
     * (`searchedFor`). An empty index is one whose first entry was lost (an `x` too: a writer killed
     * between creating it and writing, a full disk): it is searched for as if it had none.
     */
    openIndex(sessionId) {
        const file = sessionIndexFile(this.file, sessionId);
        let earlier = false;
        if (!indexBegun(file) && (!begunHere(sessionId) || this.written.has(sessionId))) {
            const found = () => void (earlier = true);
            const searched = searchedFor(this.file, sessionId, this.inode, fs.fstatSync(this.fd).size);
            if (searched?.found)
                earlier = true;
            else if (searched)
                scanSpans(this.file, [searched.size, Infinity], sessionNeedle(sessionId), found, found);
            else
                scanLines(this.file, sessionNeedle(sessionId), found, found);
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && indexBegun(file))
                earlier = false;
        }
        if (this.written.has(sessionId))
            this.reopened.add(sessionId);
        this.written.add(sessionId);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        if (earlier) {
            fs.appendFileSync(file, unindexedEntry());
            this.indexes.set(sessionId, undefined);
            return;
        }
        const fd = fs.openSync(file, 'a');
        fs.writeSync(fd, openEntry(this.inode, this.expected));
        this.indexes.set(sessionId, fd);
    }
    /** Appends the ranges written since the last flush to the sessions' indexes. */
    flush() {
        if (this.pendingLines === 0)
            return;
        const size = fs.fstatSync(this.fd).size;
        const exact = size === this.expected && !this.uncertain;
        // A stretch in which no session's lines were interleaved with others' needs no copy, nor this look.
        const copied = exact && [...this.pending.values()].some((pending) => pending.kept) && startsLine(this.fd, this.checked);
        for (const [sessionId, pending] of this.pending) {
            const ranges = pending.ranges;
            if (ranges.length === 0)
                continue;
            const copy = copied && pending.kept ? this.copy(sessionId, pending) : undefined;
            const entry = copy !== undefined ? copiedEntry(copy.inode, copy.from, copy.from + pending.bytes, ranges[0], ranges[ranges.length - 1]) : rangesEntry(exact ? ranges : [this.checked, size]);
            fs.writeSync(this.indexes.get(sessionId), entry);
            pending.ranges = [];
            pending.kept = false;
            pending.bytes = 0;
            if (pending.lines.length > LINES_BYTES)
                pending.lines = NO_LINES;
        }
        this.pendingLines = 0;
        this.pendingBytes = 0;
        this.uncertain = false;
        this.checked = this.expected = size;
    }
    /**
     * Appends the session's pending lines to its copy; returns the copy's inode and where they start
     * there, or `undefined` when they are not all there right after this process's last write
     * (another process appended to the copy meanwhile, or the write stopped short): then the index
     * has their ranges instead.
     */
    copy(sessionId, pending) {
        let copy = this.copies.get(sessionId);
        if (!copy) {
            const fd = openIfExists(sessionCopyFile(this.file, sessionId), 'a');
            // The index folder was removed while this process wrote: its index is gone too.
            if (fd === undefined)
                return undefined;
            const stats = fs.fstatSync(fd);
            copy = { fd, inode: stats.ino, size: stats.size };
            this.copies.set(sessionId, copy);
        }
        const from = copy.size;
        const written = fs.writeSync(copy.fd, pending.lines, 0, pending.bytes);
        copy.size = fs.fstatSync(copy.fd).size;
        return written === pending.bytes && copy.size === from + written ? { inode: copy.inode, from } : undefined;
    }
    /**
     * At the end of a stage of the session: the indexes catch up, and an index opened again after it
     * was closed (the packaging stage's end, after the session's) is closed again, which a process
     * that goes on (a script calling the API, a dev server) would otherwise hold open, unclosed, for
     * as long as it runs: readers take a writer without its `c` for one still writing.
     */
    endStage(sessionId) {
        if (this.reopened.delete(sessionId))
            this.close(sessionId);
        else
            this.flush();
    }
    /** Says in the session's index (or every session's) that all of this process's lines are in it. */
    close(sessionId) {
        this.flush();
        for (const [id, fd] of this.indexes) {
            if (sessionId !== undefined && id !== sessionId)
                continue;
            if (fd !== undefined) {
                fs.writeSync(fd, closeEntry());
                fs.closeSync(fd);
            }
            this.indexes.delete(id);
            this.pending.delete(id);
            const copy = this.copies.get(id);
            if (copy)
                fs.closeSync(copy.fd);
            this.copies.delete(id);
        }
    }
}
/** Whether the session's index has been begun: it exists and holds an entry. */
function indexBegun(file) {
    return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}
/** Makes room in the session's kept bytes for `length` more. */
function room(pending, length) {
    if (pending.bytes + length <= pending.lines.length)
        return;
    const larger = Buffer.allocUnsafe(Math.max(LINES_BYTES, 2 * pending.lines.length, pending.bytes + length));
    pending.lines.copy(larger, 0, 0, pending.bytes);
    pending.lines = larger;
}
const files = new Map();
/**
 * The absolute path of the record file of `kind` in `logDir`, from the working directory: resolved
 * once per folder, working directory and kind, not for every record (`path.resolve` took about a
 * twentieth of the writer's time in a run).
 */
const resolved = new Map();
function recordPath(logDir, kind) {
    const key = `${kind}\0${process.cwd()}\0${logDir}`;
    let name = resolved.get(key);
    if (name === undefined) {
        name = recordFile(logDir, kind);
        // A host that writes to many folders in turn keeps a few.
        if (resolved.size >= 64)
            resolved.clear();
        resolved.set(key, name);
    }
    return name;
}
let closingOnExit = false;
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of files.values())
        file.close();
}
/**
 * The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute,
 * through a symbolic link) a caller gives: two writers of one file in one process would share the
 * process's name in the index, and a killed process's lines of one could be left out by the other's
 * ranges. Between sessions (no session's lines being written to it), a writer whose file is no
 * longer at its path is let go: a process that goes on (a script calling the API, a dev server)
 * whose log folder was removed, or whose record file was moved away, since its last session writes
 * the next session's lines to the file the path names now, not to one that no reader finds.
 */
function recordFileFor(logDir, kind) {
    const name = recordPath(logDir, kind);
    let file = files.get(name);
    if (file?.idle() && !file.isAt(name)) {
        const gone = file;
        for (const [spelling, open] of files)
            if (open === gone)
                files.delete(spelling);
        gone.release();
        file = undefined;
    }
    if (!file) {
        if (!closingOnExit) {
            process.once('exit', closeAll);
            closingOnExit = true;
        }
        const stats = fs.statSync(name, { throwIfNoEntry: false });
        file = (stats && [...files.values()].find((open) => open.is(stats))) ?? new RecordFile(name);
        files.set(name, file);
    }
    return file;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted), with
 * its line as it went into the record file (newline included), instead of reading the global files
 * back. The record is what its line parses to (`redactValue` copies the data as JSON holds it), so
 * it serves as the parsed line. Returns the function that stops listening.
 */
export function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = requireSession();
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    // Copies: a caller that changes its list later does not change the record its listeners hold.
    if (fields.input?.length)
        written.input = fields.input.slice();
    if (fields.output?.length)
        written.output = fields.output.slice();
    if (fields.data)
        written.data = redactValue(fields.data);
    written.msg = redactText(msg);
    const line = `${JSON.stringify(written)}\n`;
    try {
        recordFileFor(context.logDir, kind).append(context.sessionId, line);
    }
    catch (error) {
        throw unwritten(path.join(context.logDir, RecordFiles[kind]), 'a record', "the run's records stop before this one", context.logDir, error);
    }
    for (const listener of listeners)
        listener(kind, written, line);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    try {
        if (event === Events.sessionEnd)
            for (const file of files.values())
                file.close(context.sessionId);
        else if (event === Events.stageEnd)
            for (const file of files.values())
                file.endStage(context.sessionId);
    }
    catch (error) {
        throw unwritten(path.join(context.logDir, INDEX_FOLDER), 'a session index', 'the records are written, and read without it', context.logDir, error);
    }
}
/** A record (or its index) that a full disk or a permission kept out of its file: which file, and what to do. */
function unwritten(file, what, then, logDir, error) {
    if (error instanceof LyfeError)
        return error;
    const code = error.code ?? error.message;
    return new LyfeError(`${what} could not be written (${code})`, {
        file,
        fix: `Free space on the disk of ${logDir} (or fix its permissions): ${then}`,
        cause: error,
    });
}
/** A processing record in the current session and stage. */
export function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
export function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}
