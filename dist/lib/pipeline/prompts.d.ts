import type { LlmRequest } from '../llm/provider.js';
import { type Level } from './limits.js';
import { type SchemaVersion } from './schema.js';
/** Changes whenever a prompt's wording changes, so audits and reports say which prompts made an output. */
export declare const PROMPT_VERSION = "ari-prompts-1";
/** The tags that enclose the material in user messages: `<source>…</source>`, `<template>…</template>`. */
export declare const PromptTags: {
    readonly source: "source";
    readonly template: "template";
};
/** What a pipeline call asks for, in structured form: the offline provider answers from it. */
export type PipelineTask = {
    kind: 'analysis';
    name: string;
    source: string;
} | {
    kind: 'supertask';
    name: string;
    template: string;
    level: Level;
    schemaVersion: SchemaVersion;
};
export type PipelineRequest = LlmRequest<PipelineTask>;
export interface AnalysisInput {
    /** Source name without `.md`. */
    name: string;
    /** The whole source file, frontmatter included. */
    source: string;
}
export declare function analysisRequest({ name, source }: AnalysisInput): PipelineRequest;
export interface SupertaskInput {
    /** Template name without `.md`. */
    name: string;
    template: string;
    level: Level;
    schemaVersion: SchemaVersion;
}
export declare function supertaskRequest({ name, template, level, schemaVersion }: SupertaskInput): PipelineRequest;
