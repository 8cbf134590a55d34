import { renderComparisonMarkdown } from '../package/compare-render.js';
import { callCostText, costLine, renderExecutionSummary, humanDuration } from '../package/execution-summary.js';
import { countText } from '../records/values.js';
import { isSessionId } from '../session/id.js';
import { COMMENT_COMPARISON_CHARS, COMMENT_LIMIT_CHARS, SUMMARY_BUDGET_BYTES, SUMMARY_COMPARISON_BYTES } from './constants.js';
import { chars, crlfBytes, escapeCodeBlock, escapeInline, fitMarkdown } from '../package/markdown.js';
import { escapeQualityReport, escapeSummary } from '../package/summary-escape.js';
import { renderStageGantt } from './gantt.js';
/** Lines of a failed step's stderr shown in the job summary; the package keeps all of it. */
const STDERR_LINES = 40;
/**
 * A session id as code; anything else (a reported package's metadata says what its maker wrote)
 * escaped, since a backtick in it would end the code span.
 */
const sessionOf = (id) => (isSessionId(id) ? `\`${id}\`` : escapeInline(id));
function header(view) {
    const title = view.packageName ? escapeInline(view.packageName) : escapeInline(view.sessionId);
    const lines = [
        `# ${view.success ? '✅' : '❌'} lyfe-kt: ${title}`,
        '',
        `Session ${sessionOf(view.sessionId)} · job ${escapeInline(view.jobLabel)} · [workflow run](${view.runUrl})`,
        '',
    ];
    if (view.artifact.url)
        lines.push(`Package artifact: [${escapeInline(view.artifact.name)}](${view.artifact.url})`);
    else if (view.artifact.skipped)
        lines.push(`Package artifact: not uploaded (${view.artifact.skipped}).`);
    else
        lines.push(`Package artifact: ${escapeInline(view.artifact.name)} was **not uploaded**: ${escapeInline(view.artifact.error ?? 'unknown reason')}`);
    for (const note of view.notes)
        lines.push('', note);
    if (view.problems.length)
        lines.push('', '**What failed**', '', ...view.problems.map((problem) => `- ${escapeInline(problem)}`));
    return lines;
}
function stepsTable(view) {
    const lines = ['| Step | Outcome | Exit code | Duration |', '| --- | --- | --- | --- |'];
    for (const step of view.steps) {
        const icon = step.outcome === 'success' ? '✅' : step.outcome === 'failure' ? '❌' : '⏭️';
        const duration = step.durationMs === null ? '-' : humanDuration(step.durationMs / 1000);
        lines.push(`| ${step.stage} | ${icon} ${escapeInline(step.outcome)} | ${step.exitCode ?? '-'} | ${duration} |`);
    }
    return lines;
}
/** What the run's model calls cost, under the steps; `escaped`: the session's summary with user text escaped. */
function costSection(escaped) {
    return escaped?.ai.calls ? ['', `**Model cost**: ${costLine(escaped.ai.cost)}`] : [];
}
function ganttSection(view) {
    const gantt = view.summary ? renderStageGantt(view.summary.stages, view.summary.end_time) : '';
    return gantt ? ['', '## Stages', '', gantt] : [];
}
function modelCalls(summary) {
    if (summary.calls.length === 0)
        return [];
    const ai = summary.ai;
    const lines = [
        '',
        '## Model Calls',
        '',
        `${ai.calls} call(s), ${ai.total_api_calls} request(s), ${ai.retries} retr${ai.retries === 1 ? 'y' : 'ies'}, ${ai.failed_calls} failed; ${countText(ai.total_tokens)} tokens; ${humanDuration(ai.latency_ms / 1000)} waiting on the model.`,
        '',
        '<details><summary>Every call</summary>',
        '',
        '| Call | Purpose | Model | Attempts | Outcome | Tokens | Latency | Cost |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const call of summary.calls) {
        lines.push(`| \`${call.call_id}\` | ${call.purpose} | ${call.model} | ${call.attempts} | ${call.outcome} | ${countText(call.tokens)} | ${countText(call.latency_ms)} ms | ${callCostText(call.cost_usd, call.billed)} |`);
    }
    lines.push('', '</details>');
    return lines;
}
/** The comparison with the base run, cut on its own to `limit` so that it leaves room for the rest. */
function comparisonSection(view, limit, measure) {
    if (!view.comparison)
        return [];
    return ['', renderComparisonMarkdown(view.comparison.comparison, view.comparison.checks, { limit, measure }).trimEnd()];
}
function failedStepOutput(view) {
    const lines = [];
    for (const step of view.steps) {
        if (step.exitCode === null || step.exitCode === 0 || !step.stderr.trim())
            continue;
        const tail = step.stderr.trimEnd().split('\n').slice(-STDERR_LINES).join('\n');
        lines.push('', `<details><summary>${step.stage} step output (exit ${step.exitCode})</summary>`, '', '```text', escapeCodeBlock(tail), '```', '', '</details>');
    }
    return lines;
}
/** Whatever the package renders for itself, shown as it is; `escaped` is the session's summary with user and model text escaped. */
function executionSummary(escaped, quality) {
    if (!escaped)
        return ['', 'The session left no records: the pipeline did not start. See the step output above.'];
    return ['', renderExecutionSummary(escaped, quality ? escapeQualityReport(quality, escapeInline) : undefined).trimEnd()];
}
function artifactNote(view, what, limit) {
    const where = view.artifact.url ? `the package artifact [${escapeInline(view.artifact.name)}](${view.artifact.url})` : `the [workflow run](${view.runUrl})`;
    return `This ${what} was cut to stay under GitHub's ${limit} limit. The whole execution summary is in ${where}, in \`logs/execution_summary.md\`.`;
}
/** The job summary: everything, expanded; cut with a note to stay under 1 MiB with a margin, CRLF line endings counted. */
export function renderJobSummary(view) {
    const escaped = view.summary && escapeSummary(view.summary, escapeInline);
    const text = [
        ...header(view),
        '',
        '## Steps',
        '',
        ...stepsTable(view),
        ...costSection(escaped),
        ...failedStepOutput(view),
        ...ganttSection(view),
        ...comparisonSection(view, SUMMARY_COMPARISON_BYTES, crlfBytes),
        ...(escaped ? modelCalls(escaped) : []),
        ...executionSummary(escaped, view.quality),
        '',
    ].join('\n');
    return fitMarkdown(text, SUMMARY_BUDGET_BYTES, crlfBytes, artifactNote(view, 'summary', '1 MiB job summary'));
}
/**
 * The pull-request comment: the marker first (how the next run finds it), the outcome and the
 * stages in view, the execution summary folded; under GitHub's 65,536-character limit.
 */
export function renderComment(view, marker) {
    const escaped = view.summary && escapeSummary(view.summary, escapeInline);
    const text = [
        marker,
        ...header(view),
        '',
        ...stepsTable(view),
        ...costSection(escaped),
        ...ganttSection(view),
        ...comparisonSection(view, COMMENT_COMPARISON_CHARS, chars),
        '',
        '<details><summary>Execution summary</summary>',
        ...executionSummary(escaped, view.quality),
        '',
        '</details>',
        '',
    ].join('\n');
    return fitMarkdown(text, COMMENT_LIMIT_CHARS, chars, artifactNote(view, 'comment', '65,536-character comment'));
}
