import type { LogRecord } from '../records/types.js';
/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 */
export declare function renderProcessingLog(records: LogRecord[]): string;
/** One block per LLM attempt (time, stage, files, model, tokens, latency, outcome, messages, response). */
export declare function renderPromptsAudit(audits: LogRecord[]): string;
/** The records as `*.jsonl`, one per line. */
export declare function renderJsonl(records: LogRecord[]): string;
