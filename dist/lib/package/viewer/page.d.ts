import { type ViewerData } from './data.js';
/**
 * `logs/viewer.html`: one self-contained page (inline style and script, the session embedded)
 * that opens from disk with no network at all; its Content-Security-Policy forbids any request.
 * The records are embedded gzip-compressed and base64-encoded, streamed from the record files
 * into the page a chunk at a time, so the page is about 4/3 of the records' gzip size plus its
 * own 30 KiB, and no session is held in memory whole to write it.
 */
export type ByteSource = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
export interface ViewerRecords {
    /** The bytes of the session's `processing.jsonl`, then of its `prompts.jsonl`. */
    processing: ByteSource;
    prompts: ByteSource;
}
/** Writes the page to `file` (through a temporary file beside it, renamed into place). */
export declare function writeViewerPage(file: string, view: Omit<ViewerData, 'records' | 'numbers'>, records: ViewerRecords): Promise<void>;
/** The viewer of a `logs/` folder whose record files are plain (before they are compressed). */
export declare function writeLogsViewer(logsDir: string, view: Omit<ViewerData, 'records' | 'numbers'>): Promise<void>;
