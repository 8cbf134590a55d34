/**
 * Markdown for GitHub (job summaries, pull-request comments): escaping text that comes from users
 * or the model, and cutting a view down to a size limit. Below the edges, so that the action and the
 * CLI render the same views.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Characters that start markdown constructs inline: emphasis, code, links, tables, strike, headings. */
const MARKDOWN = /[\\`*_[\]|~#]/g;
const WORD_JOINER = '\u2060';
/**
 * One line of text, safe inside a paragraph, a list item or a table cell. GitHub renders markdown
 * with HTML and `core.summary` escapes nothing: escaped, user and model text shows as written and
 * cannot reshape the page, mention anyone, or become a link (GitHub links a bare `https://…` or
 * `www.…`: a word joiner after its `:` or `www` keeps it text).
 */
export function escapeInline(text) {
    return unlinked(text.replace(/[&<>"]/g, (c) => HTML[c]).replace(MARKDOWN, (c) => `\\${c}`));
}
/**
 * One line of text inside the HTML of an HTML block's line (`<details><summary>…</summary>`), where
 * GitHub reads no markdown: a backslash escape would show as a backslash (`como\\_dormir.md`), so
 * only HTML is escaped, and the mentions and links GitHub still makes of the text.
 */
export function escapeHtmlInline(text) {
    return unlinked(text.replace(/[&<>"]/g, (c) => HTML[c]));
}
/** Text on one line that mentions no one and becomes no link. */
function unlinked(text) {
    return text
        .replace(/@(?=\w)/g, `@${WORD_JOINER}`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`)
        .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${WORD_JOINER}.`)
        .replace(/\r\n?|\n/g, ' ');
}
// The package's own markdown (`execution_summary.md`, and the generation report written before it).
export { escapeMarkdown } from '../pipeline/markdown-text.js';
/** Text for a fenced code block: shown literally, except that a run of backticks could close the fence. */
export function escapeCodeBlock(text) {
    return text.replace(/`{3,}/g, (run) => run.split('').join(WORD_JOINER));
}
export const chars = (text) => text.length;
/**
 * UTF-8 bytes once every line ends in CRLF: the runner converts line endings after its size
 * check (actions/runner#4337), so a summary is measured as it may be stored.
 */
export const crlfBytes = (text) => Buffer.byteLength(text, 'utf8') + (text.match(/(?<!\r)\n/g)?.length ?? 0);
/** Room kept for the closing tags the cut may need. */
const CLOSERS_ROOM = 256;
/**
 * Cuts markdown down to a size limit at a line boundary, closing what the cut leaves open (a code
 * fence, `<details>` blocks) and ending with a note that says so. Never fails: a view over GitHub's
 * limit is shortened, not refused.
 */
export function fitMarkdown(text, limit, measure, note) {
    if (measure(text) <= limit)
        return text;
    const tail = `\n\n> [!WARNING]\n> ${note}\n`;
    const budget = limit - measure(tail) - CLOSERS_ROOM;
    const newline = measure('\n');
    const lines = text.split('\n');
    const kept = [];
    let used = 0;
    let fenceOpen = false;
    let detailsOpen = 0;
    for (const line of lines) {
        const size = measure(line) + newline;
        if (used + size > budget)
            break;
        kept.push(line);
        used += size;
        if (/^\s*```/.test(line))
            fenceOpen = !fenceOpen;
        else if (!fenceOpen)
            detailsOpen += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    const closers = [];
    if (fenceOpen)
        closers.push('```');
    for (let i = 0; i < Math.min(detailsOpen, 8); i++)
        closers.push('</details>');
    return `${[...kept, ...closers].join('\n')}${tail}`;
}
