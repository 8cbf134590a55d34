import path from 'node:path';
import { formatAttempt, formatRecordLine } from '../records/render.js';
import type { LogRecord } from '../records/types.js';
import { LogFiles } from './constants.js';
import type { RenderedPrompts } from './early-prompts.js';
import type { MemberSink, MemberTarget, MemberThread, WrittenMember } from './gzip-thread.js';

/**
 * The files of `logs/` that hold the records themselves, rendered with the same line and block
 * formats as `lyfe-kt logs`, so that a package reads like the terminal view of its session.
 * They are written a record at a time: a session's records are never all in memory at once.
 */

/** The four record files of `logs/` by name, as they were written. */
export type RecordMembers = Map<string, WrittenMember>;

/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
export const memberGzip = (logsDir: string, name: string): string => path.join(logsDir, `.${name}.gz`);

const NEWLINE = Buffer.from('\n');

/** A record as a line of a `*.jsonl`: the bytes it was read from, which parsing spares serializing again. */
function writeRecord(sink: MemberSink, record: LogRecord, line: Buffer | undefined): void {
  if (line) {
    sink.write(line);
    sink.write(NEWLINE);
  } else sink.write(`${JSON.stringify(record)}\n`);
}

/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer. The prompt files come from `rendered` when the
 * run rendered them already: their records are then only counted.
 */
export class RecordLogsWriter {
  private readonly sinks = new Map<string, MemberSink>();
  private readonly processingLog: MemberSink;
  private readonly processingJsonl: MemberSink;
  private readonly promptsAudit: MemberSink | undefined;
  private readonly promptsJsonl: MemberSink | undefined;
  private readonly placed: Promise<readonly (readonly [string, WrittenMember])[]>;
  /** How many records each stream holds, processing first (the viewer is told). */
  readonly counts = { processing: 0, prompts: 0 };

  constructor(logsDir: string, thread: MemberThread, { compress, rendered }: { compress: boolean; rendered?: RenderedPrompts }) {
    const target = (name: string, jsonl: boolean): MemberTarget => (compress ? { gzip: memberGzip(logsDir, name) } : { plain: path.join(logsDir, name), ...(jsonl ? { gzip: memberGzip(logsDir, name) } : {}) });
    const open = (name: string, jsonl: boolean): MemberSink => {
      const sink = thread.open(target(name, jsonl));
      this.sinks.set(name, sink);
      return sink;
    };
    this.processingLog = open(LogFiles.processing, false);
    this.processingJsonl = open(LogFiles.processingRecords, true);
    if (rendered) {
      const place = async (name: string, jsonl: boolean): Promise<readonly [string, WrittenMember]> => [name, await thread.place(jsonl ? rendered.jsonl : rendered.audit, target(name, jsonl))];
      // Written while the processing records render.
      this.placed = Promise.all([place(LogFiles.promptsAudit, false), place(LogFiles.promptRecords, true)]);
      this.placed.catch(() => undefined); // awaited in `close`
    } else {
      this.placed = Promise.resolve([]);
      this.promptsAudit = open(LogFiles.promptsAudit, false);
      this.promptsJsonl = open(LogFiles.promptRecords, true);
    }
  }

  /**
   * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
   * the record: its `line` as read, else serialized.
   */
  processing(record: LogRecord, line?: Buffer): void {
    this.counts.processing += 1;
    this.processingLog.write(`${formatRecordLine(record)}\n`);
    writeRecord(this.processingJsonl, record, line);
  }

  /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
  prompt(record: LogRecord, line?: Buffer): void {
    this.counts.prompts += 1;
    if (!this.promptsAudit || !this.promptsJsonl) return;
    this.promptsAudit.write(`${formatAttempt(record)}\n\n`);
    writeRecord(this.promptsJsonl, record, line);
  }

  /** Hands over the rest at once; resolves once every file is complete. */
  async close(): Promise<RecordMembers> {
    // Every sink hands over its rest now, before this returns: the thread finishes them together.
    const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()] as const);
    const [written, placed] = await Promise.all([Promise.all(closed), this.placed]);
    return new Map([...written, ...placed]);
  }
}
