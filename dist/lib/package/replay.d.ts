import type { ProgressEvent } from '../pipeline/options.js';
export interface ReplayOptions {
    packageDir: string;
    /** A new work folder for the replay (01_raw, 02_preprocessed copied from the package; 03_output, reports written). */
    outDir: string;
    logDir: string;
    concurrency: number;
    /** Each template done, as generation reports it. */
    onProgress?: (event: ProgressEvent) => void;
}
export type ReplayFileStatus = 'identical' | 'different' | 'missing' | 'extra';
export interface ReplayResult {
    /** The session the replay recorded, in the out folder (package it with `lyfe-kt package --work-dir <out>`). */
    session_id: string;
    /** The session whose recorded replies answered the replay; null for a merged package, whose records are of several. */
    replayed_session: string | null;
    /** Every session whose recorded replies answered the replay: the one, or a merged package's shards' (its metadata.json's `shards`). */
    replayed_sessions: string[];
    out_dir: string;
    templates: string[];
    files: {
        file: string;
        status: ReplayFileStatus;
    }[];
    /** Every packaged output came out byte-identical, and nothing more. */
    identical: boolean;
    /** Why the replayed generation failed (as the packaged run may have); outputs are still compared. */
    generation_error: string | null;
    /** Recorded attempts the replay did not ask for. */
    unused_attempts: number;
}
/**
 * Runs generation again from a package's own templates, each LLM call answered by the reply the
 * package recorded for it, and compares the outputs with the packaged ones byte for byte.
 */
export declare function replayPackage(options: ReplayOptions): Promise<ReplayResult>;
