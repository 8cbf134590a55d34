/** `2025-01-18T17:30:45.123Z` → `2025-01-18T17:30:45Z`, the PRD's form. */
const prdTime = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
/**
 * The packaging that made a package of session `sessionId`: the one that recorded the session's end
 * (at `end`; a shard's, as its entry gives it, to the second), where the package's copy of its
 * records stops (the session model closes that packaging there). What it wrote, the package's
 * files, is known only once they are written: no record in the package can say it.
 */
function packagingOf(summary, sessionId, end) {
    const endsThere = (time) => end !== null && (Date.parse(time) === Date.parse(end) || prdTime(time) === end);
    return summary.stages.findLast((run) => run.stage === 'package' && run.status === 'ok' && run.session === sessionId && run.end_time !== null && endsThere(run.end_time));
}
/** The files each packaging wrote: the package's own, or in a merged package each shard's (a merged package was made by no packaging of its sessions). */
function packagedFiles(summary, pkg, shards) {
    const made = shards ? shards.map((entry) => [entry.session_id, entry.end_time, entry.files]) : pkg ? [[summary.session_id, summary.end_time, pkg.files]] : [];
    return new Map(made.flatMap(([session, end, files]) => {
        const run = packagingOf(summary, session, end);
        return run ? [[run, files]] : [];
    }));
}
/**
 * The metadata of a session (with the shard it ran, if any), or with `shards` of a merged package:
 * the PRD's fields over all of them, and one entry per shard.
 */
export function executionMetadata(summary, pkg, shards) {
    const failure = summary.failures[0];
    const packaged = packagedFiles(summary, pkg, shards);
    const metadata = {
        session_id: summary.session_id,
        execution: {
            start_time: prdTime(summary.start_time),
            end_time: prdTime(summary.end_time),
            duration_seconds: summary.duration_seconds,
            stages_executed: summary.stages_executed,
            success: summary.success,
            stages: summary.stages.map((run) => ({
                stage: run.stage,
                status: run.status,
                pid: run.pid,
                start_time: run.start_time,
                end_time: run.end_time,
                duration_ms: run.duration_ms,
                files_in: run.files_in,
                files_out: packaged.get(run) ?? run.files_out,
                files_invalid: run.files_invalid,
                ...(run.error ? { error: run.error } : {}),
            })),
            error: failure ? { kind: failure.kind, stage: failure.stage, file: failure.file, message: failure.message, time: failure.time } : null,
            problems: summary.problems,
        },
        content: {
            input_files: summary.input_files,
            output_files: summary.output_files,
            schema_version: summary.schema_version,
            levels: summary.levels,
            invalid_files: summary.outputs.filter((output) => !output.valid).map((output) => output.file),
        },
        ai_usage: {
            total_api_calls: summary.ai.total_api_calls,
            total_tokens: summary.ai.total_tokens,
            model: summary.ai.model,
            success_rate: summary.ai.success_rate,
            provider: summary.ai.provider,
            models: summary.ai.models,
            providers: summary.ai.providers,
            calls: summary.ai.calls,
            retries: summary.ai.retries,
            failed_calls: summary.ai.failed_calls,
            unfinished_calls: summary.ai.unfinished_calls,
            prompt_tokens: summary.ai.prompt_tokens,
            completion_tokens: summary.ai.completion_tokens,
            latency_ms: summary.ai.latency_ms,
            cached_tokens: summary.ai.cached_tokens,
            reasoning_tokens: summary.ai.reasoning_tokens,
            // null when some billed call has no price: `cost.known_usd` and `cost.unknown_calls` say how much is known.
            cost_usd: summary.ai.cost.usd,
            cost: {
                known_usd: summary.ai.cost.known_usd,
                unknown_calls: summary.ai.cost.unknown_calls,
                unbilled_calls: summary.ai.cost.unbilled_calls,
                stages: summary.ai.cost.stages,
                prices: summary.ai.cost.prices,
            },
        },
        quality_metrics: {
            schema_compliance: summary.quality.schema_compliance,
            mobile_optimization_score: summary.quality.mobile_optimization_score,
            ari_persona_consistency: summary.quality.ari_persona_consistency,
            valid_files: summary.quality.valid_files,
            invalid_files: summary.quality.invalid_files,
        },
        records: { processing: summary.counts.processing_records, prompts: summary.counts.prompt_records, warnings: summary.counts.warnings, errors: summary.counts.errors },
    };
    if (shards)
        metadata.shards = shards;
    else if (summary.session_info.shard)
        metadata.shard = summary.session_info.shard;
    if (pkg)
        metadata.package = pkg;
    return metadata;
}
export function renderMetadata(summary, pkg, shards) {
    return `${JSON.stringify(executionMetadata(summary, pkg, shards), null, 2)}\n`;
}
