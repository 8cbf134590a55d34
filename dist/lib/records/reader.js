import fs from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, SHARE_ENV, Worker } from 'node:worker_threads';
import { RecordFiles } from './types.js';
/**
 * Reading the global record files. A global file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). Readers stream the file in large fixed chunks and look at raw bytes
 * before parsing anything, so that filtering one session out of a 1 GiB file costs about what
 * `grep -F` costs, in flat memory.
 */
/** Size of the reused read buffer; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: pino writes `level`, then `time`, then the record's own keys. */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/**
 * A filter over a file at least this large is shared between threads: below it, starting a worker
 * (about 25 ms) costs more than the half of the scan it saves.
 */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;
/** Files are split for the threads in segments of this size, dealt out in turn. */
const SEGMENT_BYTES = 16 * 1024 * 1024;
/** More threads than this would add memory (a worker is ~15 MB) for little: the disk and memory bus are shared. */
const MAX_THREADS = 4;
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
 * One thread per idle core, this one included: a worker on a core that other processes keep busy
 * only takes turns with them, and then the filter was measured slower with it than without.
 */
function defaultSplit(size) {
    if (size < PARALLEL_MIN_BYTES)
        return { segmentBytes: SEGMENT_BYTES, threads: 1 };
    const idle = Math.floor(availableParallelism() - loadavg()[0]);
    return { segmentBytes: SEGMENT_BYTES, threads: Math.max(1, Math.min(1 + idle, availableParallelism(), MAX_THREADS)) };
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes: the needle is searched across the whole chunk, so lines without
 * it are never looked at one by one. A missing file has no lines. `onTail` receives an
 * unterminated last line, if any. Lines appended while the scan runs are read too.
 *
 * With a needle and a large file, worker threads scan segments of the file while this thread scans
 * others; it takes their lines in file order, so `visit` sees exactly what one thread would show it.
 */
export function scanLines(file, needle, visit, onTail, split) {
    const fd = openIfExists(file);
    if (fd === undefined)
        return { tailBytes: 0 };
    try {
        const size = fs.fstatSync(fd).size;
        const { segmentBytes, threads } = split ?? defaultSplit(size);
        const scanner = lineScanner(fs, CHUNK_BYTES);
        const segments = Math.ceil(size / segmentBytes);
        const tail = needle && threads > 1 && segments > 1
            ? scanInParallel(fd, size, needle, visit, scanner, { segmentBytes, threads: Math.min(threads, segments) })
            : scanner.scan(fd, 0, Infinity, needle, visit);
        if (tail.length > 0 && onTail && (!needle || tail.includes(needle)))
            onTail(tail, 0, tail.length);
        return { tailBytes: tail.length };
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * The scanning loop, one per thread. Worker threads run it from its source text (see
 * `ScanWorker`), so it refers to nothing outside itself: `fs` comes in, constants are literals.
 */
function lineScanner(fs, chunkBytes) {
    const NEWLINE = 0x0a;
    let buffer = Buffer.allocUnsafe(chunkBytes);
    const probe = Buffer.allocUnsafe(16 * 1024);
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
    /**
     * The first line start at or after `offset`, found in the bytes before `size` only: they are
     * all written, so every thread that asks gets the same answer while writers append.
     * Infinity when there is none.
     */
    function lineStart(fd, offset, size) {
        if (offset === 0)
            return 0;
        for (let at = offset - 1; at < size;) {
            const read = fs.readSync(fd, probe, 0, Math.min(probe.length, size - at), at);
            if (read === 0)
                break;
            const newline = probe.subarray(0, read).indexOf(NEWLINE);
            if (newline >= 0)
                return at + newline + 1;
            at += read;
        }
        return Infinity;
    }
    return {
        /**
         * Segment `index` of a file of `size` bytes cut every `segmentBytes`: the lines that start in
         * it. The last one runs to the end of the file, whatever was appended since `size`.
         */
        segment(fd, index, segmentBytes, size) {
            const last = (index + 1) * segmentBytes >= size;
            return [lineStart(fd, index * segmentBytes, size), last ? Infinity : lineStart(fd, (index + 1) * segmentBytes, size)];
        },
        /**
         * Visits the lines in bytes [from, to) of `fd`, read with positioned reads; returns the bytes
         * after the last newline (a view into the reused buffer). A line cut by a chunk boundary is
         * moved to the front of the buffer and completed by the next read; nothing is concatenated.
         */
        scan(fd, from, to, needle, visit) {
            let position = from;
            let held = 0;
            while (position < to) {
                if (held === buffer.length) {
                    const larger = Buffer.allocUnsafe(buffer.length * 2);
                    buffer.copy(larger, 0, 0, held);
                    buffer = larger;
                }
                const read = fs.readSync(fd, buffer, held, Math.min(buffer.length - held, to - position), position);
                if (read === 0)
                    break;
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
                if (needle)
                    visitMatching(complete, needle, visit);
                else
                    visitAll(complete, visit);
                buffer.copyWithin(0, lastNewline + 1, filled);
                held = filled - lastNewline - 1;
            }
            return buffer.subarray(0, held);
        },
        visitAll,
    };
}
/**
 * Segment k of the file is scanned by thread k mod threads: this thread scans its own segments
 * itself and, between them, visits the lines a worker found in the others, in file order. While
 * this thread works on one segment, the workers are already on the next ones.
 */
function scanInParallel(fd, size, needle, visit, scanner, split) {
    const { segmentBytes, threads } = split;
    const segments = Math.ceil(size / segmentBytes);
    const workers = [];
    try {
        for (let first = 1; first < threads; first++)
            workers.push(new ScanWorker({ fd, size, needle, segmentBytes, first, step: threads }));
        let tail = Buffer.alloc(0);
        for (let index = 0; index < segments; index++) {
            let segmentTail;
            if (index % threads > 0) {
                segmentTail = workers[(index % threads) - 1].nextSegment(visit, scanner);
            }
            else {
                const [from, to] = scanner.segment(fd, index, segmentBytes, size);
                segmentTail = scanner.scan(fd, from, to, needle, visit);
            }
            // Only the segment that reads to the end has a tail; when a last line runs past the
            // segments before it, the segments after it are empty.
            if (segmentTail.length > 0)
                tail = segmentTail;
        }
        return tail;
    }
    finally {
        for (const worker of workers)
            worker.close();
    }
}
/** Slots of a worker's shared control array. */
const IN_FLIGHT = 0;
const POSTED = 1;
const STOP = 2;
/** A worker hands over its lines in batches of this size... */
const BATCH_BYTES = 1024 * 1024;
/** ...and waits while this many bytes of them are not yet taken: memory stays flat when the output is slow. */
const MAX_IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** Far longer than a worker takes to read one segment, even from a slow disk. */
const SILENT_WORKER_MS = 60_000;
/**
 * The body of a worker thread, run from its source text like `lineScanner`. The worker reads the
 * main thread's file descriptor (threads share it; positioned reads leave its offset alone), so
 * it reads the very file the caller opened even if that name is replaced meanwhile.
 */
function scanWorkerMain(data, fs, makeScanner) {
    const [IN_FLIGHT, POSTED, STOP] = [0, 1, 2];
    const { fd, size, segmentBytes, first, step, port, control, batchBytes, maxInFlight } = data;
    const needle = Buffer.from(data.needle.buffer, data.needle.byteOffset, data.needle.byteLength);
    const post = (message, transfer, bytes) => {
        for (let inFlight; (inFlight = Atomics.load(control, IN_FLIGHT)) > maxInFlight && !Atomics.load(control, STOP);) {
            Atomics.wait(control, IN_FLIGHT, inFlight, 100);
        }
        Atomics.add(control, IN_FLIGHT, bytes);
        port.postMessage(message, transfer);
        Atomics.add(control, POSTED, 1);
        Atomics.notify(control, POSTED);
    };
    // Its own memory (not the pool's), so that it can be transferred.
    let batch = Buffer.allocUnsafeSlow(batchBytes);
    let used = 0;
    const send = () => {
        if (used === 0)
            return;
        post({ lines: batch.buffer, length: used }, [batch.buffer], used);
        batch = Buffer.allocUnsafeSlow(batchBytes);
        used = 0;
    };
    const collect = (chunk, start, end) => {
        const length = end - start + 1;
        if (used + length > batch.length) {
            send();
            if (length > batch.length)
                batch = Buffer.allocUnsafeSlow(length);
        }
        chunk.copy(batch, used, start, end);
        batch[used + length - 1] = 0x0a;
        used += length;
    };
    try {
        const scanner = makeScanner(fs, data.chunkBytes);
        const segments = Math.ceil(size / segmentBytes);
        for (let index = first; index < segments && !Atomics.load(control, STOP); index += step) {
            const [from, to] = scanner.segment(fd, index, segmentBytes, size);
            const tail = scanner.scan(fd, from, to, needle, collect);
            send();
            const copy = tail.length ? new Uint8Array(tail).buffer : undefined;
            post({ segmentEnd: true, tail: copy }, copy ? [copy] : [], 0);
        }
    }
    catch (error) {
        post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, [], 0);
    }
    // The port stays open: the main thread closes its end once it has taken every message.
}
const WORKER_SOURCE = `(${scanWorkerMain})(require('node:worker_threads').workerData, require('node:fs'), ${lineScanner})`;
/**
 * One worker thread and the main thread's end of its channel. The main thread takes messages
 * synchronously (`receiveMessageOnPort`, `Atomics.wait`), so callers of the filter stay synchronous.
 */
class ScanWorker {
    worker;
    port;
    control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    received = 0;
    constructor(task) {
        const { port1, port2 } = new MessageChannel();
        this.port = port1;
        this.worker = new Worker(WORKER_SOURCE, {
            eval: true,
            env: SHARE_ENV,
            workerData: { ...task, port: port2, control: this.control, chunkBytes: CHUNK_BYTES, batchBytes: BATCH_BYTES, maxInFlight: MAX_IN_FLIGHT_BYTES },
            transferList: [port2],
        });
        // A worker never keeps the process alive: it ends by itself, or with the process.
        this.worker.unref();
    }
    /** Visits the lines the worker found in its next segment; returns that segment's tail. */
    nextSegment(visit, scanner) {
        for (;;) {
            const message = this.take();
            if ('error' in message)
                throw new Error(`a scanning thread failed: ${message.error}`);
            if ('segmentEnd' in message)
                return message.tail ? Buffer.from(message.tail) : Buffer.alloc(0);
            scanner.visitAll(Buffer.from(message.lines, 0, message.length), visit);
            Atomics.sub(this.control, IN_FLIGHT, message.length);
            Atomics.notify(this.control, IN_FLIGHT);
        }
    }
    take() {
        for (;;) {
            const received = receiveMessageOnPort(this.port);
            if (received) {
                this.received += 1;
                return received.message;
            }
            // Sleeps until the worker posts again (the count moves past what was taken). A worker
            // posts at least once per segment; one that is silent this long is not coming back.
            if (Atomics.wait(this.control, POSTED, this.received, SILENT_WORKER_MS) === 'timed-out' && Atomics.load(this.control, POSTED) === this.received) {
                throw new Error(`a scanning thread has not answered for ${SILENT_WORKER_MS / 1000} s`);
            }
        }
    }
    /** Done or not (the reader of the output went away), the worker stops and the channel closes. */
    close() {
        Atomics.store(this.control, STOP, 1);
        Atomics.notify(this.control, IN_FLIGHT);
        this.port.close();
        void this.worker.terminate();
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
 * `split` overrides how a large file is shared between threads (tests use it on small files).
 */
export function filterSessionLines(file, sessionId, visit, split) {
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
    }, split);
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
