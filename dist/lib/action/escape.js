import { escapeCodeBlock, escapeInline } from '../package/markdown.js';
/**
 * Text that comes from users (file names) or the model (replies, validation errors) is escaped
 * before any view of a session is rendered (`escapeInline`, `escapeCodeBlock` say why).
 */
function escapeRecord(record) {
    return {
        ...record,
        msg: escapeCodeBlock(record.msg),
        input: record.input?.map(escapeCodeBlock),
        output: record.output?.map(escapeCodeBlock),
    };
}
const inline = (value) => (value === null ? null : escapeInline(value));
/** A copy of `summary` whose user and model text is escaped, for the renderers of the package to lay out. */
export function escapeSummary(summary) {
    return {
        ...summary,
        input_files: summary.input_files.map(escapeInline),
        output_files: summary.output_files.map(escapeInline),
        problems: summary.problems.map((problem) => ({ ...problem, message: escapeInline(problem.message) })),
        outputs: summary.outputs.map((output) => ({
            ...output,
            file: escapeInline(output.file),
            input: inline(output.input),
            level: inline(output.level),
            errors: output.errors.map(escapeInline),
        })),
        calls: summary.calls.map((call) => ({
            ...call,
            purpose: escapeInline(call.purpose),
            model: escapeInline(call.model),
            provider: escapeInline(call.provider),
            input: call.input.map(escapeInline),
            output: call.output.map(escapeInline),
        })),
        ai: {
            ...summary.ai,
            model: inline(summary.ai.model),
            models: summary.ai.models.map(escapeInline),
            provider: inline(summary.ai.provider),
            cost: { ...summary.ai.cost, prices: { ...summary.ai.cost.prices, ...(summary.ai.cost.prices.file ? { file: escapeInline(summary.ai.cost.prices.file) } : {}) } },
        },
        levels: Object.fromEntries(Object.entries(summary.levels).map(([level, n]) => [escapeInline(level), n])),
        failures: summary.failures.map((failure) => ({
            ...failure,
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
