/**
 * Markdown for GitHub (job summaries, pull-request comments): escaping text that comes from users
 * or the model, and cutting a view down to a size limit. Below the edges, so that the action and the
 * CLI render the same views.
 */
/**
 * One line of text, safe inside a paragraph, a list item or a table cell. GitHub renders markdown
 * with HTML and `core.summary` escapes nothing: escaped, user and model text shows as written and
 * cannot reshape the page, mention anyone, or become a link (GitHub links a bare `https://…` or
 * `www.…`: a word joiner after its `:` or `www` keeps it text).
 */
export declare function escapeInline(text: string): string;
/**
 * One line of text inside the HTML of an HTML block's line (`<details><summary>…</summary>`), where
 * GitHub reads no markdown: a backslash escape would show as a backslash (`como\\_dormir.md`), so
 * only HTML is escaped, and the mentions and links GitHub still makes of the text.
 */
export declare function escapeHtmlInline(text: string): string;
export { escapeMarkdown } from '../pipeline/markdown-text.js';
/** Text for a fenced code block: shown literally, except that a run of backticks could close the fence. */
export declare function escapeCodeBlock(text: string): string;
export type Measure = (text: string) => number;
export declare const chars: Measure;
/**
 * UTF-8 bytes once every line ends in CRLF: the runner converts line endings after its size
 * check (actions/runner#4337), so a summary is measured as it may be stored.
 */
export declare const crlfBytes: Measure;
/**
 * Cuts markdown down to a size limit at a line boundary, closing what the cut leaves open (a code
 * fence, `<details>` blocks) and ending with a note that says so. Never fails: a view over GitHub's
 * limit is shortened, not refused.
 */
export declare function fitMarkdown(text: string, limit: number, measure: Measure, note: string): string;
