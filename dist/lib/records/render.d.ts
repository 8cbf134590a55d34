import type { SessionList } from './sessions.js';
import { type LogRecord } from './types.js';
/**
 * Human views of records. Pure text: the caller decides on colour by passing `paint`, so the same
 * lines serve a terminal and a plain `.log` file.
 */
export type Paint = (style: Style, text: string) => string;
export type Style = 'error' | 'warn' | 'info' | 'debug' | 'stage' | 'event' | 'dim' | 'ok';
export declare const plain: Paint;
/** `2025-01-18T17:30:45.123Z` as `2025-01-18 17:30:45.123`: sortable, and readable at a glance. */
export declare function displayTime(iso: string): string;
/** One line per record: time, level, stage, event, files, message. */
export declare function formatRecordLine(record: LogRecord, paint?: Paint): string;
/** A block per LLM attempt: what was asked, what came back, and how it went. */
export declare function formatAttempt(record: LogRecord, paint?: Paint): string;
/** The `logs --list` table. */
export declare function formatSessionTable(list: SessionList, paint?: Paint): string;
