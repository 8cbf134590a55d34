import { costText, usdText } from '../records/cost.js';
import { formatRecordLine } from '../records/render.js';
import { countText, plural } from '../records/values.js';
import { versionLabel } from '../records/session-model.js';
import { qualityIssuesSection } from './quality-issues/report.js';
import { RuleIds } from './quality-issues/types.js';
/** `execution_summary.md`: the PRD's sections, every number taken from a SessionSummary. */
const STAGE_LABELS = {
    preprocess: 'Stage 1 (Preprocessing)',
    generate: 'Stage 3 (Generation)',
    package: 'Packaging',
};
const ICONS = { ok: '✅', failed: '❌', unfinished: '⚠️' };
const SCHEMA_NOTES = { 'v1.1': 'mobile-optimized' };
const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
/** `2025-01-18T17:30:45.123Z` → `2025-01-18 17:30:45 UTC`. */
function humanTime(iso) {
    return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : 'unknown';
}
/** `267` → `4 minutes, 27 seconds`. */
export function humanDuration(seconds) {
    if (seconds === null)
        return 'unknown';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const parts = [h ? plural(h, 'hour') : '', m ? plural(m, 'minute') : '', s || (!h && !m) ? plural(s, 'second') : ''].filter(Boolean);
    return parts.join(', ');
}
/** The session's duration; why it is unknown when its end was recorded before its start. The summary's and the viewer's. */
export function totalDuration(summary) {
    if (summary.duration_seconds === null && summary.start_time && summary.end_time && summary.end_time < summary.start_time) {
        return 'unknown: the End Time is before the Start Time (the clocks of the processes that recorded the session disagree)';
    }
    return humanDuration(summary.duration_seconds);
}
function stageStatus(runs) {
    if (runs.some((run) => run.status === 'failed'))
        return 'failed';
    if (runs.some((run) => run.status === 'unfinished'))
        return 'unfinished';
    return 'ok';
}
/**
 * The packaging attempts a summary is judged by: of each session, its last attempt that made a
 * package, else its last (a merged package holds one session per shard); the others are noted.
 */
function packagingRuns(all) {
    const bySession = new Map();
    for (const run of all)
        bySession.set(run.session, [...(bySession.get(run.session) ?? []), run]);
    return [...bySession.values()].map((runs) => runs.filter((run) => run.status === 'ok').at(-1) ?? runs.at(-1));
}
function stageLine(stage, all, summary) {
    // A pipeline stage that failed once makes the run a failure; packaging is judged as `packagingRuns` says.
    const runs = stage === 'package' ? packagingRuns(all) : all;
    const status = stageStatus(runs);
    const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
    // A file made again, by another run or by the same one (a build's stage stays open while the dev
    // server makes an edited article's lesson again), counts once, as the content section does; the sum is noted.
    const again = (counted, distinct) => (status === 'ok' && distinct < counted ? distinct : counted);
    let what;
    let inAll = '';
    // A stage that did not end well may have processed none of the files it took: it says what it wrote.
    if (stage === 'preprocess') {
        const files = again(sum('files_in'), summary.input_files.length);
        if (files < sum('files_in'))
            inAll = `${sum('files_in')} processed in all`;
        what = status === 'ok' ? `${plural(files, 'file')} processed` : `${plural(sum('files_in'), 'file')} in, ${plural(sum('files_out'), 'output')} written`;
    }
    else if (stage === 'generate') {
        // A supertask written counts once whatever a run did after it: a run that failed wrote what it recorded.
        const outputs = Math.min(sum('files_out'), summary.outputs.length);
        const invalid = outputs < sum('files_out') ? summary.quality.invalid_files : sum('files_invalid');
        if (outputs < sum('files_out'))
            inAll = `${sum('files_out')} generated in all`;
        what = `${plural(outputs, 'supertask')} generated${invalid ? `, ${invalid} invalid` : ''}`;
    }
    else if (stage === 'package')
        what = `${plural(sum('files_in'), 'work file')} packaged`;
    else
        what = `${plural(runs.length, 'run')}`;
    const notes = [];
    if (all.length > 1)
        notes.push(`${all.length} runs`);
    if (inAll)
        notes.push(inAll);
    const otherFailures = all.filter((run) => !runs.includes(run) && run.status === 'failed').length;
    if (otherFailures)
        notes.push(`${otherFailures} earlier attempt(s) failed`);
    // One whose process was stopped (Ctrl-C while packaging, a kill) never ended: it did not fail.
    const otherStopped = all.filter((run) => !runs.includes(run) && run.status === 'unfinished').length;
    if (otherStopped)
        notes.push(`${plural(otherStopped, 'earlier attempt')} stopped`);
    if (status === 'failed')
        notes.push('failed');
    if (status === 'unfinished')
        notes.push('never finished');
    const duration = runs.reduce((total, run) => total + (run.duration_ms ?? 0), 0);
    if (duration)
        notes.push(humanDuration(duration / 1000));
    return `- ${ICONS[status]} **${STAGE_LABELS[stage] ?? stage}**: ${what}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function stagesSection(summary) {
    const byStage = new Map();
    for (const run of summary.stages)
        byStage.set(run.stage, [...(byStage.get(run.stage) ?? []), run]);
    if (byStage.size === 0)
        return ['- No stage was recorded in this session.'];
    return [...byStage.entries()].map(([stage, runs]) => stageLine(stage, runs, summary));
}
/** The schema version of the outputs, or of each with its count when a session mixed them (`--schema-version` changed between runs). */
function schemaVersions(summary) {
    const label = (version) => `${version}${SCHEMA_NOTES[version] ? ` (${SCHEMA_NOTES[version]})` : ''}`;
    const counts = new Map();
    for (const output of summary.outputs) {
        const version = versionLabel(output.schema_version);
        if (version)
            counts.set(version, (counts.get(version) ?? 0) + 1);
    }
    if (counts.size > 1)
        return [...counts].map(([version, n]) => `${version} (${plural(n, 'supertask')})`).join(', ');
    if (!summary.schema_version)
        return 'unknown';
    // With no output, the version is the one the session was set up with: nothing was checked against it.
    return summary.outputs.length ? label(summary.schema_version) : `${summary.schema_version}, as configured (no supertask was checked against it)`;
}
function contentSection(summary, quality) {
    const levels = Object.entries(summary.levels).map(([level, n]) => `${n} ${level}`);
    const invalid = summary.quality.invalid_files;
    const output = `${plural(summary.outputs.length, 'supertask')}${levels.length ? ` (${levels.join(', ')})` : ''}${invalid ? `, ${invalid} failing the schema` : ''}`;
    const lines = [
        `- **Source**: ${summary.input_files.length ? summary.input_files.join(', ') : 'none recorded'}`,
        `- **Output**: ${output}`,
        `- **Schema Version**: ${schemaVersions(summary)}`,
    ];
    if (summary.outputs.length) {
        lines.push('', '| Output | Valid | Mobile | Persona | Call | Attempts | Tokens | Cost |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
        const billed = new Map(summary.calls.map((call) => [call.call_id, call.billed]));
        // What the records say is of a file as generated; one changed since is marked with its issue.
        const changed = new Map(quality?.issues.filter((issue) => issue.rule === RuleIds.outputChanged).map((issue) => [issue.file, issue.id]));
        for (const out of summary.outputs) {
            const since = changed.get(out.file);
            const valid = `${out.valid ? 'yes' : `no (${plural(out.errors.length, 'error')})`}${since ? `, as generated (changed since: ${since})` : ''}`;
            lines.push(`| ${out.file} | ${valid} | ${score(out.mobile_optimization_score)} | ${percent(out.ari_persona_consistency)} | ${out.call_id ? `\`${out.call_id}\`` : '-'} | ${out.attempts} | ${countText(out.tokens)} | ${outputCost(out, billed.get(out.call_id ?? ''))} |`);
        }
    }
    return lines;
}
/** A call's cost in a table cell: dollars, `unknown`, or `not billed` (the offline provider, the build cache, a replay). */
export function callCostText(cost, billed) {
    if (billed === false)
        return 'not billed';
    return cost === null ? 'unknown' : usdText(cost);
}
function outputCost(out, billed) {
    return out.call_id ? callCostText(out.cost_usd, billed) : '-';
}
/**
 * `$0.0123 (prices as of 2026-12-01)`, with the known part and the unknown calls when some call
 * has no price, and the cost of each stage when more than one made calls.
 */
export function costLine(cost) {
    if (cost.unbilled_calls === cost.calls)
        return costText(cost);
    const stages = Object.entries(cost.stages);
    const perStage = stages.length > 1 ? `; ${stages.map(([stage, total]) => `${stage} ${costText(total)}`).join(', ')}` : '';
    return `${costText(cost)} (prices as of ${cost.prices.as_of}${cost.prices.file ? `, from ${cost.prices.file}` : ''})${perStage}`;
}
/**
 * The models beside the session's, as a note: those that answered calls too, then those only tried
 * (no reply). A model asked for under its alias that answered as a snapshot (`gpt-4o-mini` answered
 * by `gpt-4o-mini-2024-07-18`, named by a retry before it) is the model that answered, not another.
 */
function otherModels(summary) {
    const answered = summary.calls.filter((call) => call.answered);
    const answering = new Set(answered.map((call) => call.model));
    const asked = new Set(answered.map((call) => call.request_model));
    const others = summary.ai.models.filter((model) => model !== summary.ai.model);
    const also = others.filter((model) => answering.has(model));
    const tried = others.filter((model) => !answering.has(model) && !asked.has(model));
    const notes = [...(also.length ? [`also ${also.join(', ')}`] : []), ...(tried.length ? [`also tried: ${tried.join(', ')}`] : [])];
    return notes.length ? ` (${notes.join('; ')})` : '';
}
/** The session's model, then the others its calls were answered by or only sent to: the summary's and the viewer's Model. */
export function modelText(summary) {
    return `${summary.ai.model ?? 'none'}${otherModels(summary)}`;
}
function aiSection(summary) {
    const ai = summary.ai;
    const lines = [
        `- **Total API Calls**: ${countText(ai.total_api_calls)}`,
        `- **Total Tokens**: ${countText(ai.total_tokens)}`,
        `- **Model**: ${modelText(summary)}`,
        `- **Success Rate**: ${percent(ai.success_rate)}`,
    ];
    // Calls that failed or stopped without a request reaching a server (connection refused) are said too.
    if (ai.total_api_calls || ai.failed_calls || ai.unfinished_calls) {
        lines.push(`- **Provider**: ${ai.providers.length > 1 ? ai.providers.join(', ') : (ai.provider ?? 'unknown')}; ${plural(ai.calls, 'call')}, ${plural(ai.retries, 'retry', 'retries')}, ${plural(ai.failed_calls, 'failed call')}${ai.unfinished_calls ? `, ${plural(ai.unfinished_calls, 'call')} unfinished` : ''}; ${countText(ai.prompt_tokens)} prompt + ${countText(ai.completion_tokens)} completion tokens`);
    }
    if (ai.calls)
        lines.push(`- **Cost**: ${costLine(ai.cost)}`);
    return lines;
}
function qualitySection(summary) {
    const q = summary.quality;
    return [
        `- **Schema Compliance**: ${percent(q.schema_compliance)}${summary.outputs.length ? ` (${q.valid_files} of ${summary.outputs.length} valid)` : ''}`,
        `- **Mobile Optimization Score**: ${score(q.mobile_optimization_score)}`,
        `- **Ari Persona Consistency**: ${percent(q.ari_persona_consistency)}`,
    ];
}
function recordLines(records) {
    return records.length ? ['```', ...records.map((record) => formatRecordLine(record)), '```'] : ['(no records before it)'];
}
function failureSection(summary) {
    const lines = [];
    // A merged package holds a session per shard: a failure names its shard's.
    const sessions = new Set(summary.stages.map((run) => run.session)).size;
    for (const failure of summary.failures) {
        lines.push('', `### ${failure.kind === 'error' ? 'Error' : 'Stopped'} in ${STAGE_LABELS[failure.stage] ?? failure.stage}`, '', `- **What**: ${failure.message}`, `- **Stage**: ${failure.stage} (process ${failure.pid}${sessions > 1 ? `, session ${failure.session}` : ''})`, `- **File**: ${failure.file ?? 'none recorded'}`, `- **Time**: ${failure.time}`);
        if (failure.fix)
            lines.push(`- **Fix**: ${failure.fix}`);
        lines.push('', 'Last records before it:', '', ...recordLines(failure.last_records));
    }
    return lines;
}
/** With `quality`, the quality issues follow the metrics. */
export function renderExecutionSummary(summary, quality) {
    const lines = [
        '# Pipeline Execution Summary',
        '',
        '## Session Information',
        `- **Session ID**: ${summary.session_id}`,
        `- **Start Time**: ${humanTime(summary.start_time)}`,
        `- **End Time**: ${humanTime(summary.end_time)}`,
        `- **Total Duration**: ${totalDuration(summary)}`,
        `- **Result**: ${summary.success ? '✅ success' : '❌ failed — see "What Went Wrong" below'}`,
        '',
        '## Pipeline Stages Executed',
        ...stagesSection(summary),
        '',
        '## Content Generated',
        ...contentSection(summary, quality),
        '',
        '## AI Model Usage',
        ...aiSection(summary),
        '',
        '## Quality Metrics',
        ...qualitySection(summary),
        ...(quality ? ['', ...qualityIssuesSection(quality)] : []),
    ];
    if (!summary.success || summary.failures.length || summary.problems.length) {
        lines.push('', '## What Went Wrong');
        lines.push(...failureSection(summary));
        if (summary.problems.length)
            lines.push('', ...summary.problems.map((problem) => `- ${problem.message}`));
    }
    lines.push('', '---', `Rendered from ${plural(summary.counts.processing_records, 'processing record')} and ${plural(summary.counts.prompt_records, 'prompt-audit record')} (${plural(summary.counts.warnings, 'warning')}, ${plural(summary.counts.errors, 'error')}).`);
    return `${lines.join('\n')}\n`;
}
