import path from 'node:path';
import { formatAttempt, formatRecordLine } from '../records/render.js';
import { LogFiles } from './constants.js';
/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
export const memberGzip = (logsDir, name) => path.join(logsDir, `.${name}.gz`);
const NEWLINE = Buffer.from('\n');
/** A record as a line of a `*.jsonl`: the bytes it was read from, which parsing spares serializing again. */
function writeRecord(sink, record, line) {
    if (line) {
        sink.write(line);
        sink.write(NEWLINE);
    }
    else
        sink.write(`${JSON.stringify(record)}\n`);
}
/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer. The prompt files come from `rendered` when the
 * run rendered them already: their records are then only counted.
 */
export class RecordLogsWriter {
    sinks = new Map();
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    placed;
    /** How many records each stream holds, processing first (the viewer is told). */
    counts = { processing: 0, prompts: 0 };
    constructor(logsDir, thread, { compress, rendered }) {
        const target = (name, jsonl) => (compress ? { gzip: memberGzip(logsDir, name) } : { plain: path.join(logsDir, name), ...(jsonl ? { gzip: memberGzip(logsDir, name) } : {}) });
        const open = (name, jsonl) => {
            const sink = thread.open(target(name, jsonl));
            this.sinks.set(name, sink);
            return sink;
        };
        this.processingLog = open(LogFiles.processing, false);
        this.processingJsonl = open(LogFiles.processingRecords, true);
        if (rendered) {
            const place = async (name, jsonl) => [name, await thread.place(jsonl ? rendered.jsonl : rendered.audit, target(name, jsonl))];
            // Written while the processing records render.
            this.placed = Promise.all([place(LogFiles.promptsAudit, false), place(LogFiles.promptRecords, true)]);
            this.placed.catch(() => undefined); // awaited in `close`
        }
        else {
            this.placed = Promise.resolve([]);
            this.promptsAudit = open(LogFiles.promptsAudit, false);
            this.promptsJsonl = open(LogFiles.promptRecords, true);
        }
    }
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record, line) {
        this.counts.processing += 1;
        this.processingLog.write(`${formatRecordLine(record)}\n`);
        writeRecord(this.processingJsonl, record, line);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record, line) {
        this.counts.prompts += 1;
        if (!this.promptsAudit || !this.promptsJsonl)
            return;
        this.promptsAudit.write(`${formatAttempt(record)}\n\n`);
        writeRecord(this.promptsJsonl, record, line);
    }
    /** Hands over the rest at once; resolves once every file is complete. */
    async close() {
        // Every sink hands over its rest now, before this returns: the thread finishes them together.
        const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()]);
        const [written, placed] = await Promise.all([Promise.all(closed), this.placed]);
        return new Map([...written, ...placed]);
    }
}
