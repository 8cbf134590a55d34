import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { generateFiles } from '../../src/pipeline/generate.js';
import { preprocessTemplates } from '../../src/pipeline/preprocess.js';
import type { PipelineTask } from '../../src/pipeline/prompts.js';
import { heldCalls } from '../helpers/held.js';
import { CONTENT, inSession, newStats, readRecords, withTempDir } from './support.js';

/**
 * A provider that answers like the offline one, but only when the test releases a call: it holds
 * each call, counts the calls in flight, and notes the order in which they finished.
 */
function heldProvider() {
  const offline = createOfflineProvider();
  const calls = heldCalls<{ name: string }>();
  let inFlight = 0;
  const provider = {
    name: offline.name,
    model: offline.model,
    source: offline.source,
    maxInFlight: 0,
    finished: [] as string[],
    held: calls.held,
    /** Settles once `count` calls are held. */
    untilHeld: calls.untilHeld,
    async complete(request: Parameters<LlmProvider['complete']>[0]) {
      inFlight++;
      provider.maxInFlight = Math.max(provider.maxInFlight, inFlight);
      try {
        const name = (request.task as PipelineTask).name;
        await calls.hold({ name });
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

  it('sends the next file\'s call before the outputs of the reply that freed its slot are written', async () => {
    await withTempDir(async (dir) => {
      const text = fs.readFileSync(path.join(CONTENT, 'como_dormir_bem.md'), 'utf8');
      const inputs = ['a', 'b'].map((name) => {
        const file = path.join(dir, `${name}.md`);
        fs.writeFileSync(file, text);
        return file;
      });
      const out = path.join(dir, 'out');
      const provider = heldProvider();
      const run = inSession(dir, 'preprocess', () => preprocessTemplates(inputs, out, { provider, schemaVersion: '1.1', concurrency: 1 }, newStats()));
      await provider.untilHeld(1);
      provider.held.shift()!.release();
      // One slot: b's call starts once a's reply is accepted, and is in flight before a's outputs exist.
      await provider.untilHeld(1);
      expect(provider.held.map((call) => call.name)).toEqual(['b']);
      expect(fs.existsSync(path.join(out, 'a_filled_template.md'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'logs', 'processing.jsonl'))).toBe(false); // nor its file.result
      provider.held.shift()!.release();
      const { templates } = await run;
      expect(templates.map((template) => path.basename(template.file))).toEqual(['a_filled_template.md', 'b_filled_template.md']);
      expect(readRecords(dir, 'processing.jsonl').map((r) => `${r.event} ${r.input?.[0] ?? ''}`)).toEqual(['file.result a.md', 'file.result b.md']);

      // The same in generate, where a file's two calls (one per level) hold the slot together.
      const generated = inSession(dir, 'generate', () =>
        generateFiles(templates, path.join(dir, 'supertasks'), path.join(dir, 'reports'), { provider, schemaVersion: '1.1', concurrency: 1 }, newStats()),
      );
      await provider.untilHeld(2);
      for (const call of provider.held.splice(0)) call.release();
      await provider.untilHeld(2);
      expect(provider.held.map((call) => call.name)).toEqual(['b_filled_template', 'b_filled_template']);
      expect(fs.existsSync(path.join(dir, 'supertasks'))).toBe(false);
      for (const call of provider.held.splice(0)) call.release();
      expect((await generated).valid).toBe(4);
    });
  });
});
