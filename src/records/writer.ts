import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { requireSession } from '../session/context.js';
import { redactText, redactValue } from './redact.js';
import { RecordFiles, type Level, type LogRecord, type RecordKind, type Stage } from './types.js';

/**
 * The single writer of records. Each record is one `write(2)` of one whole line to a file opened
 * with O_APPEND, synchronously: concurrent processes never tear each other's lines, and a process
 * killed with SIGKILL loses at most the line it was writing.
 */
const loggers = new Map<string, Logger>();

/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a+');
  const size = fs.fstatSync(fd).size;
  if (size > 0) {
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    if (last[0] !== 0x0a) fs.writeSync(fd, '\n');
  }
  return fd;
}

function loggerFor(logDir: string, kind: RecordKind): Logger {
  const file = path.resolve(logDir, RecordFiles[kind]);
  let logger = loggers.get(file);
  if (!logger) {
    logger = pino(
      {
        level: 'debug',
        base: undefined,
        messageKey: 'msg',
        // `time` is the first field of each record object (see write): the line reads level, time, session...
        timestamp: false,
        formatters: { level: (label) => ({ level: label }) },
      },
      pino.destination({ dest: openRecordFile(file), sync: true }),
    );
    loggers.set(file, logger);
  }
  return logger;
}

export interface RecordFields {
  input?: string[];
  output?: string[];
  data?: Record<string, unknown>;
  /** Overrides the stage of the current context. */
  stage?: Stage;
}

/** In-process consumers of records; see `onRecord`. */
type RecordListener = (kind: RecordKind, record: LogRecord) => void;
const listeners = new Set<RecordListener>();

/**
 * Lets code in this process see each record as it is written, exactly as written (redacted),
 * instead of reading the global files back. Returns the function that stops listening.
 */
export function onRecord(listener: RecordListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function write(kind: RecordKind, level: Level, event: string, msg: string, fields: RecordFields = {}): void {
  const context = requireSession();
  const line: Omit<LogRecord, 'level' | 'msg'> = {
    time: new Date().toISOString(),
    session: context.sessionId,
    stage: fields.stage ?? context.stage,
    event,
    pid: process.pid,
  };
  if (fields.input?.length) line.input = fields.input;
  if (fields.output?.length) line.output = fields.output;
  if (fields.data) line.data = redactValue(fields.data);
  const text = redactText(msg);
  loggerFor(context.logDir, kind)[level](line, text);
  if (listeners.size > 0) {
    const written: LogRecord = { level, ...line, msg: text };
    for (const listener of listeners) listener(kind, written);
  }
}

/** A processing record in the current session and stage. */
export function record(level: Level, event: string, msg: string, fields?: RecordFields): void {
  write('processing', level, event, msg, fields);
}

/** A prompt-audit record in the current session and stage. */
export function auditRecord(level: Level, event: string, msg: string, fields?: RecordFields): void {
  write('prompts', level, event, msg, fields);
}
