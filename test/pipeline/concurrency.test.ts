import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { preprocessTemplates } from '../../src/pipeline/preprocess.js';
import type { PipelineTask } from '../../src/pipeline/prompts.js';
import { CONTENT, inSession, newStats, withTempDir } from './support.js';

/**
 * A provider that answers like the offline one, but only when the test releases a call: it holds
 * each call, counts the calls in flight, and notes the order in which they finished.
 */
function heldProvider() {
  const offline = createOfflineProvider();
  const held: { name: string; release: () => void }[] = [];
  const waiters = new Set<() => void>();
  let inFlight = 0;
  const provider = {
    name: offline.name,
    model: offline.model,
    source: offline.source,
    maxInFlight: 0,
    finished: [] as string[],
    held,
    /** Settles once `count` calls are held. */
    untilHeld(count: number): Promise<void> {
      return new Promise((resolve) => {
        const check = (): void => {
          if (held.length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    async complete(request: Parameters<LlmProvider['complete']>[0]) {
      inFlight++;
      provider.maxInFlight = Math.max(provider.maxInFlight, inFlight);
      try {
        const name = (request.task as PipelineTask).name;
        await new Promise<void>((release) => {
          held.push({ name, release });
          for (const waiter of [...waiters]) waiter();
        });
        provider.finished.push(name);
        return await offline.complete(request);
      } finally {
        inFlight--;
      }
    },
  } satisfies LlmProvider & Record<string, unknown>;
  return provider;
}

describe('concurrency', () => {
  it('keeps at most --concurrency calls in flight and returns results in input order', async () => {
    await withTempDir(async (dir) => {
      const text = fs.readFileSync(path.join(CONTENT, 'como_dormir_bem.md'), 'utf8');
      const names = ['a', 'b', 'c', 'd', 'e', 'f'];
      const inputs = names.map((name) => {
        const file = path.join(dir, `${name}.md`);
        fs.writeFileSync(file, text);
        return file;
      });
      const provider = heldProvider();
      const run = inSession(dir, 'preprocess', () => preprocessTemplates(inputs, path.join(dir, 'out'), { provider, schemaVersion: '1.1', concurrency: 2 }, newStats()));
      const ended = run.then(() => Promise.reject(new Error('the run ended with calls not yet released')));
      // One call per file. Whenever two are in flight, the later file's call is answered first.
      for (let released = 0; released < names.length; released++) {
        await Promise.race([provider.untilHeld(Math.min(2, names.length - released)), ended]);
        const latest = provider.held.reduce((a, b) => (names.indexOf(b.name) > names.indexOf(a.name) ? b : a));
        provider.held.splice(provider.held.indexOf(latest), 1);
        latest.release();
      }
      const { results } = await run;
      expect(provider.maxInFlight).toBe(2);
      expect(provider.finished).toEqual(['b', 'c', 'd', 'e', 'f', 'a']); // later files did finish first...
      expect(results.map((result) => result.input)).toEqual(inputs); // ...yet the results keep input order
    });
  });
});
