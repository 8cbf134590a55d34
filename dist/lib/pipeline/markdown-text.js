/**
 * Text for the markdown the pipeline writes into a package (`reports/generation_report.md`) and the
 * package's own `execution_summary.md`. GitHub's views (job summaries, comments) escape more:
 * `escapeInline` in package/markdown.ts.
 */
/**
 * What would reshape a line of the package's own markdown: a table cell's end, emphasis, code,
 * strike, HTML; the `]` that closes a link's or an image's text (`[a](b)`, `[a][b]`); an `_` at the
 * edge of a word, which can open or close emphasis (`_draft_.md`); the `&` of an HTML entity.
 */
const LAYOUT = /[\\`*|~<]|\](?=[([])|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[\p{L}\p{N}]+;)/gu;
/**
 * One line of text for the markdown a package holds (`execution_summary.md`), read in an editor as
 * often as rendered: only what would break its tables and lists or change how the text shows is
 * escaped (a `|` ends a table cell; a backslash escapes it). Not a `_` inside a word, which names
 * are full of and which starts no emphasis there: `como_dormir_bem.md` reads as written; nor a
 * bracket that makes no link (`$.flexibleItems[1]`). GitHub's views escape more (`escapeInline`).
 */
export function escapeMarkdown(text) {
    return text.replace(LAYOUT, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' ');
}
