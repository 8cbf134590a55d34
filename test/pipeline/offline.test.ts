import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createOfflineProvider, estimateUsage, offlineTimestamp } from '../../src/pipeline/offline/provider.js';
import { checkAnalysisReply } from '../../src/pipeline/analysis.js';
import { analysisRequest, supertaskRequest } from '../../src/pipeline/prompts.js';
import { redactValue } from '../../src/records/redact.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { readMaterial, wholeMatches } from '../../src/pipeline/offline/material.js';
import { contentWords } from '../../src/pipeline/offline/text.js';
import { renderTemplate } from '../../src/pipeline/template.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';

const content = (name: string) => fs.readFileSync(path.resolve('test/fixtures/content', name), 'utf8');

describe('the offline provider', () => {
  const provider = createOfflineProvider();

  test('lets the event loop turn before it answers, as a call waiting on the network does', async () => {
    let turned = false;
    setImmediate(() => (turned = true));
    await provider.complete(analysisRequest({ name: 'como_dormir_bem', source: content('como_dormir_bem.md') }));
    expect(turned).toBe(true);
  });

  test('names itself as the audit expects', () => {
    expect({ name: provider.name, model: provider.model, source: provider.source }).toEqual({ name: 'offline', model: 'offline-v1', source: 'live' });
  });

  test('answers the same request with the same bytes, and estimates usage at four characters a token', async () => {
    const request = analysisRequest({ name: 'como_dormir_bem', source: content('como_dormir_bem.md') });
    const first = await provider.complete(request);
    const second = await provider.complete(request);
    expect(second.text).toBe(first.text);
    const promptChars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
    expect(first.usage).toEqual({
      prompt_tokens: Math.ceil(promptChars / 4),
      completion_tokens: Math.ceil(first.text.length / 4),
      total_tokens: Math.ceil(promptChars / 4) + Math.ceil(first.text.length / 4),
    });
    expect(estimateUsage(request, first.text)).toEqual(first.usage);
    expect(checkAnalysisReply(first.text).errors).toEqual([]);
  });

  test('reads English and Portuguese sources in their own language', async () => {
    const en = JSON.parse((await provider.complete(analysisRequest({ name: 'a', source: content('arthurcbrooks_mostmeaning_extracted.md') }))).text);
    const pt = JSON.parse((await provider.complete(analysisRequest({ name: 'b', source: content('solidao_cronica.md') }))).text);
    expect([en.language, en.region]).toEqual(['english', 'Global']);
    expect([pt.language, pt.region]).toEqual(['portuguese', 'Brazil']);
    // A signed post: the signature is its author, not part of its sentences.
    expect(en.quotes[0].author).toBe('arthurcbrooks');
    expect(en.key_ideas[0]).toMatch(/^Here's where you can find the most meaning:/);
    // A quotation in the source is kept with its author.
    expect(pt.quotes[0]).toEqual({ text: 'Conexões humanas são tão importantes quanto exercícios ou alimentação para sua saúde.', author: 'Ari' });
    expect(pt.key_ideas.every((idea: string) => idea.length >= 50 && idea.length <= 300)).toBe(true);
  });

  test('frontmatter of the source wins over detection', async () => {
    const source = `---\ntitle: Sleep well\nlanguage: english\nauthor: Dr. Sleep\n---\n\n${content('como_dormir_bem.md')}`;
    const analysis = JSON.parse((await provider.complete(analysisRequest({ name: 'x', source }))).text);
    expect(analysis.title).toBe('Sleep well');
    expect(analysis.language).toBe('english');
    expect(analysis.quotes.every((quote: { author: string }) => quote.author === 'Dr. Sleep')).toBe(true);
  });

  test("keeps the region a source declares, in its frontmatter or its language tag (pt-PT), where Portuguese alone is Brazil's", async () => {
    const regionOf = async (frontmatter: string): Promise<unknown> => {
      const source = `---\n${frontmatter}\n---\n\n${content('como_dormir_bem.md')}`;
      return JSON.parse((await provider.complete(analysisRequest({ name: 'x', source }))).text).region;
    };
    expect(await regionOf('language: pt-PT')).toBe('Portugal');
    expect(await regionOf('language: pt_PT')).toBe('Portugal');
    expect(await regionOf('language: pt-BR')).toBe('Brazil');
    expect(await regionOf('language: en-GB')).toBe('United Kingdom');
    expect(await regionOf('language: pt-PT\nregion: Açores')).toBe('Açores');
    expect(await regionOf('language: portuguese')).toBe('Brazil');
    expect(await regionOf('language: pt')).toBe('Brazil');

    // A template written by hand, with the tag and no region: its lessons keep Portugal too.
    const template = `---\ntitle: Dormir bem\nlanguage: pt-PT\n---\n\n${content('como_dormir_bem.md')}`;
    const lesson = JSON.parse((await provider.complete(supertaskRequest({ name: 'x', template, level: 'beginner', schemaVersion: '1.1' }))).text);
    expect([lesson.metadata.language, lesson.metadata.region]).toEqual(['portuguese', 'Portugal']);
  });

  test('writes timestamps from SOURCE_DATE_EPOCH, else the fixed reference time', () => {
    expect(offlineTimestamp({})).toBe('2025-01-01T00:00:00Z');
    expect(offlineTimestamp({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00Z');
    expect(offlineTimestamp({ SOURCE_DATE_EPOCH: ' ' })).toBe('2025-01-01T00:00:00Z');
    expect(offlineTimestamp({ SOURCE_DATE_EPOCH: '253402300799' })).toBe('9999-12-31T23:59:59Z');
  });

  test('refuses a SOURCE_DATE_EPOCH after the year 9999, which no lesson date can hold, naming it and the fix', () => {
    // 10000-01-01 would be written +010000-01-01T00:00:00Z (every lesson invalid); 99999999999999 is no date at all.
    for (const epoch of ['253402300800', '99999999999999', '9'.repeat(400)]) {
      expect(() => offlineTimestamp({ SOURCE_DATE_EPOCH: epoch })).toThrowError(expect.objectContaining({ exitCode: 2, message: expect.stringContaining(`SOURCE_DATE_EPOCH "${epoch.slice(0, 20)}`), fix: expect.stringContaining('date +%s') }));
    }
  });

  test('refuses a SOURCE_DATE_EPOCH that is no whole number of seconds, which would otherwise date the lessons 2025-01-01 without a word', () => {
    for (const epoch of ['soon', '1.5', '-1', '1e9', '2025-01-01']) {
      expect(() => offlineTimestamp({ SOURCE_DATE_EPOCH: epoch })).toThrowError(expect.objectContaining({ exitCode: 2, message: `SOURCE_DATE_EPOCH ${JSON.stringify(epoch)} is not a whole number of seconds since 1970-01-01 UTC` }));
    }
  });
});

describe('canned replies for the fake OpenAI server', () => {
  test('answer an analysis request with a valid analysis, and a supertask request with a valid supertask', async () => {
    const source = content('como_dormir_bem.md');
    const analysisReply = pipelineReply({ messages: analysisRequest({ name: 'como_dormir_bem', source }).messages });
    const analysis = checkAnalysisReply(analysisReply);
    expect(analysis.errors).toEqual([]);

    const template = renderTemplate(analysis.value!, { name: 'como_dormir_bem', body: source }).text;
    for (const schemaVersion of ['1.0', '1.1'] as const) {
      for (const level of ['beginner', 'advanced'] as const) {
        const request = supertaskRequest({ name: 'como_dormir_bem_filled_template', template, level, schemaVersion });
        const reply = JSON.parse(pipelineReply({ model: 'gpt-4o-mini', messages: request.messages } as { messages: { role: string; content: string }[] }));
        expect(validateSupertask(reply, schemaVersion)).toEqual([]);
        expect(reply.metadata).toMatchObject({ difficulty_level: level, version: schemaVersion, source_template: 'como_dormir_bem_filled_template.md' });
        // What a real model is asked for is what the offline writer makes from the task.
        expect(reply).toEqual(JSON.parse((await createOfflineProvider().complete(request)).text));
      }
    }
  });

  test('still answer after a repair turn', () => {
    const request = supertaskRequest({ name: 't', template: '# Sono\n\nDormir bem começa muito antes de deitar, com um ritual noturno previsível e calmo.\n', level: 'beginner', schemaVersion: '1.1' });
    const messages = [...request.messages, { role: 'assistant', content: '{}' }, { role: 'user', content: 'Your reply was rejected:\n- $: missing required property "title"' }];
    expect(() => JSON.parse(pipelineReply({ messages }))).not.toThrow();
  });

  test('share one frozen system message per kind, which the record writer redacts once', () => {
    const template = '# Sono\n\nDormir bem.\n';
    const [first, second] = ['a', 'b'].map((name) => supertaskRequest({ name, template, level: 'beginner', schemaVersion: '1.1' }).messages[0]);
    expect(first).toBe(second);
    expect(Object.isFrozen(first)).toBe(true);
    expect(redactValue(first)).toBe(redactValue(second));
    const analysis = ['a', 'b'].map((name) => analysisRequest({ name, source: template }).messages[0]);
    expect(analysis[0]).toBe(analysis[1]);
    expect(Object.isFrozen(analysis[0])).toBe(true);
  });
});

describe('whole-word matching of the offline provider', () => {
  /** The definition the matcher keeps: one pattern with the word boundaries inside it. */
  const reference = (text: string, phrase: string): number[] => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))].map((match) => match.index);
  };

  test('finds what one pattern with its boundaries inside finds, on every content word of an article and on edge cases', () => {
    const cases: [string, string][] = [
      ['aaa aa a', 'aa'],
      ['Ação, ação e reação.', 'ação'],
      ['ſtudy and STUDY and study', 'study'],
      ['3 Kelvin and 3 kelvin', 'kelvin'],
      ['an ͅalpha and an alpha', 'alpha'],
      ['😀word word😀 word', 'word'],
      ['𝐀word 𝐀 word', 'word'],
      ['habit-forming habits habit', 'habit'],
      ['C++ and c++ and C++x', 'c++'],
    ];
    // An article with emphasis and accents; the reference compiles a pattern per word, which is slow.
    const material = readMaterial(content('como_dormir_bem.md'));
    for (const sentence of material.sentences) for (const phrase of new Set([...contentWords(sentence), ...material.emphasis])) cases.push([sentence, phrase]);
    expect(cases.length).toBeGreaterThan(100);
    for (const [text, phrase] of cases) expect(wholeMatches(text, phrase), `${phrase} in ${text}`).toEqual(reference(text, phrase));
    expect(wholeMatches('aa aa aa', 'aa', 2)).toEqual([0, 3]);
  });
});
