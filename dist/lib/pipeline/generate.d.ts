import { type RunQuality } from '../records/quality.js';
import type { StageStats } from '../stage/run-stage.js';
import { type MarkdownInput } from './inputs.js';
import { type Level } from './limits.js';
import type { PipelineOptions } from './options.js';
import { type SchemaVersion } from './schema.js';
import { Feed } from './feed.js';
import { type CallSlot } from './slots.js';
export interface OutputMetrics {
    mobile_optimization_score: number;
    ari_persona_consistency: number;
}
export interface TemplateText {
    /** Template file name without `.md`; names the outputs. */
    name: string;
    template: string;
    /** The template's frontmatter and body, when it was read by `readMarkdown`: not parsed again. */
    parts?: Pick<MarkdownInput, 'frontmatter' | 'body'>;
    /** Its path as the user gave it, which a failed call names; `<name>.md` when absent. */
    file?: string;
}
export interface GeneratedSupertasks {
    beginner: unknown;
    advanced: unknown;
    /** Schema errors per level; empty when the output is valid. */
    errors: Record<Level, string[]>;
    metrics: Record<Level, OutputMetrics>;
    callIds: Record<Level, string>;
    attempts: Record<Level, number>;
}
/** Output file name of a template and level: `<template name>_<level>.json`. */
export declare function generateOutput(name: string, level: Level): string;
/** A level answered while the other level's call of its template failed: see `answeredBeside`. */
export interface AnsweredLevel {
    level: Level;
    value: unknown;
    errors: string[];
    metrics: OutputMetrics;
    callId: string;
    attempts: number;
}
/** The level answered beside the failed one whose error this is, if any. */
export declare function answeredBeside(error: unknown): AnsweredLevel | undefined;
/**
 * One template to its beginner and advanced supertasks, in memory: one audited call per level, both
 * made in `slot` when given. When a call fails, the other is waited for, and its answer goes with
 * the failure (`answeredBeside`): a lesson paid for is kept.
 */
export declare function generateSupertasks(input: TemplateText, options: Pick<PipelineOptions, 'provider' | 'schemaVersion' | 'signal'> & {
    slot?: CallSlot;
}): Promise<GeneratedSupertasks>;
export interface GeneratedOutput extends OutputMetrics {
    template: string;
    output: string;
    level: Level;
    valid: boolean;
    errors: string[];
    call_id: string;
    attempts: number;
    schema_version: SchemaVersion;
    /** The provider and the model asked for it: separate `generate` commands of a session may use others. */
    provider: string;
    model: string;
}
/** A provider and the model asked of it. */
export interface ReportProvider {
    provider: string;
    model: string;
}
export interface GenerationReport {
    session: string | null;
    prompt_version: string;
    /** The provider and model of the `generate` that wrote the report last; `providers` names every one that made its outputs. */
    provider: string;
    model: string;
    providers: ReportProvider[];
    schema_version: SchemaVersion;
    totals: {
        outputs: number;
        valid: number;
        invalid: number;
        failed_templates: number;
    };
    metrics: RunQuality;
    invalid_outputs: string[];
    failed_templates: {
        template: string;
        error: string;
    }[];
    outputs: GeneratedOutput[];
}
export interface GenerateSummary {
    outputs: GeneratedOutput[];
    total: number;
    valid: number;
    invalid: number;
    metrics: RunQuality;
    /** The JSON report; the markdown one sits beside it. */
    report: string;
    report_markdown: string;
}
/**
 * Generates the supertasks of each template into `outDir`, invalid ones included (they are
 * named in the report and counted, never hidden), and writes the report into `reportsDir`. The
 * templates are a list, or a `Feed` of templates generated from as they come (`run`, while
 * preprocessing writes them).
 */
export declare function generateFiles(templates: readonly (string | MarkdownInput)[] | Feed<MarkdownInput>, outDir: string, reportsDir: string, options: PipelineOptions, stats: StageStats): Promise<GenerateSummary>;
