import type { SessionList } from './sessions.js';
import { type LogRecord } from './types.js';
/**
 * Human views of records. Pure text: the caller decides on colour by passing `paint`, so the same
 * lines serve a terminal and a plain `.log` file.
 */
export type Paint = (style: Style, text: string) => string;
export type Style = 'error' | 'warn' | 'info' | 'debug' | 'stage' | 'event' | 'dim' | 'ok';
export declare const plain: Paint;
/** One line per record: time, level, stage, event, files, message. */
export declare function formatRecordLine(record: LogRecord, paint?: Paint): string;
/** A block per LLM attempt: what was asked, what came back, and how it went. */
export declare function formatAttempt(record: LogRecord, paint?: Paint): string;
/** The `logs --list` table. */
/** How a session's status is coloured, in the listing and in a session's footer alike. */
export declare function statusStyle(status: string): Style;
export declare function formatSessionTable(list: SessionList, paint?: Paint): string;
