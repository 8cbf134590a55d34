import { printable } from '../errors.js';
import { Events } from './types.js';
import { totalTokens } from './values.js';
export const plain = (_style, text) => text;
/**
 * `2025-01-18T17:30:45.123Z` as `2025-01-18 17:30:45.123`: sortable, and readable at a glance.
 * (Cut by position, not by a regular expression: it runs once for every record of a package.)
 */
function displayTime(iso) {
    const t = iso.indexOf('T');
    const spaced = t < 0 ? iso : `${iso.slice(0, t)} ${iso.slice(t + 1)}`;
    // The writer's times hold no control character; a record of a package says what its maker wrote.
    return printable(spaced.endsWith('Z') ? spaced.slice(0, -1) : spaced);
}
function files(record) {
    const input = record.input?.length ? printable(record.input.join(', ')) : undefined;
    const output = record.output?.length ? `-> ${printable(record.output.join(', '))}` : undefined;
    return input === undefined ? (output ?? '') : output === undefined ? input : `${input} ${output}`;
}
/** One line per record: time, level, stage, event, files, message. */
export function formatRecordLine(record, paint = plain) {
    const level = record.level;
    const concerned = files(record);
    return `${paint('dim', displayTime(record.time))} ${paint(level, level.toUpperCase().padEnd(5))} ${paint('stage', printable(record.stage).padEnd(10))} ${paint('event', printable(record.event).padEnd(12))} ${concerned ? `${concerned} ` : ''}${printable(record.msg ?? '')}`;
}
/** Every line of `text` indented by four spaces. */
function indent(text) {
    return `    ${text.replaceAll('\n', '\n    ')}`;
}
/**
 * A parameter an attempt was sent with, in a few words: a response format by its type and its
 * schema's name (the schema itself, the same for every call of its kind, is in the record).
 */
function paramText(value) {
    if (value === null || typeof value !== 'object')
        return String(value);
    const format = value;
    if (typeof format.type === 'string')
        return typeof format.json_schema?.name === 'string' ? `${format.type} (${format.json_schema.name})` : format.type;
    return JSON.stringify(value);
}
/** A block per LLM attempt: what was asked, what came back, and how it went. */
export function formatAttempt(record, paint = plain) {
    if (record.event !== Events.llmAttempt)
        return formatRecordLine(record, paint);
    const data = (record.data ?? {});
    const outcome = data.outcome ?? 'unknown';
    const outcomeStyle = outcome === 'ok' ? 'ok' : outcome === 'retry' ? 'warn' : 'error';
    // Numbers as the writer records them; a package's record may hold any JSON there, shown as text.
    const usage = data.usage
        ? `${totalTokens(data.usage)} tokens (${printable(`${data.usage.prompt_tokens}+${data.usage.completion_tokens}`)})`
        : 'no usage';
    const head = [
        printable(`${data.purpose ?? '?'} ${data.call_id ?? '?'} attempt ${data.attempt ?? '?'}/${data.max_attempts ?? '?'}`),
        paint(outcomeStyle, printable(data.reason ? `${outcome}: ${data.reason}` : outcome)),
        printable(`${data.provider ?? '?'} ${data.model ?? '?'}${data.source && data.source !== 'live' ? ` (${data.source})` : ''}`),
        `${printable(String(data.latency_ms ?? '?'))} ms`,
        usage,
    ];
    if (data.http_status !== undefined)
        head.push(`HTTP ${printable(String(data.http_status))}`);
    if (data.finish_reason !== undefined)
        head.push(`finish ${printable(String(data.finish_reason))}`);
    const lines = [
        `${paint('dim', `== ${displayTime(record.time)}`)} ${paint('stage', printable(record.stage))} ${head.join(' | ')}`,
    ];
    const concerned = files(record);
    if (concerned)
        lines.push(`  files: ${concerned}`);
    const sent = data.params && typeof data.params === 'object' ? Object.entries(data.params) : [];
    if (sent.length > 0)
        lines.push(`  params: ${sent.map(([name, value]) => `${printable(name)} ${printable(paramText(value))}`).join(', ')}`);
    if (data.adaptation)
        lines.push(paint('warn', `  adapted: ${printable(String(data.adaptation))}`));
    for (const message of data.messages ?? []) {
        lines.push(paint('event', `  [${printable(message.role)}]`), indent(printable(message.content, true)));
    }
    lines.push(paint('event', '  [response]'), data.response == null ? paint('dim', '    (none)') : indent(printable(data.response, true)));
    return lines.join('\n');
}
/** The `logs --list` table. */
/** How a session's status is coloured, in the listing and in a session's footer alike. */
export function statusStyle(status) {
    return status === 'succeeded' ? 'ok' : status === 'failed' ? 'error' : status === 'running' ? 'info' : 'warn';
}
export function formatSessionTable(list, paint = plain) {
    // REQUESTS: what the summary calls Total API Calls (every attempt, and requests in flight when their process stopped).
    const header = ['SESSION', 'START', 'END', 'STATUS', 'STAGES', 'CALLS', 'REQUESTS', 'TOKENS'];
    const rows = list.sessions.map((s) => [
        printable(s.session),
        displayTime(s.start).slice(0, 19),
        displayTime(s.end).slice(0, 19),
        s.status,
        printable(s.stages.join(',')) || '-',
        String(s.llm_calls),
        String(s.attempts),
        String(s.tokens),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const format = (row, styled) => row
        .map((cell, i) => {
        const padded = cell.padEnd(widths[i]);
        return styled && i === 3 ? paint(statusStyle(cell), padded) : padded;
    })
        .join('  ')
        .trimEnd();
    return [paint('dim', format(header, false)), ...rows.map((row) => format(row, true))].join('\n');
}
