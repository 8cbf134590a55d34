import type { LogRecord } from '../records/types.js';
/** Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it. */
export declare class RecordLogsWriter {
    private readonly files;
    private readonly processingLog;
    private readonly processingJsonl;
    private readonly promptsAudit;
    private readonly promptsJsonl;
    constructor(logsDir: string);
    /** `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl` the record. */
    processing(record: LogRecord): void;
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record: LogRecord): void;
    /** Closes every file, the first error (if any) thrown after all are closed. */
    close(): void;
}
