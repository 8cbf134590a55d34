import fs from 'node:fs';
import path from 'node:path';
import { formatAttempt, formatRecordLine } from '../records/render.js';
import { LogFiles } from './constants.js';
/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 * They are written a record at a time: a session's records are never all in memory at once.
 */
const BUFFER_BYTES = 1024 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;
/** A new file written in order through a buffer: one write call per MiB, however many records. */
class BufferedFile {
    fd;
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    constructor(file) {
        this.fd = fs.openSync(file, 'w');
    }
    write(text) {
        // The length bound spares measuring the text before copying it.
        if (this.used + text.length * MAX_UTF8_PER_UNIT > this.buffer.length)
            this.flush();
        if (text.length * MAX_UTF8_PER_UNIT > this.buffer.length)
            fs.writeSync(this.fd, text);
        else
            this.used += this.buffer.write(text, this.used);
    }
    flush() {
        for (let done = 0; done < this.used;)
            done += fs.writeSync(this.fd, this.buffer, done, this.used - done);
        this.used = 0;
    }
    /** Writes what is buffered and closes the file; the file is closed even when that write fails. */
    close() {
        try {
            this.flush();
        }
        finally {
            fs.closeSync(this.fd);
        }
    }
}
/** Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it. */
export class RecordLogsWriter {
    files = [];
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    constructor(logsDir) {
        const open = (name) => {
            const file = new BufferedFile(path.join(logsDir, name));
            this.files.push(file);
            return file;
        };
        try {
            this.processingLog = open(LogFiles.processing);
            this.processingJsonl = open(LogFiles.processingRecords);
            this.promptsAudit = open(LogFiles.promptsAudit);
            this.promptsJsonl = open(LogFiles.promptRecords);
        }
        catch (error) {
            this.close();
            throw error;
        }
    }
    /** `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl` the record. */
    processing(record) {
        this.processingLog.write(`${formatRecordLine(record)}\n`);
        this.processingJsonl.write(`${JSON.stringify(record)}\n`);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record) {
        this.promptsAudit.write(`${formatAttempt(record)}\n\n`);
        this.promptsJsonl.write(`${JSON.stringify(record)}\n`);
    }
    /** Closes every file, the first error (if any) thrown after all are closed. */
    close() {
        let failure;
        for (const file of this.files.splice(0)) {
            try {
                file.close();
            }
            catch (error) {
                failure ??= error;
            }
        }
        if (failure !== undefined)
            throw failure;
    }
}
