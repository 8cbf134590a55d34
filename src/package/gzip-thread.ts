import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { createGzip, type Gzip } from 'node:zlib';
import { LyfeError } from '../errors.js';

/**
 * Files of `logs/` written by a thread of their own: the thread that renders the records hands
 * their bytes over a MiB at a time and goes on rendering, while this worker thread writes the
 * plain file and hashes it, and compresses them into a gzip member (level 6, as `tar czf`), on
 * libuv's pool. The renderer is synchronous (it is handed records by a synchronous reader), so it
 * cannot wait for a stream's 'drain'; it waits on a shared counter of the bytes handed over and not
 * yet taken by the streams instead (`Atomics.wait`), which bounds the memory whatever the session's
 * size. Each member is compressed once, and serves both the archive and the viewer.
 */

export interface MemberDigest {
  sha256: string;
  bytes: number;
}

/**
 * A file of `logs/` as it was written: its size, and the digest of its plain file when one was
 * written (the manifest lists it). A gzip member alone is not hashed: the manifest hashes the
 * archive it goes into, which holds every byte of it.
 */
export interface WrittenMember {
  bytes: number;
  sha256?: string;
  /** Its gzip member's file, when one was asked for and written. */
  gzip?: string;
  /**
   * Its gzip member itself, when one was asked for beside the plain file of a session written in
   * place (see `writeHeld`): kept for the viewer instead of written to be read back and removed.
   */
  gzipped?: Buffer;
}

/** Where a member's bytes go: a plain file, a gzip member, or both. */
export interface MemberTarget {
  plain?: string;
  gzip?: string;
}

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

type Request =
  | { op: 'open'; id: number; target: MemberTarget }
  | { op: 'data'; id: number; chunk: ArrayBuffer; length: number }
  | { op: 'end'; id: number }
  | { op: 'file'; id: number; from: string; target: MemberTarget }
  | { op: 'concat'; id: number; to: string; parts: (Uint8Array | string)[] };
type Reply = { id: number; done: WrittenMember } | { id: number; error: string; file?: string };

/** A part of a file `concatParts` writes: bytes, or the path of a file whose bytes go in. */
export type ConcatPart = Uint8Array | string;

/**
 * Writes `parts` one after the other into the file `to`, hashing what it writes. Run here and by
 * the worker (which is given its source text), so it refers to nothing outside itself but the
 * modules it is given.
 */
async function concatParts(modules: { fs: typeof fs; createHash: typeof createHash }, to: string, parts: readonly ConcatPart[]): Promise<MemberDigest> {
  const out = await modules.fs.promises.open(to, 'w');
  const hash = modules.createHash('sha256');
  let bytes = 0;
  const write = async (data: Uint8Array): Promise<void> => {
    hash.update(data);
    bytes += data.length;
    for (let done = 0; done < data.length; ) done += (await out.write(data, done)).bytesWritten;
  };
  try {
    for (const part of parts) {
      if (typeof part !== 'string') await write(part);
      else for await (const chunk of modules.fs.createReadStream(part, { highWaterMark: 1024 * 1024 })) await write(chunk as Buffer);
    }
  } finally {
    await out.close();
  }
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * The worker, run from its source text (a worker built from a file would need that file beside the
 * bundle), so it refers to nothing outside itself: Node's modules come from `getBuiltinModule`,
 * the constants come in `workerData`, and `concat` is `concatParts`, given as source text too.
 */
function memberWorker(concat: typeof concatParts): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const fs = process.getBuiltinModule('node:fs');
  const zlib = process.getBuiltinModule('node:zlib');
  const crypto = process.getBuiltinModule('node:crypto');
  const { finished } = process.getBuiltinModule('node:stream/promises');
  const { control, inFlight, failedSlot, level, chunkSize, bufferBytes, returns } = workerData as {
    control: Int32Array;
    inFlight: number;
    failedSlot: number;
    level: number;
    chunkSize: number;
    bufferBytes: number;
    returns: MessagePort;
  };
  const port = parentPort!;
  /** How many chunks of a file (`fromFile`) are compressed at once. */
  const FILE_CHUNKS = 4;
  interface Member {
    write(chunk: Buffer): Promise<void>;
    end(): Promise<WrittenMember>;
  }
  const members = new Map<number, Member>();
  /** Stops the renderer's waiting: nothing more will be taken. */
  const stop = (): void => {
    Atomics.store(control, failedSlot, 1);
    Atomics.notify(control, inFlight);
  };
  const reported = new Set<number>();
  /** Says why a member failed, once: its stream's own error, and its file (a failed write's error names none). */
  const failed = (id: number, error: unknown, file?: string): void => {
    stop();
    if (reported.has(id)) return;
    reported.add(id);
    port.postMessage({ id, error: (error as Error | null)?.message ?? String(error), file: (error as NodeJS.ErrnoException | null)?.path ?? file });
  };
  // Anything else that goes wrong here stops the renderer too, with its reason: were this thread
  // to die instead, the renderer, blocked in its wait, would never hear of it and wait for good.
  process.on('uncaughtException', (error) => failed(-1, error));
  process.on('unhandledRejection', (error) => failed(-1, error));
  interface Sink {
    /** Resolves once `chunk` is taken: its buffer may be filled again. */
    write(chunk: Buffer): Promise<void>;
    end(): Promise<void>;
  }
  const writeTo = (out: NodeJS.WritableStream, chunk: Buffer): Promise<void> => new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  const plainFile = (id: number, file: string): Sink => {
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
  const gzipFile = (id: number, file: string): Sink => {
    const out = fs.createWriteStream(file);
    out.on('error', (error) => failed(id, error, file));
    const ended = finished(out);
    ended.catch(() => undefined);
    out.write(header);
    let crc = 0;
    let size = 0;
    /** The last WINDOW bytes handed over (a copy: the chunks' buffers go back to be filled again). */
    let window: Buffer | undefined;
    /** The compressed chunks, written in order. */
    let written = Promise.resolve();
    return {
      write: (chunk) => {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        const dictionary = window;
        const compressed = new Promise<Buffer>((resolve, reject) =>
          zlib.deflateRaw(chunk, { level, chunkSize, dictionary, finishFlush: zlib.constants.Z_SYNC_FLUSH }, (error, data) => (error ? reject(error) : resolve(data))),
        );
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
  const open = (id: number, target: MemberTarget): Member => {
    const hash = target.plain === undefined ? undefined : crypto.createHash('sha256');
    let bytes = 0;
    const sinks: Sink[] = [];
    if (target.plain) sinks.push(plainFile(id, target.plain));
    if (target.gzip) sinks.push(gzipFile(id, target.gzip));
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
  port.on('message', (request: Request) => {
    const { id } = request;
    if (request.op === 'open') members.set(id, open(id, request.target));
    else if (request.op === 'data') {
      const length = request.length;
      members
        .get(id)!
        .write(Buffer.from(request.chunk, 0, length))
        .then(
          () => {
            // The buffer goes back to be filled again before the renderer is told there is room.
            if (request.chunk.byteLength === bufferBytes) returns.postMessage(request.chunk, [request.chunk]);
            Atomics.sub(control, inFlight, length);
            Atomics.notify(control, inFlight);
          },
          stop,
        );
    } else if (request.op === 'end') {
      const member = members.get(id)!;
      members.delete(id);
      member.end().then((done) => port.postMessage({ id, done }), stop);
    } else if (request.op === 'concat') {
      concat({ fs, createHash: crypto.createHash }, request.to, request.parts).then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
    } else {
      const member = open(id, request.target);
      (async () => {
        // A few chunks compressed at once, as the renderer's are.
        const writing: Promise<void>[] = [];
        for await (const chunk of fs.createReadStream(request.from, { highWaterMark: bufferBytes })) {
          writing.push(member.write(chunk as Buffer));
          if (writing.length >= FILE_CHUNKS) await writing.shift();
        }
        await Promise.all(writing);
        return member.end();
      })().then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
    }
  });
}

const FIX = 'Free space or fix the permissions of the packages folder, then package again';

/** A gzip stream compressing on libuv's pool, and its member once it ends. */
function gzipStream(): { stream: Gzip; member: Promise<Buffer> } {
  const stream = createGzip({ level: GZIP_LEVEL });
  const member = new Promise<Buffer>((resolve, reject) => {
    const out: Buffer[] = [];
    stream.on('data', (data: Buffer) => out.push(data));
    stream.on('end', () => resolve(Buffer.concat(out)));
    stream.on('error', reject);
  });
  member.catch(() => undefined); // awaited by whoever places the member; a stream given up is never awaited
  return { stream, member };
}

/** The gzip member of `chunks`, compressed on libuv's pool a chunk at a time, without joining them first. */
function gzipChunks(chunks: readonly Buffer[]): Promise<Buffer> {
  const { stream, member } = gzipStream();
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return member;
}

function digestOf(chunks: readonly Buffer[]): MemberDigest {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
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
async function writeHeld(target: MemberTarget, held: Buffer[], gzipped: Promise<Buffer> | undefined, digest: () => MemberDigest): Promise<WrittenMember> {
  try {
    const writing = Promise.all([gzipped, target.plain === undefined ? undefined : fs.promises.writeFile(target.plain, held)]);
    const written = digest();
    const [member] = await writing;
    if (!member) return written;
    if (target.plain) return { ...written, gzipped: member };
    await fs.promises.writeFile(target.gzip!, member);
    return { ...written, gzip: target.gzip };
  } catch (error) {
    // A failed write names no file: the member's own is the one (its gzip member is written only without a plain file).
    const file = (error as NodeJS.ErrnoException).path ?? target.plain ?? target.gzip;
    throw new LyfeError(`a log file could not be written: ${(error as Error).message}`, { file, fix: FIX, cause: error });
  }
}

/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
export class MemberThread {
  private readonly control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private worker: Worker | undefined;
  /**
   * The MiB buffers the worker is done with, handed back to be filled again: the renderer takes
   * them synchronously (`receiveMessageOnPort`), so the same few buffers go round instead of a new
   * one per MiB whose memory waits, dead, for the worker's next garbage collection.
   */
  private returned: MessagePort | undefined;
  /** The members opened before the worker started, with the bytes handed to each. */
  private readonly held = new Map<number, { target: MemberTarget; chunks: Buffer[] }>();
  private heldBytes = 0;
  private readonly waiting = new Map<number, { resolve: (written: WrittenMember) => void; reject: (error: Error) => void }>();
  private failure: Error | undefined;
  private nextId = 0;
  /** What is written in place (members, `concat`): `close` waits for it, so that no write outlives the packaging that failed. */
  private readonly inPlace: Promise<WrittenMember>[] = [];
  /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
  private readonly stopped = new LyfeError('a log file could not be written', { fix: FIX });
  private readonly reported: Promise<Error>;
  private report!: (error: Error) => void;

  /**
   * `idle`, when given, is work the renderer does instead of waiting for room: one small piece per
   * call, and false once none is left. The gzip streams are the slower side of the render, so the
   * renderer waits for them most of the time.
   */
  constructor(private idle?: () => boolean) {
    this.reported = new Promise((resolve) => (this.report = resolve));
  }

  /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
  private start(): Worker {
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    this.returned = port1;
    const worker = new Worker(`(${memberWorker.toString()})(${concatParts.toString()})`, {
      eval: true,
      workerData: { control: this.control, inFlight: IN_FLIGHT, failedSlot: FAILED, level: GZIP_LEVEL, chunkSize: GZIP_CHUNK_BYTES, bufferBytes: BUFFER_BYTES, returns: port2 },
      transferList: [port2],
    });
    worker.on('message', (reply: Reply) => {
      if ('done' in reply) {
        this.waiting.get(reply.id)?.resolve(reply.done);
        this.waiting.delete(reply.id);
      } else {
        // Every request waiting fails with it, this one's too.
        this.fail(new LyfeError(`a log file could not be written: ${reply.error}`, { file: reply.file, fix: FIX }));
      }
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('the thread writing the log files stopped')));
    this.worker = worker;
    for (const [id, { target, chunks }] of this.held) {
      worker.postMessage({ op: 'open', id, target } satisfies Request);
      for (const chunk of chunks) this.post(id, chunk);
    }
    this.held.clear();
    this.heldBytes = 0;
    return worker;
  }

  /** A MiB buffer to fill: one the worker handed back, or a new one. */
  buffer(): Buffer {
    const returned = this.returned && receiveMessageOnPort(this.returned);
    return returned ? Buffer.from(returned.message as ArrayBuffer) : Buffer.allocUnsafeSlow(BUFFER_BYTES);
  }

  private post(id: number, chunk: Buffer): void {
    Atomics.add(this.control, IN_FLIGHT, chunk.length);
    this.worker!.postMessage({ op: 'data', id, chunk: chunk.buffer as ArrayBuffer, length: chunk.length } satisfies Request, [chunk.buffer as ArrayBuffer]);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.report(this.failure);
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }

  /** What the worker says of request `id` once done: a member as written, or (`concat`) a file's digest. */
  private reply<T extends WrittenMember = WrittenMember>(id: number): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve: resolve as (written: WrittenMember) => void, reject }));
  }

  /**
   * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
   * member `id`: held, or to the worker once it has room.
   */
  send(id: number, chunk: ArrayBuffer, length: number): void {
    if (Atomics.load(this.control, FAILED)) throw this.stopped;
    const bytes = Buffer.from(chunk, 0, length);
    const held = this.held.get(id);
    if (!this.worker && held) {
      held.chunks.push(bytes);
      this.heldBytes += length;
      if (this.heldBytes >= HELD_BYTES) this.start();
      return;
    }
    for (let inFlight = Atomics.load(this.control, IN_FLIGHT); inFlight >= IN_FLIGHT_BYTES; inFlight = Atomics.load(this.control, IN_FLIGHT)) {
      if (Atomics.load(this.control, FAILED)) throw this.stopped;
      if (this.idle?.()) continue;
      this.idle = undefined;
      Atomics.wait(this.control, IN_FLIGHT, inFlight, WAIT_MS);
    }
    this.post(id, bytes);
  }

  /** A member written from the bytes handed to the returned sink. */
  open(target: MemberTarget): MemberSink {
    const id = this.nextId++;
    if (this.worker) this.worker.postMessage({ op: 'open', id, target } satisfies Request);
    else this.held.set(id, { target, chunks: [] });
    return new MemberSink(this, id, target);
  }

  /** Resolves once the member is complete: written in place (see `writeHeld`), or by the worker (its files are the sink's target). */
  end(id: number): Promise<WrittenMember> {
    const held = this.held.get(id);
    if (held) {
      this.held.delete(id);
      this.heldBytes -= held.chunks.reduce((total, chunk) => total + chunk.length, 0);
      const written = writeHeld(held.target, held.chunks, held.target.gzip === undefined ? undefined : gzipChunks(held.chunks), () => digestOf(held.chunks));
      this.inPlace.push(written);
      return written;
    }
    const reply = this.reply(id);
    this.worker!.postMessage({ op: 'end', id } satisfies Request);
    return reply;
  }

  /** A member rendered before (see `HeldMember`), written in place to `target`: `close` waits for it as for the others. */
  place(member: HeldMember, target: MemberTarget): Promise<WrittenMember> {
    const written = member.place(target);
    this.inPlace.push(written);
    return written;
  }

  /** A member written from an existing file (`target` is where its copies go), by the worker. */
  async fromFile(from: string, target: MemberTarget): Promise<WrittenMember> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    const reply = this.reply(id);
    worker.postMessage({ op: 'file', id, from, target } satisfies Request);
    return { ...(await reply), gzip: target.gzip };
  }

  /**
   * Writes `parts` one after the other into the file `to` (see `concatParts`): by the worker when it
   * runs, so that this thread goes on meanwhile.
   */
  async concat(to: string, parts: readonly ConcatPart[]): Promise<MemberDigest> {
    if (!this.worker) {
      const written = concatParts({ fs, createHash }, to, parts);
      this.inPlace.push(written);
      return written;
    }
    const id = this.nextId++;
    const reply = this.reply<MemberDigest>(id);
    this.worker.postMessage({ op: 'concat', id, to, parts: [...parts] } satisfies Request);
    return reply;
  }

  /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
  reason(error: unknown): Promise<unknown> {
    return error === this.stopped ? this.reported : Promise.resolve(error);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.inPlace);
    await this.worker?.terminate();
    this.returned?.close();
  }
}

/** Text written into MiB buffers, each handed on (`hand`) once full. */
abstract class ChunkWriter {
  /** The buffer being filled: taken at the first write after a flush. */
  private buffer: Buffer | undefined;
  private used = 0;

  /** Takes `length` bytes of `chunk`, an ArrayBuffer of its own whose memory goes with them. */
  protected abstract hand(chunk: ArrayBuffer, length: number): void;

  /** The buffer to fill next, BUFFER_BYTES long. */
  protected next(): Buffer {
    return Buffer.allocUnsafeSlow(BUFFER_BYTES);
  }

  write(data: string | Buffer): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: the bound spares measuring a text first.
    const most = typeof data === 'string' ? data.length * 3 : data.length;
    if (this.used + most > BUFFER_BYTES) this.flush();
    if (most > BUFFER_BYTES) {
      const own = new Uint8Array(Buffer.byteLength(data));
      if (typeof data === 'string') Buffer.from(own.buffer).write(data);
      else own.set(data);
      this.hand(own.buffer, own.length);
      return;
    }
    this.buffer ??= this.next();
    if (typeof data === 'string') this.used += this.buffer.write(data, this.used);
    else this.used += data.copy(this.buffer, this.used);
  }

  protected flush(): void {
    if (!this.buffer || this.used === 0) return;
    this.hand(this.buffer.buffer as ArrayBuffer, this.used);
    this.buffer = undefined;
    this.used = 0;
  }
}

/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
export class MemberSink extends ChunkWriter {
  constructor(
    private readonly thread: MemberThread,
    private readonly id: number,
    private readonly target: MemberTarget,
  ) {
    super();
  }

  protected hand(chunk: ArrayBuffer, length: number): void {
    this.thread.send(this.id, chunk, length);
  }

  protected override next(): Buffer {
    return this.thread.buffer();
  }

  /** Hands over what is buffered; resolves once the member's files are complete. */
  async close(): Promise<WrittenMember> {
    try {
      this.flush();
    } catch (error) {
      throw await this.thread.reason(error);
    }
    const written: WrittenMember = await this.thread.end(this.id);
    return written.gzipped || written.gzip ? written : { ...written, gzip: this.target.gzip };
  }
}

/**
 * A member rendered before its package has a folder (see early-prompts.ts): its bytes held in
 * memory as they come, hashed, and with `gzip` compressed on libuv's pool meanwhile; written once
 * `place` is told where. `end` first.
 */
export class HeldMember extends ChunkWriter {
  private chunks: Buffer[] = [];
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private readonly gzip: { stream: Gzip; member: Promise<Buffer> } | undefined;
  private digest: MemberDigest | undefined;

  constructor({ gzip }: { gzip: boolean }) {
    super();
    this.gzip = gzip ? gzipStream() : undefined;
  }

  protected hand(chunk: ArrayBuffer, length: number): void {
    const bytes = Buffer.from(chunk, 0, length);
    this.hash.update(bytes);
    this.bytes += length;
    this.chunks.push(bytes);
    this.gzip?.stream.write(bytes);
  }

  /** No more bytes: the member's digest. */
  end(): MemberDigest {
    if (!this.digest) {
      this.flush();
      this.gzip?.stream.end();
      this.digest = { sha256: this.hash.digest('hex'), bytes: this.bytes };
    }
    return this.digest;
  }

  /** Writes the member to `target` as `MemberThread` would have (its gzip member compressed now if it was not meanwhile). */
  place(target: MemberTarget): Promise<WrittenMember> {
    const digest = this.end();
    const gzipped = target.gzip === undefined ? undefined : (this.gzip?.member ?? gzipChunks(this.chunks));
    return writeHeld(target, this.chunks, gzipped, () => digest);
  }

  /**
   * Whether the member's bytes are exactly those handed to the returned `next`, in order (each a
   * `[start, end)` of its chunk), once `done` is asked: compared as they come, not hashed. `end` first.
   */
  comparer(): { next(chunk: Uint8Array, start: number, end: number): void; done(): boolean } {
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
  discard(): void {
    this.gzip?.stream.destroy();
    this.chunks = [];
  }
}
