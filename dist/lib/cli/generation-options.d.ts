import { Option, type Command } from 'commander';
import { type ReasoningEffort, type ResponseFormatChoice } from '../llm/model-params.js';
import { type ProviderName } from '../pipeline/providers.js';
import type { SchemaVersion } from '../pipeline/schema.js';
import { type FailOn } from '../package/quality-issues/types.js';
export interface FailOnOptions {
    failOn?: FailOn;
}
export interface GenerationOptions {
    provider?: ProviderName;
    model?: string;
    schemaVersion: SchemaVersion;
    concurrency: number;
    maxInputSize: number;
    reasoningEffort?: ReasoningEffort;
    responseFormat: ResponseFormatChoice;
    /** Seconds. */
    timeout: number;
    maxCompletionTokens?: number;
}
/** `--max-input-size`, as the generating commands and `shard` take it; `note` follows its first words. */
export declare const maxInputSizeOption: (note: string) => Option;
export declare function addGenerationOptions(command: Command): Command;
/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
export declare function addFailOnOption(command: Command): Command;
