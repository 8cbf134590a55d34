import type { OpenAiSettings, ProviderName } from '../pipeline/providers.js';
import { type SchemaVersion } from '../pipeline/schema.js';
/** A glob (relative to the project root), a RegExp tested against the absolute path, or a list of them. */
export type FilterPattern = string | RegExp | readonly (string | RegExp)[];
/**
 * What users pass to `lyfe()` in their bundler config. `reasoningEffort`, `responseFormat`,
 * `timeout` (seconds) and `maxCompletionTokens` are the CLI's options of the same names, for the
 * openai provider.
 */
export interface LyfePluginOptions extends OpenAiSettings {
    /** Which `*.md?supertask` imports are generated; default: all of them. */
    include?: FilterPattern;
    /** Imports left alone even when `include` matches. */
    exclude?: FilterPattern;
    /** LLM provider; default: openai when OPENAI_API_KEY is set, else offline. */
    provider?: ProviderName;
    /** Model for the openai provider (default gpt-5.4-mini). */
    model?: string;
    /** Supertask schema version the lessons are validated against (default 1.1). */
    schemaVersion?: SchemaVersion;
    /** Where the build's package goes (default `packages`, relative to the project root). */
    packageDir?: string;
    /** Lesson cache (default `node_modules/.cache/lyfe-kt`, relative to the project root). */
    cacheDir?: string;
    /** Global record files (default env LYFE_KT_LOG_DIR, else `<cacheDir>/logs`). */
    logDir?: string;
    /** An invalid supertask or a failed generation fails the build (default), or is only a warning. */
    failOnInvalid?: boolean;
}
export interface ResolvedPluginOptions {
    /** Whether a content file is generated: `include` and `exclude` applied, exclusions winning. */
    isLessonFile: (file: string) => boolean;
    provider?: ProviderName;
    model?: string;
    openai: OpenAiSettings;
    schemaVersion: SchemaVersion;
    packageDir: string;
    cacheDir: string;
    logDir: string;
    failOnInvalid: boolean;
}
export declare const DEFAULT_PACKAGE_DIR = "packages";
export declare const DEFAULT_CACHE_DIR: string;
/**
 * All option parsing in one place. Relative folders are resolved against `root`: the Vite root,
 * or the working directory for the other bundlers. Bad values fail fast, before any generation.
 */
export declare function resolvePluginOptions(options: LyfePluginOptions | undefined, root: string, env?: NodeJS.ProcessEnv): ResolvedPluginOptions;
