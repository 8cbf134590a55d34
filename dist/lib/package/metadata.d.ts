import type { SessionSummary } from '../records/session-model.js';
/**
 * `metadata.json`: the PRD's fields, with its exact names and nesting, first in every object;
 * what we add sits beside them and never replaces one.
 */
/** Facts about the package itself, known only when packaging. */
export interface PackageInfo {
    title: string;
    created_at: string;
    tool_version: string;
    /** Whether `logs/` holds its records as `records.tar.gz`. */
    compressed: boolean;
    /** Bytes of the four record files of `logs/` (the two `.log`, the two `*.jsonl`), before any compression. */
    logs_bytes: number;
    /** Size of `records.tar.gz`; null when not compressed. */
    logs_compressed_bytes: number | null;
    /** Lines of the global record files that mentioned the session but were not records of it. */
    skipped_lines: number;
    /** The files of the package (`manifest.json` aside): what its packaging wrote into it. */
    files: number;
}
/** One shard of a merged package, as `metadata.json`'s `shards` lists them. */
export interface ShardEntry {
    session_id: string;
    index: number;
    total: number;
    /** The shard package's folder name. */
    package: string;
    /** The shard package's manifest digest. */
    digest: string;
    success: boolean;
    start_time: string | null;
    end_time: string | null;
    input_files: string[];
    output_files: string[];
    total_api_calls: number;
    total_tokens: number;
    /** The lyfe-kt version that made the shard package (its metadata's `package.tool_version`). */
    tool_version: string | null;
    /** The files of the shard package, as its manifest lists them: what its packaging wrote into it. */
    files: number;
}
export interface ExecutionMetadata {
    session_id: string;
    execution: {
        start_time: string | null;
        end_time: string | null;
        duration_seconds: number | null;
        stages_executed: string[];
        success: boolean;
        [extra: string]: unknown;
    };
    content: {
        input_files: string[];
        output_files: string[];
        schema_version: string | null;
        [extra: string]: unknown;
    };
    ai_usage: {
        total_api_calls: number;
        total_tokens: number;
        model: string | null;
        success_rate: number | null;
        [extra: string]: unknown;
    };
    quality_metrics: {
        schema_compliance: number | null;
        mobile_optimization_score: number | null;
        ari_persona_consistency: number | null;
        [extra: string]: unknown;
    };
    [extra: string]: unknown;
}
/**
 * The metadata of a session (with the shard it ran, if any), or with `shards` of a merged package:
 * the PRD's fields over all of them, and one entry per shard.
 */
export declare function executionMetadata(summary: SessionSummary, pkg?: PackageInfo, shards?: ShardEntry[]): ExecutionMetadata;
export declare function renderMetadata(summary: SessionSummary, pkg?: PackageInfo, shards?: ShardEntry[]): string;
