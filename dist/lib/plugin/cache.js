import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createReplayProvider } from '../llm/replay.js';
/** Bump when the shape of a cache entry changes: older entries are then simply missed. */
const CACHE_FORMAT = 1;
export function lessonCacheKey(parts) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ format: CACHE_FORMAT, provider: parts.provider, model: parts.model, prompt: parts.promptVersion, schema: parts.schemaVersion }));
    hash.update('\0');
    hash.update(parts.source);
    return hash.digest('hex');
}
function entryFile(cacheDir, key) {
    return path.join(cacheDir, 'lessons', `${key}.json`);
}
/** The entry for `key`, or undefined when there is none or it cannot be read (then it is made again). */
export function readCachedLesson(cacheDir, key) {
    try {
        const entry = JSON.parse(fs.readFileSync(entryFile(cacheDir, key), 'utf8'));
        return entry.format === CACHE_FORMAT && entry.key === key ? entry : undefined;
    }
    catch {
        return undefined;
    }
}
/** Written to a temporary file and renamed: a concurrent build never reads half an entry. */
export function writeCachedLesson(cacheDir, entry) {
    const file = entryFile(cacheDir, entry.key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(entry));
    fs.renameSync(temp, file);
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
