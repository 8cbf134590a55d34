import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files.js';
import { DEFAULT_OPENAI_BASE_URL, displayUrl } from '../llm/openai.js';
import { createReplayProvider } from '../llm/replay.js';
import { Events } from '../records/types.js';
/** Bump when the shape of a cache entry changes: older entries are then simply missed. */
const CACHE_FORMAT = 1;
const OPENAI_API = displayUrl(DEFAULT_OPENAI_BASE_URL);
export function lessonCacheKey(parts) {
    const hash = createHash('sha256');
    // Settings not given are left out, and so is OpenAI's own API, which answered before the server was
    // part of the key: the key of a lesson asked without any is what it always was.
    const { reasoningEffort, responseFormat, maxCompletionTokens } = parts.asked ?? {};
    const endpoint = parts.endpoint === OPENAI_API ? undefined : parts.endpoint;
    hash.update(JSON.stringify({ format: CACHE_FORMAT, name: parts.name, provider: parts.provider, model: parts.model, endpoint, prompt: parts.promptVersion, schema: parts.schemaVersion, reasoningEffort, responseFormat, maxCompletionTokens }));
    hash.update('\0');
    hash.update(parts.source);
    return hash.digest('hex');
}
function entryFile(cacheDir, key) {
    return path.join(cacheDir, 'lessons', `${key}.json`);
}
/** An entry as it must be to be replayed: anything else was not written by this version, or not whole. */
function isCachedLesson(entry, key) {
    const e = entry;
    return (typeof e === 'object' &&
        e !== null &&
        e.format === CACHE_FORMAT &&
        e.key === key &&
        typeof e.session === 'string' &&
        Array.isArray(e.attempts) &&
        e.attempts.length > 0 &&
        e.attempts.every((r) => typeof r === 'object' && r !== null && r.event === Events.llmAttempt && typeof r.data === 'object' && r.data !== null));
}
/** The entry for `key`, or undefined when there is none or it cannot be used (then it is made again). */
export function readCachedLesson(cacheDir, key) {
    try {
        const entry = JSON.parse(fs.readFileSync(entryFile(cacheDir, key), 'utf8'));
        return isCachedLesson(entry, key) ? entry : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Written to a temporary file of its own and renamed over the entry, so that a concurrent build,
 * in this process or another, reads either no entry or a whole one. A cache that cannot be written
 * costs the next build a generation, never this lesson.
 */
export function writeCachedLesson(cacheDir, entry) {
    try {
        writeFileAtomic(entryFile(cacheDir, entry.key), JSON.stringify(entry));
    }
    catch {
        // not cached: the next build generates this lesson again
    }
}
/**
 * Answers a lesson's requests from its cache entry. Its attempts are audited like any other, as
 * `source: 'cache'` and without token usage: this build sent no request and spent no token.
 */
export function createCacheProvider(live, entry) {
    const replay = createReplayProvider(entry.attempts);
    return {
        name: live.name,
        model: live.model,
        source: 'cache',
        async complete(request, signal) {
            return { ...(await replay.complete(request, signal)), usage: null };
        },
    };
}
