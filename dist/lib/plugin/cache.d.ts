import type { LlmProvider } from '../llm/provider.js';
import type { OpenAiSettings } from '../pipeline/providers.js';
import { type LogRecord } from '../records/types.js';
/** Bump when the shape of a cache entry changes: older entries are then simply missed. */
declare const CACHE_FORMAT = 1;
/** Everything a generated lesson depends on (the requests it was answered for). A change in any of them is a cache miss. */
export interface LessonKeyParts {
    source: Buffer;
    /** The article's name (`markdownName`): the prompts name the file, so a copy or a renamed file asks another question. */
    name: string;
    provider: string;
    model: string;
    /**
     * The server that answers (`LlmProvider.endpoint`): another OpenAI-compatible server may serve
     * another model under the same name. Without its credentials and query, which hold keys.
     */
    endpoint?: string;
    promptVersion: string;
    schemaVersion: string;
    /** What else the model is asked with (the openai provider's settings given), which its replies depend on; `timeout` changes none. */
    asked?: Pick<OpenAiSettings, 'reasoningEffort' | 'responseFormat' | 'maxCompletionTokens'>;
}
export declare function lessonCacheKey(parts: LessonKeyParts): string;
/**
 * A lesson as generated once: the audit records of every LLM attempt that made it. A hit runs the
 * pipeline again with these replies instead of a model, so the outputs, reports and records are
 * made by the same code as a live run's.
 */
export interface CachedLesson {
    format: typeof CACHE_FORMAT;
    key: string;
    /** The session that generated it. */
    session: string;
    attempts: LogRecord[];
}
/** The entry for `key`, or undefined when there is none or it cannot be used (then it is made again). */
export declare function readCachedLesson(cacheDir: string, key: string): CachedLesson | undefined;
/**
 * Written to a temporary file of its own and renamed over the entry, so that a concurrent build,
 * in this process or another, reads either no entry or a whole one. A cache that cannot be written
 * costs the next build a generation, never this lesson.
 */
export declare function writeCachedLesson(cacheDir: string, entry: CachedLesson): void;
/**
 * Answers a lesson's requests from its cache entry. Its attempts are audited like any other, as
 * `source: 'cache'` and without token usage: this build sent no request and spent no token.
 */
export declare function createCacheProvider(live: LlmProvider, entry: CachedLesson): LlmProvider;
export {};
