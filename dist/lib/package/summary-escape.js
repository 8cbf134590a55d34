import { escapeCodeBlock } from './markdown.js';
/** A record shown in a code block: every text of its line, since a record in a reported package is what its maker wrote. */
function escapeRecord(record) {
    return {
        ...record,
        time: escapeCodeBlock(record.time),
        session: escapeCodeBlock(record.session),
        stage: escapeCodeBlock(record.stage),
        event: escapeCodeBlock(record.event),
        msg: escapeCodeBlock(record.msg),
        input: record.input?.map(escapeCodeBlock),
        output: record.output?.map(escapeCodeBlock),
    };
}
/**
 * The shape of the names and times the writer puts in records (a stage, a session or call id, a
 * schema version, an ISO time), shown as they are, some as code; anything else is escaped like
 * other text. The records of a package reported from another run say whatever its maker wrote.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** A process id as a record gives it: a number, or 0 for anything else (a reported package's record says what its maker wrote). */
const pid = (value) => (Number.isSafeInteger(value) ? value : 0);
/** `value` with its `escaped` fields, or `value` itself when escaping changed none of them (a list field: none of its items). */
function keptUnlessChanged(value, escaped) {
    const changed = Object.keys(escaped).some((key) => {
        const before = value[key];
        const after = escaped[key];
        return Array.isArray(before) && Array.isArray(after) ? after.some((item, index) => item !== before[index]) : after !== before;
    });
    return changed ? { ...value, ...escaped } : value;
}
/** A copy of `summary` whose user and model text is escaped with `escape`, for the renderers of the package to lay out. */
export function escapeSummary(summary, escape) {
    const inline = (value) => (value === null ? null : escape(value));
    const name = (value) => (NAME.test(value) ? value : escape(value));
    const nameOrNull = (value) => (value === null ? null : name(value));
    return {
        ...summary,
        session_id: name(summary.session_id),
        stages: summary.stages.map((run) => ({
            ...run,
            stage: name(run.stage),
            session: name(run.session),
            pid: pid(run.pid),
            start_time: name(run.start_time),
            end_time: nameOrNull(run.end_time),
            error: inline(run.error),
        })),
        stages_executed: summary.stages_executed.map(name),
        schema_version: nameOrNull(summary.schema_version),
        input_files: summary.input_files.map(escape),
        output_files: summary.output_files.map(escape),
        problems: summary.problems.map((problem) => ({ ...problem, message: escape(problem.message) })),
        outputs: summary.outputs.map((output) => ({
            ...output,
            file: escape(output.file),
            input: inline(output.input),
            level: inline(output.level),
            errors: output.errors.map(escape),
            schema_version: nameOrNull(output.schema_version),
            call_id: nameOrNull(output.call_id),
        })),
        // A session may hold hundreds of thousands of calls: one with nothing to escape is kept, not copied.
        calls: summary.calls.map((call) => keptUnlessChanged(call, {
            call_id: name(call.call_id),
            stage: name(call.stage),
            pid: pid(call.pid),
            purpose: escape(call.purpose),
            model: escape(call.model),
            request_model: escape(call.request_model),
            provider: escape(call.provider),
            start_time: name(call.start_time),
            end_time: nameOrNull(call.end_time),
            finish_reason: inline(call.finish_reason),
            error: inline(call.error),
            input: call.input.map(escape),
            output: call.output.map(escape),
        })),
        ai: {
            ...summary.ai,
            model: inline(summary.ai.model),
            models: summary.ai.models.map(escape),
            provider: inline(summary.ai.provider),
            cost: {
                ...summary.ai.cost,
                stages: Object.fromEntries(Object.entries(summary.ai.cost.stages).map(([stage, total]) => [name(stage), total])),
                prices: { ...summary.ai.cost.prices, ...(summary.ai.cost.prices.file ? { file: escape(summary.ai.cost.prices.file) } : {}) },
            },
        },
        levels: Object.fromEntries(Object.entries(summary.levels).map(([level, n]) => [escape(level), n])),
        failures: summary.failures.map((failure) => ({
            ...failure,
            stage: name(failure.stage),
            session: name(failure.session),
            time: name(failure.time),
            pid: pid(failure.pid),
            message: escape(failure.message),
            fix: inline(failure.fix),
            file: inline(failure.file),
            last_records: failure.last_records.map(escapeRecord),
        })),
    };
}
/** A count as a report gives it: a whole number, or 0 for anything else (a reported package's report says what its maker wrote). */
const count = (value) => (Number.isSafeInteger(value) && value >= 0 ? value : 0);
const SEVERITIES = ['error', 'warning', 'info'];
/**
 * A copy of `report` whose file names, places and messages (they quote model text) are escaped
 * with `escape`; so are its ids and rules, and its counts and severities are ones the detector
 * gives, since a reported package's `quality_issues.json` says whatever its maker wrote.
 */
export function escapeQualityReport(report, escape) {
    const inline = (value) => (value === null ? null : escape(String(value)));
    const name = (value) => (NAME.test(String(value)) ? value : escape(String(value)));
    return {
        ...report,
        counts: { error: count(report.counts?.error), warning: count(report.counts?.warning), info: count(report.counts?.info) },
        issues: (Array.isArray(report.issues) ? report.issues : []).map((issue) => ({
            ...issue,
            id: name(issue.id),
            rule: name(issue.rule),
            severity: SEVERITIES.includes(issue.severity) ? issue.severity : 'info',
            file: inline(issue.file ?? null),
            path: inline(issue.path ?? null),
            message: escape(String(issue.message)),
        })),
    };
}
