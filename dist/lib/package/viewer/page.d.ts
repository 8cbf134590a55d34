import type { MemberDigest } from '../gzip-thread.js';
import { type ViewerData } from './data.js';
/**
 * `logs/viewer.html`: one self-contained page (inline style and script, the session embedded)
 * that opens from disk with no network at all; its Content-Security-Policy forbids any request.
 * The records are embedded gzip-compressed and base64-encoded, each stream in a block of its own
 * (a browser's DecompressionStream reads one gzip member), streamed into the page a chunk at a
 * time, so the page is about 4/3 of the records' gzip size plus its own 30 KiB, and no session is
 * held in memory whole to write it. A package's viewer embeds the gzip members its record files
 * were compressed into as they were rendered: its records are not compressed again.
 */
export type ByteSource = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
export interface ViewerRecords {
    /** The bytes of the session's `processing.jsonl`, and of its `prompts.jsonl`. */
    processing: ByteSource;
    prompts: ByteSource;
}
/** The same records as gzip members already written. */
export interface CompressedRecords {
    processing: AsyncIterable<Buffer> | Iterable<Buffer>;
    prompts: AsyncIterable<Buffer> | Iterable<Buffer>;
}
/** What the page shows of a session besides its records. */
export type ViewerView = Omit<ViewerData, 'records' | 'numbers'>;
/**
 * The page's block of what it shows besides the records, gzip-compressed (on libuv's pool, while
 * the caller goes on) and base64-encoded.
 */
export declare function viewerDataBlock(view: ViewerView, counts: ViewerData['records']): Promise<string>;
/** Writes the page to `file` (through a temporary file beside it, renamed into place). */
export declare function writeViewerPage(file: string, view: ViewerView, records: ViewerRecords): Promise<MemberDigest>;
/**
 * Writes the page of records already compressed, with `data` (see `viewerDataBlock`), asked for
 * once both are embedded. Resolves with the digest of the page as written (a package's manifest takes it).
 */
export declare function writePage(file: string, title: string, records: CompressedRecords, data: () => Promise<string>): Promise<MemberDigest>;
/** A gzip member: its file, or the member itself. */
export type GzipMember = string | Buffer;
/** The viewer of a package's `logs/`, from the gzip members its two `*.jsonl` were written into and its `viewerDataBlock`. */
export declare function writeLogsViewer(logsDir: string, title: string, members: {
    processing: GzipMember;
    prompts: GzipMember;
}, data: Promise<string>): Promise<MemberDigest>;
/**
 * Whether `page` is, byte for byte, a page this lyfe-kt writes: the head it writes for the title
 * the page names (its Content-Security-Policy, its style), three blocks of nothing but base64, and
 * its own script, then nothing. Such a page runs no script but lyfe-kt's, which shows every text
 * of its blocks as text. A page made by hand (a package from a fork's pull request may carry one,
 * and a manifest made to match), or by another version of lyfe-kt, is not. Reads the page once,
 * without inflating its blocks: a page of 100,000 records is checked in milliseconds.
 */
export declare function isViewerPage(page: Buffer): boolean;
