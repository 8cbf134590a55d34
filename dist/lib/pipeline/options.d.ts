import type { LlmProvider } from '../llm/provider.js';
import type { MarkdownInput } from './inputs.js';
import type { SchemaVersion } from './schema.js';
export interface ProgressEvent {
    /** The stage the file went through: `run` reports both stages' files as they finish, interleaved. */
    stage: 'preprocess' | 'generate';
    file: string;
    done: number;
    total: number;
    ok: boolean;
    /** Why the file failed (a network, disk or provider error), as opposed to an output that is invalid. */
    error?: string;
}
/** Runs the calls of one file, and gives back what they returned (`callSlots` makes them). */
export type CallSlot = <T>(calls: () => Promise<T>) => Promise<T>;
export interface WrittenOutput {
    output: string;
    text: string;
    template: MarkdownInput;
}
export interface PipelineOptions {
    provider: LlmProvider;
    schemaVersion: SchemaVersion;
    /** Files whose calls are in flight at once (a file's outputs are written as the next file's calls go out: `callSlots`). */
    concurrency: number;
    onProgress?: (event: ProgressEvent) => void;
    /** Called by generation with each output file as it is written: its name, its text and the template it came from. */
    onOutput?: (output: WrittenOutput) => void;
    /** Called by preprocessing with each filled template as it is written, read as generation reads it. */
    onTemplate?: (template: MarkdownInput) => void;
    /**
     * Called by both stages with the name of each file written into the output folder, before its
     * result is recorded: what a stage records as written is then wherever the stage keeps it, even
     * when its process is killed right after the record. A throw fails the file.
     */
    onWritten?: (name: string) => void;
    /**
     * The slots the stage's calls take: stages that run at once (`run`) share theirs, so that
     * `concurrency` bounds the files in flight across both. By default the stage has its own.
     */
    slot?: CallSlot;
    /** Aborting it cancels the calls in flight (Ctrl-C in the CLI). */
    signal?: AbortSignal;
    /** Templates whose names differ only in letter case or accent encoding are taken (`ReadLimits.alikeNames`): a package's own, replayed. */
    alikeNames?: boolean;
}
export declare const DEFAULT_CONCURRENCY = 4;
/** The CLI refuses inputs larger than this unless `--max-input-size` raises it: some 130k tokens, more than a model takes. */
export declare const DEFAULT_MAX_INPUT_BYTES: number;
