import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files.js';
import { DEFAULT_OPENAI_BASE_URL, displayUrl } from '../llm/openai.js';
import type { LlmProvider } from '../llm/provider.js';
import type { OpenAiSettings } from '../pipeline/providers.js';
import { createReplayProvider } from '../llm/replay.js';
import { Events, type LogRecord } from '../records/types.js';

/** Bump when the shape of a cache entry changes: older entries are then simply missed. */
const CACHE_FORMAT = 1;

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

const OPENAI_API = displayUrl(DEFAULT_OPENAI_BASE_URL);

export function lessonCacheKey(parts: LessonKeyParts): string {
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

function entryFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, 'lessons', `${key}.json`);
}

/** An entry as it must be to be replayed: anything else was not written by this version, or not whole. */
function isCachedLesson(entry: unknown, key: string): entry is CachedLesson {
  const e = entry as Partial<CachedLesson> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.format === CACHE_FORMAT &&
    e.key === key &&
    typeof e.session === 'string' &&
    Array.isArray(e.attempts) &&
    e.attempts.length > 0 &&
    e.attempts.every((r) => typeof r === 'object' && r !== null && r.event === Events.llmAttempt && typeof r.data === 'object' && r.data !== null)
  );
}

/** The entry for `key`, or undefined when there is none or it cannot be used (then it is made again). */
export function readCachedLesson(cacheDir: string, key: string): CachedLesson | undefined {
  try {
    const entry: unknown = JSON.parse(fs.readFileSync(entryFile(cacheDir, key), 'utf8'));
    return isCachedLesson(entry, key) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written to a temporary file of its own and renamed over the entry, so that a concurrent build,
 * in this process or another, reads either no entry or a whole one. A cache that cannot be written
 * costs the next build a generation, never this lesson.
 */
export function writeCachedLesson(cacheDir: string, entry: CachedLesson): void {
  try {
    writeFileAtomic(entryFile(cacheDir, entry.key), JSON.stringify(entry));
  } catch {
    // not cached: the next build generates this lesson again
  }
}

/**
 * Answers a lesson's requests from its cache entry. Its attempts are audited like any other, as
 * `source: 'cache'` and without token usage: this build sent no request and spent no token.
 */
export function createCacheProvider(live: LlmProvider, entry: CachedLesson): LlmProvider {
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
