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
/** A part of a file `concatParts` writes: bytes, or the path of a file whose bytes go in. */
export type ConcatPart = Uint8Array | string;
/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
export declare class MemberThread {
    private idle?;
    private readonly control;
    private worker;
    /**
     * The MiB buffers the worker is done with, handed back to be filled again: the renderer takes
     * them synchronously (`receiveMessageOnPort`), so the same few buffers go round instead of a new
     * one per MiB whose memory waits, dead, for the worker's next garbage collection.
     */
    private returned;
    /** The members opened before the worker started, with the bytes handed to each. */
    private readonly held;
    private heldBytes;
    private readonly waiting;
    private failure;
    private nextId;
    /** What is written in place (members, `concat`): `close` waits for it, so that no write outlives the packaging that failed. */
    private readonly inPlace;
    /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
    private readonly stopped;
    private readonly reported;
    private report;
    /**
     * `idle`, when given, is work the renderer does instead of waiting for room: one small piece per
     * call, and false once none is left. The gzip streams are the slower side of the render, so the
     * renderer waits for them most of the time.
     */
    constructor(idle?: (() => boolean) | undefined);
    /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
    private start;
    /** A MiB buffer to fill: one the worker handed back, or a new one. */
    buffer(): Buffer;
    private post;
    private fail;
    /** What the worker says of request `id` once done: a member as written, or (`concat`) a file's digest. */
    private reply;
    /**
     * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
     * member `id`: held, or to the worker once it has room.
     */
    send(id: number, chunk: ArrayBuffer, length: number): void;
    /** A member written from the bytes handed to the returned sink. */
    open(target: MemberTarget): MemberSink;
    /** Resolves once the member is complete: written in place (see `writeHeld`), or by the worker (its files are the sink's target). */
    end(id: number): Promise<WrittenMember>;
    /** A member rendered before (see `HeldMember`), written in place to `target`: `close` waits for it as for the others. */
    place(member: HeldMember, target: MemberTarget): Promise<WrittenMember>;
    /** A member written from an existing file (`target` is where its copies go), by the worker. */
    fromFile(from: string, target: MemberTarget): Promise<WrittenMember>;
    /**
     * Writes `parts` one after the other into the file `to` (see `concatParts`): by the worker when it
     * runs, so that this thread goes on meanwhile.
     */
    concat(to: string, parts: readonly ConcatPart[]): Promise<MemberDigest>;
    /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
    reason(error: unknown): Promise<unknown>;
    close(): Promise<void>;
}
/** Text written into MiB buffers, each handed on (`hand`) once full. */
declare abstract class ChunkWriter {
    /** The buffer being filled: taken at the first write after a flush. */
    private buffer;
    private used;
    /** Takes `length` bytes of `chunk`, an ArrayBuffer of its own whose memory goes with them. */
    protected abstract hand(chunk: ArrayBuffer, length: number): void;
    /** The buffer to fill next, BUFFER_BYTES long. */
    protected next(): Buffer;
    write(data: string | Buffer): void;
    protected flush(): void;
}
/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
export declare class MemberSink extends ChunkWriter {
    private readonly thread;
    private readonly id;
    private readonly target;
    constructor(thread: MemberThread, id: number, target: MemberTarget);
    protected hand(chunk: ArrayBuffer, length: number): void;
    protected next(): Buffer;
    /** Hands over what is buffered; resolves once the member's files are complete. */
    close(): Promise<WrittenMember>;
}
/**
 * A member rendered before its package has a folder (see early-prompts.ts): its bytes held in
 * memory as they come, hashed, and with `gzip` compressed on libuv's pool meanwhile; written once
 * `place` is told where. `end` first.
 */
export declare class HeldMember extends ChunkWriter {
    private chunks;
    private readonly hash;
    private bytes;
    private readonly gzip;
    private digest;
    constructor({ gzip }: {
        gzip: boolean;
    });
    protected hand(chunk: ArrayBuffer, length: number): void;
    /** No more bytes: the member's digest. */
    end(): MemberDigest;
    /** Writes the member to `target` as `MemberThread` would have (its gzip member compressed now if it was not meanwhile). */
    place(target: MemberTarget): Promise<WrittenMember>;
    /**
     * Whether the member's bytes are exactly those handed to the returned `next`, in order (each a
     * `[start, end)` of its chunk), once `done` is asked: compared as they come, not hashed. `end` first.
     */
    comparer(): {
        next(chunk: Uint8Array, start: number, end: number): void;
        done(): boolean;
    };
    /** Lets the bytes go, unwritten. */
    discard(): void;
}
export {};
