import fs from 'node:fs';
import path from 'node:path';
import { requireSession } from '../session/context.js';
import { begunHere } from '../session/id.js';
import { sessionNeedle } from './filter.js';
import { redactText, redactValue } from './redact.js';
import { scanLines } from './scan.js';
import { closeEntry, openEntry, rangesEntry, sessionIndexFile, unindexedEntry } from './session-index.js';
import { Events, RecordFiles } from './types.js';
/**
 * The single writer of records. Each record is one JSON line (`level`, `time` first, `msg` last,
 * as pino writes them) and one `write(2)` of that whole line to a file opened with O_APPEND,
 * synchronously: concurrent processes never tear each other's lines, and a process killed with
 * SIGKILL loses at most the line it was writing. Beside the global files, each session's index
 * (session-index.ts) says where its lines are.
 */
/** Lines written before the ranges they went to are appended to the sessions' indexes. */
const FLUSH_LINES = 1024;
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
    const size = fs.fstatSync(fd).size;
    if (size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a)
            fs.writeSync(fd, '\n');
    }
    return fd;
}
/**
 * A global record file open for appending, and where this process's lines went in it. Offsets are
 * counted from the file's size when last looked at, as if no other process wrote since; every
 * `FLUSH_LINES` lines the size is looked at again: when it is what this process's own lines make it,
 * no other process wrote in between and the counted ranges are exact; else each session gets the
 * whole stretch since the last look, which holds its lines and others'. The index then has the
 * ranges. So the index costs one `fstat` per `FLUSH_LINES` lines and one write per session per
 * flush, and is exact when this process writes alone, coarser (never wrong) when others write too.
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
    /** Ranges `[start, end)` written since `checked`, per session, assuming no other writer. */
    pending = new Map();
    pendingLines = 0;
    /** The index files of the sessions this process writes, open for appending; undefined: the session has no index. */
    indexes = new Map();
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = fs.fstatSync(this.fd);
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    append(sessionId, line) {
        // The string is written as it is (Node encodes it on the way out, without a Buffer on the heap);
        // only a write cut short continues from the bytes.
        const length = Buffer.byteLength(line);
        if (!this.indexes.has(sessionId))
            this.openIndex(sessionId);
        const start = this.expected;
        let written = 0;
        try {
            written = fs.writeSync(this.fd, line);
            if (written < length) {
                const bytes = Buffer.from(line);
                while (written < length)
                    written += fs.writeSync(this.fd, bytes, written);
            }
        }
        finally {
            if (written < length)
                this.uncertain = true;
            this.expected += written;
            // A line of a session without an index still counts in `expected`, for the others' ranges.
            if (this.indexes.get(sessionId) !== undefined)
                this.addRange(sessionId, start, this.expected);
            this.pendingLines += 1;
        }
        if (this.pendingLines >= FLUSH_LINES)
            this.flush();
    }
    addRange(sessionId, start, end) {
        const ranges = this.pending.get(sessionId);
        if (!ranges)
            this.pending.set(sessionId, [start, end]);
        else if (ranges[ranges.length - 1] === start)
            ranges[ranges.length - 1] = end;
        else
            ranges.push(start, end);
    }
    /**
     * Before the session's first line in this process: its index says from where this process
     * writes it. A session with no index yet may already have lines written without one (by an
     * older lyfe-kt, another tool, or a `--session` given to a new run): an index begun now would
     * hide them from readers, so the file is searched for them once (about half what `grep` costs),
     * and when it holds any, the index says so (readers scan) and this process indexes no line of
     * the session. A session this process began has no earlier line: it is not searched for.
     */
    openIndex(sessionId) {
        const file = sessionIndexFile(this.file, sessionId);
        let earlier = false;
        if (!fs.existsSync(file) && !begunHere(sessionId)) {
            scanLines(this.file, sessionNeedle(sessionId), () => (earlier = true), () => (earlier = true));
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && fs.existsSync(file))
                earlier = false;
        }
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
        for (const [sessionId, ranges] of this.pending) {
            fs.writeSync(this.indexes.get(sessionId), rangesEntry(exact ? ranges : [this.checked, size]));
        }
        this.pending.clear();
        this.pendingLines = 0;
        this.uncertain = false;
        this.checked = this.expected = size;
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
        }
    }
}
const files = new Map();
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of files.values())
        file.close();
}
/** The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute) a caller gives. */
function recordFileFor(logDir, kind) {
    const name = path.resolve(logDir, RecordFiles[kind]);
    let file = files.get(name);
    if (!file) {
        if (files.size === 0)
            process.once('exit', closeAll);
        file = new RecordFile(name);
        files.set(name, file);
    }
    return file;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted),
 * instead of reading the global files back. Returns the function that stops listening.
 */
export function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = requireSession();
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    if (fields.input?.length)
        written.input = fields.input;
    if (fields.output?.length)
        written.output = fields.output;
    if (fields.data)
        written.data = redactValue(fields.data);
    written.msg = redactText(msg);
    recordFileFor(context.logDir, kind).append(context.sessionId, `${JSON.stringify(written)}\n`);
    for (const listener of listeners)
        listener(kind, written);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    if (event === Events.sessionEnd)
        for (const file of files.values())
            file.close(context.sessionId);
    else if (event === Events.stageEnd)
        for (const file of files.values())
            file.flush();
}
/** A processing record in the current session and stage. */
export function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
export function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}
