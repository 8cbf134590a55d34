import { formatAttempt, formatRecordLine } from '../records/render.js';
/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 */
export function renderProcessingLog(records) {
    return records.map((record) => `${formatRecordLine(record)}\n`).join('');
}
/** One block per LLM attempt (time, stage, files, model, tokens, latency, outcome, messages, response). */
export function renderPromptsAudit(audits) {
    return audits.map((record) => `${formatAttempt(record)}\n\n`).join('');
}
/** The records as `*.jsonl`, one per line. */
export function renderJsonl(records) {
    return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
