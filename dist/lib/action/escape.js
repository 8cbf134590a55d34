import { escapeCodeBlock, escapeInline } from '../package/markdown.js';
/**
 * Text that comes from users (file names) or the model (replies, validation errors) is escaped
 * before any view of a session is rendered (`escapeInline`, `escapeCodeBlock` say why).
 */
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
const inline = (value) => (value === null ? null : escapeInline(value));
/**
 * The shape of the names and times the writer puts in records (a stage, a session or call id, a
 * schema version, an ISO time), shown as they are, some as code; anything else is escaped like
 * other text. The records of a package reported from another run say whatever its maker wrote.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const name = (value) => (NAME.test(value) ? value : escapeInline(value));
const nameOrNull = (value) => (value === null ? null : name(value));
/** A process id as a record gives it: a number, or 0 for anything else (a reported package's record says what its maker wrote). */
const pid = (value) => (Number.isSafeInteger(value) ? value : 0);
/** A copy of `summary` whose user and model text is escaped, for the renderers of the package to lay out. */
export function escapeSummary(summary) {
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
        input_files: summary.input_files.map(escapeInline),
        output_files: summary.output_files.map(escapeInline),
        problems: summary.problems.map((problem) => ({ ...problem, message: escapeInline(problem.message) })),
        outputs: summary.outputs.map((output) => ({
            ...output,
            file: escapeInline(output.file),
            input: inline(output.input),
            level: inline(output.level),
            errors: output.errors.map(escapeInline),
            schema_version: nameOrNull(output.schema_version),
            call_id: nameOrNull(output.call_id),
        })),
        calls: summary.calls.map((call) => ({
            ...call,
            call_id: name(call.call_id),
            stage: name(call.stage),
            pid: pid(call.pid),
            purpose: escapeInline(call.purpose),
            model: escapeInline(call.model),
            request_model: escapeInline(call.request_model),
            provider: escapeInline(call.provider),
            start_time: name(call.start_time),
            end_time: nameOrNull(call.end_time),
            finish_reason: inline(call.finish_reason),
            error: inline(call.error),
            input: call.input.map(escapeInline),
            output: call.output.map(escapeInline),
        })),
        ai: {
            ...summary.ai,
            model: inline(summary.ai.model),
            models: summary.ai.models.map(escapeInline),
            provider: inline(summary.ai.provider),
            cost: {
                ...summary.ai.cost,
                stages: Object.fromEntries(Object.entries(summary.ai.cost.stages).map(([stage, total]) => [name(stage), total])),
                prices: { ...summary.ai.cost.prices, ...(summary.ai.cost.prices.file ? { file: escapeInline(summary.ai.cost.prices.file) } : {}) },
            },
        },
        levels: Object.fromEntries(Object.entries(summary.levels).map(([level, n]) => [escapeInline(level), n])),
        failures: summary.failures.map((failure) => ({
            ...failure,
            stage: name(failure.stage),
            time: name(failure.time),
            pid: pid(failure.pid),
            message: escapeInline(failure.message),
            fix: inline(failure.fix),
            file: inline(failure.file),
            last_records: failure.last_records.map(escapeRecord),
        })),
    };
}
/** A copy of `report` whose file names, places and messages (they quote model text) are escaped. */
export function escapeQualityReport(report) {
    return {
        ...report,
        issues: report.issues.map((issue) => ({ ...issue, file: inline(issue.file), path: inline(issue.path), message: escapeInline(issue.message) })),
    };
}
