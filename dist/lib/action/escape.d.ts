import type { SessionSummary } from '../package/summary.js';
/** One line of text, safe inside a paragraph, a list item or a table cell. */
export declare function escapeInline(text: string): string;
/** Text for a fenced code block: shown literally, except that a run of backticks could close the fence. */
export declare function escapeCodeBlock(text: string): string;
/** A copy of `summary` whose user and model text is escaped, for the renderers of the package to lay out. */
export declare function escapeSummary(summary: SessionSummary): SessionSummary;
