import type { LogRecord } from '../records/types.js';
import type { RenderedPrompts } from './early-prompts.js';
import type { MemberThread, WrittenMember } from './gzip-thread.js';
/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 * They are written a record at a time: a session's records are never all in memory at once.
 */
/** The four record files of `logs/` by name, as they were written. */
export type RecordMembers = Map<string, WrittenMember>;
/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
export declare const memberGzip: (logsDir: string, name: string) => string;
/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer. The prompt files come from `rendered` when the
 * run rendered them already: their records are then only counted.
 */
export declare class RecordLogsWriter {
    private readonly sinks;
    private readonly processingLog;
    private readonly processingJsonl;
    private readonly promptsAudit;
    private readonly promptsJsonl;
    private readonly placed;
    /** How many records each stream holds, processing first (the viewer is told). */
    readonly counts: {
        processing: number;
        prompts: number;
    };
    constructor(logsDir: string, thread: MemberThread, { compress, rendered }: {
        compress: boolean;
        rendered?: RenderedPrompts;
    });
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record: LogRecord, line?: Buffer): void;
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record: LogRecord, line?: Buffer): void;
    /** Hands over the rest at once; resolves once every file is complete. */
    close(): Promise<RecordMembers>;
}
