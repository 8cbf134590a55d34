import path from 'node:path';
import pino from 'pino';
import { requireSession } from '../session/context.js';
import { redactText, redactValue } from './redact.js';
import { RecordFiles } from './types.js';
/**
 * The single writer of records. Each record is one `write(2)` of one whole line to a file opened
 * with O_APPEND, synchronously: concurrent processes never tear each other's lines, and a process
 * killed with SIGKILL loses at most the line it was writing.
 */
const loggers = new Map();
function loggerFor(logDir, kind) {
    const file = path.resolve(logDir, RecordFiles[kind]);
    let logger = loggers.get(file);
    if (!logger) {
        logger = pino({
            level: 'debug',
            base: undefined,
            messageKey: 'msg',
            timestamp: () => `,"time":"${new Date().toISOString()}"`,
            formatters: { level: (label) => ({ level: label }) },
        }, pino.destination({ dest: file, sync: true, append: true, mkdir: true }));
        loggers.set(file, logger);
    }
    return logger;
}
function write(kind, level, event, msg, fields = {}) {
    const context = requireSession();
    const line = {
        session: context.sessionId,
        stage: fields.stage ?? context.stage,
        event,
        pid: process.pid,
    };
    if (fields.input?.length)
        line.input = fields.input;
    if (fields.output?.length)
        line.output = fields.output;
    if (fields.data)
        line.data = redactValue(fields.data);
    loggerFor(context.logDir, kind)[level](line, redactText(msg));
}
/** A processing record in the current session and stage. */
export function record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
export function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}
