import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import { LyfeError } from '../errors.js';
/** How many bytes may be handed over and not yet taken by the worker's streams. */
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** The level of `tar czf`. */
const GZIP_LEVEL = 6;
/** Below this much, the members are written in place: the worker is not started. */
const HELD_BYTES = 8 * 1024 * 1024;
const BUFFER_BYTES = 1024 * 1024;
/**
 * How much compressed output zlib gives at a time. Each piece is a round trip from libuv's pool to
 * the worker's event loop before zlib goes on; with zlib's default of 16 KiB, a stream waited for
 * the worker more than it compressed when both cores were busy (docs/performance.md).
 */
const GZIP_CHUNK_BYTES = 256 * 1024;
/** Slots of the shared control array. */
const IN_FLIGHT = 0;
const FAILED = 1;
/** How long one wait lasts before the renderer looks again; the worker wakes it before. */
const WAIT_MS = 1000;
/**
 * Writes `parts` one after the other into the file `to`, hashing what it writes. Run here and by
 * the worker (which is given its source text), so it refers to nothing outside itself but the
 * modules it is given.
 */
async function concatParts(modules, to, parts) {
    const out = await modules.fs.promises.open(to, 'w');
    const hash = modules.createHash('sha256');
    let bytes = 0;
    const write = async (data) => {
        hash.update(data);
        bytes += data.length;
        for (let done = 0; done < data.length;)
            done += (await out.write(data, done)).bytesWritten;
    };
    try {
        for (const part of parts) {
            if (typeof part !== 'string')
                await write(part);
            else
                for await (const chunk of modules.fs.createReadStream(part, { highWaterMark: 1024 * 1024 }))
                    await write(chunk);
        }
    }
    finally {
        await out.close();
    }
    return { sha256: hash.digest('hex'), bytes };
}
/**
 * The worker, run from its source text (a worker built from a file would need that file beside the
 * bundle), so it refers to nothing outside itself: Node's modules come from `getBuiltinModule`,
 * the constants come in `workerData`, and `concat` is `concatParts`, given as source text too.
 */
function memberWorker(concat) {
    const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const crypto = process.getBuiltinModule('node:crypto');
    const { finished } = process.getBuiltinModule('node:stream/promises');
    const { control, inFlight, failedSlot, level, chunkSize, bufferBytes, returns } = workerData;
    const port = parentPort;
    /** How many chunks of a file (`fromFile`) are compressed at once. */
    const FILE_CHUNKS = 4;
    const members = new Map();
    /** Stops the renderer's waiting: nothing more will be taken. */
    const stop = () => {
        Atomics.store(control, failedSlot, 1);
        Atomics.notify(control, inFlight);
    };
    const reported = new Set();
    /** Says why a member failed, once: its stream's own error, and its file (a failed write's error names none). */
    const failed = (id, error, file) => {
        stop();
        if (reported.has(id))
            return;
        reported.add(id);
        port.postMessage({ id, error: error?.message ?? String(error), file: error?.path ?? file });
    };
    // Anything else that goes wrong here stops the renderer too, with its reason: were this thread
    // to die instead, the renderer, blocked in its wait, would never hear of it and wait for good.
    process.on('uncaughtException', (error) => failed(-1, error));
    process.on('unhandledRejection', (error) => failed(-1, error));
    const writeTo = (out, chunk) => new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
    const plainFile = (id, file) => {
        const out = fs.createWriteStream(file);
        // A failed write or end comes with the file stream's 'error', which is what is reported.
        out.on('error', (error) => failed(id, error, file));
        const ended = finished(out);
        ended.catch(() => undefined);
        return {
            write: (chunk) => writeTo(out, chunk),
            end: () => {
                out.end();
                return ended;
            },
        };
    };
    /** A gzip header as zlib writes it: deflate, no name, no time, Unix. */
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    /** An empty last block, which ends the deflate stream. */
    const lastBlock = zlib.deflateRawSync(Buffer.alloc(0));
    /** Deflate's window: how far back a match may reach. */
    const WINDOW = 32 * 1024;
    /**
     * A gzip member compressed a chunk at a time, several chunks at once on libuv's pool, as pigz
     * does: each chunk is raw deflate ending on a byte boundary (a sync flush), with the 32 KiB
     * before it as its dictionary, so that the chunks joined are one deflate stream, as small as one
     * compressor's. One zlib stream would compress on one core at a time, and wait for this thread
     * between pieces; chunks keep both cores busy whatever else the process does.
     */
    const gzipFile = (id, file) => {
        const out = fs.createWriteStream(file);
        out.on('error', (error) => failed(id, error, file));
        const ended = finished(out);
        ended.catch(() => undefined);
        out.write(header);
        let crc = 0;
        let size = 0;
        /** The last WINDOW bytes handed over (a copy: the chunks' buffers go back to be filled again). */
        let window;
        /** The compressed chunks, written in order. */
        let written = Promise.resolve();
        return {
            write: (chunk) => {
                crc = zlib.crc32(chunk, crc);
                size += chunk.length;
                const dictionary = window;
                const compressed = new Promise((resolve, reject) => zlib.deflateRaw(chunk, { level, chunkSize, dictionary, finishFlush: zlib.constants.Z_SYNC_FLUSH }, (error, data) => (error ? reject(error) : resolve(data))));
                const joined = dictionary && chunk.length < WINDOW ? Buffer.concat([dictionary, chunk]) : chunk;
                window = Buffer.from(joined.subarray(Math.max(0, joined.length - WINDOW)));
                compressed.catch((error) => failed(id, error));
                written = written.then(async () => writeTo(out, await compressed));
                // A write that fails comes with the file stream's 'error', which names the cause: that is what is reported.
                written.catch(() => undefined);
                // Taken once written: what waits to be written counts as in flight, which bounds it.
                return written;
            },
            end: async () => {
                await written;
                const trailer = Buffer.alloc(8);
                trailer.writeUInt32LE(crc >>> 0, 0);
                trailer.writeUInt32LE(size % 2 ** 32, 4);
                out.end(Buffer.concat([lastBlock, trailer]));
                return ended;
            },
        };
    };
    const open = (id, target) => {
        const hash = target.plain === undefined ? undefined : crypto.createHash('sha256');
        let bytes = 0;
        const sinks = [];
        if (target.plain)
            sinks.push(plainFile(id, target.plain));
        if (target.gzip)
            sinks.push(gzipFile(id, target.gzip));
        return {
            write: (chunk) => {
                hash?.update(chunk);
                bytes += chunk.length;
                return Promise.all(sinks.map((sink) => sink.write(chunk))).then(() => undefined);
            },
            end: async () => {
                await Promise.all(sinks.map((sink) => sink.end()));
                return hash ? { sha256: hash.digest('hex'), bytes } : { bytes };
            },
        };
    };
    port.on('message', (request) => {
        const { id } = request;
        if (request.op === 'open')
            members.set(id, open(id, request.target));
        else if (request.op === 'data') {
            const length = request.length;
            members
                .get(id)
                .write(Buffer.from(request.chunk, 0, length))
                .then(() => {
                // The buffer goes back to be filled again before the renderer is told there is room.
                if (request.chunk.byteLength === bufferBytes)
                    returns.postMessage(request.chunk, [request.chunk]);
                Atomics.sub(control, inFlight, length);
                Atomics.notify(control, inFlight);
            }, stop);
        }
        else if (request.op === 'end') {
            const member = members.get(id);
            members.delete(id);
            member.end().then((done) => port.postMessage({ id, done }), stop);
        }
        else if (request.op === 'concat') {
            concat({ fs, createHash: crypto.createHash }, request.to, request.parts).then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
        else {
            const member = open(id, request.target);
            (async () => {
                // A few chunks compressed at once, as the renderer's are.
                const writing = [];
                for await (const chunk of fs.createReadStream(request.from, { highWaterMark: bufferBytes })) {
                    writing.push(member.write(chunk));
                    if (writing.length >= FILE_CHUNKS)
                        await writing.shift();
                }
                await Promise.all(writing);
                return member.end();
            })().then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
    });
}
const FIX = 'Free space or fix the permissions of the packages folder, then package again';
/** A gzip stream compressing on libuv's pool, and its member once it ends. */
function gzipStream() {
    const stream = createGzip({ level: GZIP_LEVEL });
    const member = new Promise((resolve, reject) => {
        const out = [];
        stream.on('data', (data) => out.push(data));
        stream.on('end', () => resolve(Buffer.concat(out)));
        stream.on('error', reject);
    });
    member.catch(() => undefined); // awaited by whoever places the member; a stream given up is never awaited
    return { stream, member };
}
/** The gzip member of `chunks`, compressed on libuv's pool a chunk at a time, without joining them first. */
function gzipChunks(chunks) {
    const { stream, member } = gzipStream();
    for (const chunk of chunks)
        stream.write(chunk);
    stream.end();
    return member;
}
function digestOf(chunks) {
    const hash = createHash('sha256');
    for (const chunk of chunks)
        hash.update(chunk);
    return { sha256: hash.digest('hex'), bytes: chunks.reduce((total, chunk) => total + chunk.length, 0) };
}
/**
 * A member written here from the bytes held for it: a session too small to be worth a thread. Its
 * gzip member (`gzipped`, compressed on libuv's pool, on another core, while this thread goes on
 * with the package) is written only when it is the file's only copy (the archive reads it); beside
 * the plain file it is only the viewer's, which takes it from memory. The held chunks are written
 * and compressed as they are: joining them would copy every byte once more, into memory touched
 * for the first time, which costs as much as the copy itself on some machines. `digest` is taken
 * once the writes are under way.
 */
async function writeHeld(target, held, gzipped, digest) {
    try {
        const writing = Promise.all([gzipped, target.plain === undefined ? undefined : fs.promises.writeFile(target.plain, held)]);
        const written = digest();
        const [member] = await writing;
        if (!member)
            return written;
        if (target.plain)
            return { ...written, gzipped: member };
        await fs.promises.writeFile(target.gzip, member);
        return { ...written, gzip: target.gzip };
    }
    catch (error) {
        // A failed write names no file: the member's own is the one (its gzip member is written only without a plain file).
        const file = error.path ?? target.plain ?? target.gzip;
        throw new LyfeError(`a log file could not be written: ${error.message}`, { file, fix: FIX, cause: error });
    }
}
/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
export class MemberThread {
    idle;
    control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    worker;
    /**
     * The MiB buffers the worker is done with, handed back to be filled again: the renderer takes
     * them synchronously (`receiveMessageOnPort`), so the same few buffers go round instead of a new
     * one per MiB whose memory waits, dead, for the worker's next garbage collection.
     */
    returned;
    /** The members opened before the worker started, with the bytes handed to each. */
    held = new Map();
    heldBytes = 0;
    waiting = new Map();
    failure;
    nextId = 0;
    /** What is written in place (members, `concat`): `close` waits for it, so that no write outlives the packaging that failed. */
    inPlace = [];
    /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
    stopped = new LyfeError('a log file could not be written', { fix: FIX });
    reported;
    report;
    /**
     * `idle`, when given, is work the renderer does instead of waiting for room: one small piece per
     * call, and false once none is left. The gzip streams are the slower side of the render, so the
     * renderer waits for them most of the time.
     */
    constructor(idle) {
        this.idle = idle;
        this.reported = new Promise((resolve) => (this.report = resolve));
    }
    /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
    start() {
        const { port1, port2 } = new MessageChannel();
        port1.unref();
        this.returned = port1;
        const worker = new Worker(`(${memberWorker.toString()})(${concatParts.toString()})`, {
            eval: true,
            workerData: { control: this.control, inFlight: IN_FLIGHT, failedSlot: FAILED, level: GZIP_LEVEL, chunkSize: GZIP_CHUNK_BYTES, bufferBytes: BUFFER_BYTES, returns: port2 },
            transferList: [port2],
        });
        worker.on('message', (reply) => {
            if ('done' in reply) {
                this.waiting.get(reply.id)?.resolve(reply.done);
                this.waiting.delete(reply.id);
            }
            else {
                // Every request waiting fails with it, this one's too.
                this.fail(new LyfeError(`a log file could not be written: ${reply.error}`, { file: reply.file, fix: FIX }));
            }
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', () => this.fail(new Error('the thread writing the log files stopped')));
        this.worker = worker;
        for (const [id, { target, chunks }] of this.held) {
            worker.postMessage({ op: 'open', id, target });
            for (const chunk of chunks)
                this.post(id, chunk);
        }
        this.held.clear();
        this.heldBytes = 0;
        return worker;
    }
    /** A MiB buffer to fill: one the worker handed back, or a new one. */
    buffer() {
        const returned = this.returned && receiveMessageOnPort(this.returned);
        return returned ? Buffer.from(returned.message) : Buffer.allocUnsafeSlow(BUFFER_BYTES);
    }
    post(id, chunk) {
        Atomics.add(this.control, IN_FLIGHT, chunk.length);
        this.worker.postMessage({ op: 'data', id, chunk: chunk.buffer, length: chunk.length }, [chunk.buffer]);
    }
    fail(error) {
        this.failure ??= error;
        this.report(this.failure);
        for (const waiting of this.waiting.values())
            waiting.reject(this.failure);
        this.waiting.clear();
    }
    /** What the worker says of request `id` once done: a member as written, or (`concat`) a file's digest. */
    reply(id) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => this.waiting.set(id, { resolve: resolve, reject }));
    }
    /**
     * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
     * member `id`: held, or to the worker once it has room.
     */
    send(id, chunk, length) {
        if (Atomics.load(this.control, FAILED))
            throw this.stopped;
        const bytes = Buffer.from(chunk, 0, length);
        const held = this.held.get(id);
        if (!this.worker && held) {
            held.chunks.push(bytes);
            this.heldBytes += length;
            if (this.heldBytes >= HELD_BYTES)
                this.start();
            return;
        }
        for (let inFlight = Atomics.load(this.control, IN_FLIGHT); inFlight >= IN_FLIGHT_BYTES; inFlight = Atomics.load(this.control, IN_FLIGHT)) {
            if (Atomics.load(this.control, FAILED))
                throw this.stopped;
            if (this.idle?.())
                continue;
            this.idle = undefined;
            Atomics.wait(this.control, IN_FLIGHT, inFlight, WAIT_MS);
        }
        this.post(id, bytes);
    }
    /** A member written from the bytes handed to the returned sink. */
    open(target) {
        const id = this.nextId++;
        if (this.worker)
            this.worker.postMessage({ op: 'open', id, target });
        else
            this.held.set(id, { target, chunks: [] });
        return new MemberSink(this, id, target);
    }
    /** Resolves once the member is complete: written in place (see `writeHeld`), or by the worker (its files are the sink's target). */
    end(id) {
        const held = this.held.get(id);
        if (held) {
            this.held.delete(id);
            this.heldBytes -= held.chunks.reduce((total, chunk) => total + chunk.length, 0);
            const written = writeHeld(held.target, held.chunks, held.target.gzip === undefined ? undefined : gzipChunks(held.chunks), () => digestOf(held.chunks));
            this.inPlace.push(written);
            return written;
        }
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'end', id });
        return reply;
    }
    /** A member rendered before (see `HeldMember`), written in place to `target`: `close` waits for it as for the others. */
    place(member, target) {
        const written = member.place(target);
        this.inPlace.push(written);
        return written;
    }
    /** A member written from an existing file (`target` is where its copies go), by the worker. */
    async fromFile(from, target) {
        const worker = this.worker ?? this.start();
        const id = this.nextId++;
        const reply = this.reply(id);
        worker.postMessage({ op: 'file', id, from, target });
        return { ...(await reply), gzip: target.gzip };
    }
    /**
     * Writes `parts` one after the other into the file `to` (see `concatParts`): by the worker when it
     * runs, so that this thread goes on meanwhile.
     */
    async concat(to, parts) {
        if (!this.worker) {
            const written = concatParts({ fs, createHash }, to, parts);
            this.inPlace.push(written);
            return written;
        }
        const id = this.nextId++;
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'concat', id, to, parts: [...parts] });
        return reply;
    }
    /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
    reason(error) {
        return error === this.stopped ? this.reported : Promise.resolve(error);
    }
    async close() {
        await Promise.allSettled(this.inPlace);
        await this.worker?.terminate();
        this.returned?.close();
    }
}
/** Text written into MiB buffers, each handed on (`hand`) once full. */
class ChunkWriter {
    /** The buffer being filled: taken at the first write after a flush. */
    buffer;
    used = 0;
    /** The buffer to fill next, BUFFER_BYTES long. */
    next() {
        return Buffer.allocUnsafeSlow(BUFFER_BYTES);
    }
    write(data) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: the bound spares measuring a text first.
        const most = typeof data === 'string' ? data.length * 3 : data.length;
        if (this.used + most > BUFFER_BYTES)
            this.flush();
        if (most > BUFFER_BYTES) {
            const own = new Uint8Array(Buffer.byteLength(data));
            if (typeof data === 'string')
                Buffer.from(own.buffer).write(data);
            else
                own.set(data);
            this.hand(own.buffer, own.length);
            return;
        }
        this.buffer ??= this.next();
        if (typeof data === 'string')
            this.used += this.buffer.write(data, this.used);
        else
            this.used += data.copy(this.buffer, this.used);
    }
    flush() {
        if (!this.buffer || this.used === 0)
            return;
        this.hand(this.buffer.buffer, this.used);
        this.buffer = undefined;
        this.used = 0;
    }
}
/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
export class MemberSink extends ChunkWriter {
    thread;
    id;
    target;
    constructor(thread, id, target) {
        super();
        this.thread = thread;
        this.id = id;
        this.target = target;
    }
    hand(chunk, length) {
        this.thread.send(this.id, chunk, length);
    }
    next() {
        return this.thread.buffer();
    }
    /** Hands over what is buffered; resolves once the member's files are complete. */
    async close() {
        try {
            this.flush();
        }
        catch (error) {
            throw await this.thread.reason(error);
        }
        const written = await this.thread.end(this.id);
        return written.gzipped || written.gzip ? written : { ...written, gzip: this.target.gzip };
    }
}
/**
 * A member rendered before its package has a folder (see early-prompts.ts): its bytes held in
 * memory as they come, hashed, and with `gzip` compressed on libuv's pool meanwhile; written once
 * `place` is told where. `end` first.
 */
export class HeldMember extends ChunkWriter {
    chunks = [];
    hash = createHash('sha256');
    bytes = 0;
    gzip;
    digest;
    constructor({ gzip }) {
        super();
        this.gzip = gzip ? gzipStream() : undefined;
    }
    hand(chunk, length) {
        const bytes = Buffer.from(chunk, 0, length);
        this.hash.update(bytes);
        this.bytes += length;
        this.chunks.push(bytes);
        this.gzip?.stream.write(bytes);
    }
    /** No more bytes: the member's digest. */
    end() {
        if (!this.digest) {
            this.flush();
            this.gzip?.stream.end();
            this.digest = { sha256: this.hash.digest('hex'), bytes: this.bytes };
        }
        return this.digest;
    }
    /** Writes the member to `target` as `MemberThread` would have (its gzip member compressed now if it was not meanwhile). */
    place(target) {
        const digest = this.end();
        const gzipped = target.gzip === undefined ? undefined : (this.gzip?.member ?? gzipChunks(this.chunks));
        return writeHeld(target, this.chunks, gzipped, () => digest);
    }
    /**
     * Whether the member's bytes are exactly those handed to the returned `next`, in order (each a
     * `[start, end)` of its chunk), once `done` is asked: compared as they come, not hashed. `end` first.
     */
    comparer() {
        const chunks = this.chunks;
        let index = 0;
        let at = 0;
        let same = true;
        return {
            next: (chunk, start, end) => {
                while (same && start < end) {
                    const held = chunks[index];
                    if (!held) {
                        same = false;
                        break;
                    }
                    const length = Math.min(end - start, held.length - at);
                    same = Buffer.compare(held.subarray(at, at + length), chunk.subarray(start, start + length)) === 0;
                    start += length;
                    at += length;
                    if (at === held.length) {
                        index += 1;
                        at = 0;
                    }
                }
            },
            done: () => same && index === chunks.length && at === 0,
        };
    }
    /** Lets the bytes go, unwritten. */
    discard() {
        this.gzip?.stream.destroy();
        this.chunks = [];
    }
}
