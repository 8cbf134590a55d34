import { RUN_METRICS } from './compare.js';
import { printable } from '../errors.js';
import { escapeHtmlInline, escapeInline, fitMarkdown } from './markdown.js';
/**
 * The views of a comparison: plain text for a terminal, markdown for a job summary or a pull-request
 * comment. Both say the same things in the same order: what the budgets decided, the run's numbers,
 * then each source; the details of changed sources come last, so a view cut to a size limit loses
 * those first.
 */
const METRIC_LABELS = {
    schema_compliance: 'schema compliance',
    mobile_optimization_score: 'mobile optimization',
    ari_persona_consistency: 'Ari persona consistency',
    total_api_calls: 'API calls',
    total_tokens: 'tokens',
    duration_seconds: 'duration (s)',
    cost_usd: 'cost (USD)',
};
const STATUS_ORDER = ['changed', 'added', 'removed', 'unchanged'];
/** A number as written, never in exponent notation: a cost that moved by one token is `0.00000075`, not `7.5e-7`. */
const plain = (value) => (/e/.test(String(value)) ? value.toFixed(8).replace(/\.?0+$/, '') : String(value));
const shown = (value) => (value === null ? 'unknown' : plain(value));
const signed = (value) => (value === null ? 'unknown' : value > 0 ? `+${plain(value)}` : plain(value));
const quoted = (value) => (value === undefined ? '(absent)' : JSON.stringify(value));
function countsLine(comparison) {
    return STATUS_ORDER.map((status) => `${comparison.counts[status]} ${status}`).join(', ');
}
/** Rows of the numbers table: metric, base, head, change. */
function metricRows(comparison) {
    const rows = RUN_METRICS.map((metric) => {
        const delta = comparison.metrics[metric];
        return [METRIC_LABELS[metric], shown(delta.base), shown(delta.head), signed(delta.delta)];
    });
    const issues = comparison.quality_issues;
    const fresh = issues.new === null ? '' : ` (${issues.new.length} new)`;
    rows.push(['quality issues', shown(issues.base), shown(issues.head), `${signed(issues.delta)}${fresh}`]);
    return rows;
}
/** What an item says, on one line: its text, and for a quiz its options with the answer. */
export function itemText(item) {
    const text = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
    if (item.type === 'quiz') {
        const options = Array.isArray(item.options) ? item.options.map(text) : [];
        const answer = typeof item.correctAnswer === 'number' ? options[item.correctAnswer] : undefined;
        return `${text(item.question)} [${options.join(' | ')}] answer: ${answer === undefined ? quoted(item.correctAnswer) : answer}`;
    }
    if (item.type === 'quote')
        return `"${text(item.content)}" - ${text(item.author)}`;
    if (item.type === 'content') {
        const tips = Array.isArray(item.tips) && item.tips.length ? ` (tips: ${item.tips.map(text).join('; ')})` : '';
        return `${text(item.content)}${tips}`;
    }
    return JSON.stringify(item);
}
/** A supertask's changes as lines of raw text, each with its depth: the renderers indent and escape. */
function supertaskLines(file) {
    const lines = [];
    const field = (change) => `${change.field}: ${quoted(change.base)} -> ${quoted(change.head)}`;
    for (const change of file.supertask?.fields ?? [])
        lines.push([0, field(change)]);
    for (const item of file.supertask?.items ?? [])
        lines.push(...itemLines(item));
    const quality = file.quality;
    // An added or removed lesson has one side to show; a changed one shows its quality when it moved.
    if (quality && file.status !== 'changed')
        lines.push([0, `quality: ${qualityText(file.status === 'added' ? quality.head : quality.base)}`]);
    else if (quality && qualityText(quality.base) !== qualityText(quality.head))
        lines.push([0, `quality: ${qualityText(quality.base)} -> ${qualityText(quality.head)}`]);
    return lines;
}
function itemLines(item) {
    if (item.change === 'added')
        return [[0, `item ${item.head_position} added (${item.type}): ${itemText(item.head)}`]];
    if (item.change === 'removed')
        return [[0, `item ${item.base_position} removed (${item.type}): ${itemText(item.base)}`]];
    const position = item.base_position === item.head_position ? `item ${item.head_position}` : `item ${item.base_position} (now ${item.head_position})`;
    return [[0, `${position} changed (${item.type})`], ...item.fields.map((change) => [1, `${change.field}: ${quoted(change.base)} -> ${quoted(change.head)}`])];
}
function qualityText(quality) {
    if (!quality)
        return 'no record';
    const validity = quality.valid ? 'valid' : `invalid (${quality.errors.length} schema error(s))`;
    return `${validity}, mobile ${shown(quality.mobile_optimization_score)}, persona ${shown(quality.ari_persona_consistency)}`;
}
const ordered = (sources) => STATUS_ORDER.flatMap((status) => sources.filter((source) => source.status === status));
const differing = (source) => (source.files ?? []).filter((file) => file.status !== 'unchanged');
/** What names a run: its session, model and digest, and whether it failed. Raw text: the markdown view escapes it. */
function runIdentity(pkg) {
    const facts = [`session ${pkg.session_id ?? 'unknown'}`, `model ${pkg.model ?? 'unknown'}`, `digest ${pkg.digest?.slice(0, 12) ?? 'unknown'}`];
    if (pkg.success === false)
        facts.push('the run failed');
    return facts.join(', ');
}
function packageLine(role, pkg) {
    return `${role} ${pkg.path} (${runIdentity(pkg)}${pkg.compressed ? ', compressed logs' : ''})`;
}
const BUDGET_MARKS = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN' };
export function renderComparisonText(comparison, checks) {
    const lines = [packageLine('base', comparison.base), packageLine('head', comparison.head), '', `sources: ${countsLine(comparison)}`];
    if (checks.length)
        lines.push('', 'budgets', ...checks.map((check) => `  ${BUDGET_MARKS[check.status].padEnd(8)} ${check.message}`));
    const rows = [['', 'base', 'head', 'change'], ...metricRows(comparison)];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    lines.push('', ...rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd()));
    lines.push('');
    for (const source of ordered(comparison.sources)) {
        lines.push(`${source.status.padEnd(10)} ${source.source}`);
        for (const file of differing(source)) {
            lines.push(`  ${file.status.padEnd(9)} ${file.file}`);
            for (const [depth, text] of supertaskLines(file))
                lines.push(`${'  '.repeat(depth + 3)}${text}`);
        }
    }
    for (const issue of comparison.quality_issues.new ?? [])
        lines.push(`new issue ${issueText(issue)}`);
    // Names and the lessons' text as they are, but for control characters, shown as escapes: one line each, no terminal escape.
    return `${lines.map((line) => printable(line)).join('\n')}\n`;
}
function issueText(issue) {
    return `${issue.severity ?? 'issue'} ${issue.rule}${issue.file ? ` in ${issue.file}` : ''}${issue.message ? `: ${issue.message}` : ''}`;
}
/** Names of unchanged sources on one line of the markdown view. */
const UNCHANGED_PER_LINE = 20;
const MARKDOWN_MARKS = { pass: '✅', fail: '❌', unknown: '❔' };
/** The comparison in GitHub markdown, every text from a package escaped, cut to `limit` when longer. */
export function renderComparisonMarkdown(comparison, checks, { limit, measure }) {
    const e = escapeInline;
    const verdict = checks.find((check) => check.status === 'fail') ?? checks.find((check) => check.status === 'unknown') ?? checks[0];
    const lines = [
        `## ${verdict ? `${MARKDOWN_MARKS[verdict.status]} ` : ''}Compared with the base run`,
        '',
        `Base: ${e(runIdentity(comparison.base))}  `,
        `Head: ${e(runIdentity(comparison.head))}`,
        '',
        `Sources: **${comparison.counts.changed} changed**, ${comparison.counts.added} added, ${comparison.counts.removed} removed, ${comparison.counts.unchanged} unchanged`,
    ];
    if (checks.length)
        lines.push('', '### Budgets', '', ...checks.map((check) => `- ${MARKDOWN_MARKS[check.status]} ${e(check.message)}`));
    lines.push('', '| | base | head | change |', '| --- | ---: | ---: | ---: |', ...metricRows(comparison).map((row) => `| ${row.map(e).join(' | ')} |`));
    const differ = ordered(comparison.sources).filter((source) => source.status !== 'unchanged');
    if (differ.length)
        lines.push('', '### Sources', '', '| source | change |', '| --- | --- |', ...differ.map((source) => `| ${e(source.source)} | ${source.status} |`));
    // After the table of the sources that differ: a long list (a prompt change that makes every lesson warn) is cut before the table is.
    const issues = comparison.quality_issues.new ?? [];
    if (issues.length)
        lines.push('', '### New quality issues', '', ...issues.map((issue) => `- ${e(issueText(issue))}`));
    for (const source of differ) {
        // The summary is on an HTML block's line: HTML, not markdown, is what GitHub reads there.
        lines.push('', `<details><summary>${escapeHtmlInline(source.source)}: ${source.status}</summary>`, '');
        for (const file of differing(source)) {
            lines.push(`- ${e(file.file)}: ${file.status}`);
            for (const [depth, text] of supertaskLines(file))
                lines.push(`${'  '.repeat(depth + 1)}- ${e(text)}`);
        }
        lines.push('', '</details>');
    }
    // Unchanged sources are named last, folded, a few to a line (one paragraph): nothing more is said of
    // them, so a view cut to its limit loses their names before anything that differs, and keeps the names that fit.
    const unchanged = comparison.sources.filter((source) => source.status === 'unchanged');
    if (unchanged.length) {
        const names = unchanged.map((source, index) => `${e(source.source)}${index < unchanged.length - 1 ? ',' : ''}`);
        // A line that starts with a name: a `::` there would be a workflow command in a CI log the view is printed to (`\:` reads `:`).
        const rows = Array.from({ length: Math.ceil(names.length / UNCHANGED_PER_LINE) }, (_, row) => names.slice(row * UNCHANGED_PER_LINE, (row + 1) * UNCHANGED_PER_LINE).join(' ').replace(/^(\s*):/, '$1\\:'));
        lines.push('', `<details><summary>${unchanged.length} unchanged</summary>`, '', ...rows, '', '</details>');
    }
    // Control characters of names and model text shown as escapes, as in the text view: the view may be printed to a terminal.
    return fitMarkdown(printable(`${lines.join('\n')}\n`, true), limit, measure, 'The comparison was cut to fit here; `lyfe-kt compare --json` on the two packages gives all of it.');
}
