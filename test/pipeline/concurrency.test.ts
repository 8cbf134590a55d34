import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { preprocessFiles } from '../../src/pipeline/preprocess.js';
import type { PipelineTask } from '../../src/pipeline/prompts.js';
import { CONTENT, inSession, newStats, withTempDir } from './support.js';

/** A provider that answers like the offline one, later for earlier files, and counts calls in flight. */
function slowFirstProvider(order: string[]): LlmProvider & { maxInFlight: number; finished: string[] } {
  const offline = createOfflineProvider();
  let inFlight = 0;
  const provider = {
    name: offline.name,
    model: offline.model,
    source: offline.source,
    maxInFlight: 0,
    finished: [] as string[],
    async complete(request: Parameters<LlmProvider['complete']>[0]) {
      inFlight++;
      provider.maxInFlight = Math.max(provider.maxInFlight, inFlight);
      try {
        const position = order.indexOf((request.task as PipelineTask).name);
        await sleep(10 * (order.length - position));
        provider.finished.push((request.task as PipelineTask).name);
        return await offline.complete(request);
      } finally {
        inFlight--;
      }
    },
  };
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
      const provider = slowFirstProvider(names);
      const results = await inSession(dir, 'preprocess', () => preprocessFiles(inputs, path.join(dir, 'out'), { provider, schemaVersion: '1.1', concurrency: 2 }, newStats()));
      expect(provider.maxInFlight).toBe(2);
      expect(provider.finished).not.toEqual(names); // later files did finish first...
      expect(results.map((result) => result.input)).toEqual(inputs); // ...yet the results keep input order
    });
  });
});
