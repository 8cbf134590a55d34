import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ariPersonaConsistency, mobileOptimizationScore } from '../../src/pipeline/metrics.js';
import { aggregateQuality } from '../../src/records/quality.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { REFERENCE } from './support.js';

const reference = (name: string) => JSON.parse(fs.readFileSync(path.join(REFERENCE, '03_output', name), 'utf8'));
const failing = reference('arthurcbrooks_mostmeaning_filled_template_beginner.json');
const passing = reference('level_1_foundation.json');

/** A small supertask that fits every mobile limit, to break one rule at a time. */
function fitting() {
  return {
    estimatedDuration: 300,
    flexibleItems: [
      { type: 'content', content: 'Vamos juntos: durma e acorde sempre no mesmo horário, inclusive nos fins de semana.', author: 'Ari', tips: ['Escolha um horário e mantenha.'] },
      { type: 'quote', content: 'Conexões humanas são tão importantes quanto exercícios.', author: 'Ari' },
      {
        type: 'quiz',
        question: 'Complete a frase: "O ___ regular é o pilar mais importante."',
        options: ['horário', 'celular', 'café'],
        correctAnswer: 0,
        explanation: 'Você encontra isso no texto: "O horário regular é o pilar mais importante."',
      },
    ],
    metadata: { language: 'portuguese' },
  };
}

const outputs = (valid: number, total: number) =>
  Array.from({ length: total }, (_, i) => ({ valid: i < valid, mobile_optimization_score: 1, ari_persona_consistency: 1 }));

describe('schema_compliance', () => {
  test('is the share of valid outputs, rounded to three decimals', () => {
    expect(aggregateQuality(outputs(5, 6)).schema_compliance).toBe(0.833);
    expect(aggregateQuality(outputs(6, 6)).schema_compliance).toBe(1);
  });
});

describe('the run metrics', () => {
  test('are null, not 0, when nothing was generated', () => {
    expect(aggregateQuality([])).toEqual({ schema_compliance: null, mobile_optimization_score: null, ari_persona_consistency: null });
  });

  test('average only the outputs that carry a score', () => {
    expect(
      aggregateQuality([
        { valid: true, mobile_optimization_score: 0.5, ari_persona_consistency: null },
        { valid: false, mobile_optimization_score: 0.8336, ari_persona_consistency: 0.9 },
      ]),
    ).toEqual({ schema_compliance: 0.5, mobile_optimization_score: 0.667, ari_persona_consistency: 0.9 });
  });
});

describe('mobile_optimization_score', () => {
  test('is 1 for a supertask inside every mobile limit', () => {
    expect(mobileOptimizationScore(fitting())).toBe(1);
    expect(mobileOptimizationScore(passing)).toBe(1);
  });

  test('counts characters as the schema does: a quote of 200 characters with emoji is within its limit', () => {
    const emoji = fitting();
    emoji.flexibleItems[1] = { type: 'quote', content: `🌙 ${'x'.repeat(196)} 🌙`, author: 'Ari' };
    expect([...emoji.flexibleItems[1].content].length).toBe(200);
    expect(mobileOptimizationScore(emoji)).toBe(1);
  });

  test('weighs item count and duration a quarter each, text lengths a half', () => {
    // 10 s is 10/180 of the minimum duration: 0.25 · (1 - 10/180) lost.
    expect(mobileOptimizationScore({ ...fitting(), estimatedDuration: 10 })).toBe(Math.round((0.25 * (10 / 180) + 0.75) * 1000) / 1000);
    // 1200 s is twice the maximum: half the duration part.
    expect(mobileOptimizationScore({ ...fitting(), estimatedDuration: 1200 })).toBe(0.875);
    // Two items of the minimum three.
    const two = fitting();
    two.flexibleItems.pop();
    expect(mobileOptimizationScore(two)).toBe(Math.round((0.25 * (2 / 3) + 0.75) * 1000) / 1000);
    // One text of the nine limited ones too long (card, tip, quote, question, 3 options, explanation = 8).
    const long = fitting();
    long.flexibleItems[1] = { type: 'quote', content: 'x'.repeat(201), author: 'Ari' };
    expect(mobileOptimizationScore(long)).toBe(Math.round((0.5 + 0.5 * (7 / 8)) * 1000) / 1000);
  });

  test('is 0 for something that is not a supertask', () => {
    expect(mobileOptimizationScore(null)).toBe(0);
    expect(mobileOptimizationScore({ flexibleItems: 'no' })).toBe(0);
  });
});

describe('ari_persona_consistency', () => {
  test('is 1 for cards by Ari, in Ari\'s voice, in the source language, with nothing forbidden', () => {
    expect(ariPersonaConsistency(fitting(), 'pt')).toBe(1);
  });

  test('loses a quarter for each part that fails', () => {
    const otherAuthor = fitting();
    otherAuthor.flexibleItems[0] = { ...otherAuthor.flexibleItems[0], author: 'Equipe Lyfe' } as (typeof otherAuthor.flexibleItems)[0];
    expect(ariPersonaConsistency(otherAuthor, 'pt')).toBe(0.75);

    const markdown = fitting();
    markdown.flexibleItems[0] = { ...markdown.flexibleItems[0], content: '## Conteúdo\nVamos juntos: durma e acorde sempre no mesmo horário.' } as (typeof markdown.flexibleItems)[0];
    expect(ariPersonaConsistency(markdown, 'pt')).toBe(0.75);

    const ai = fitting();
    ai.flexibleItems[0] = { ...ai.flexibleItems[0], content: 'Como uma IA, sugiro que você durma e acorde sempre no mesmo horário.' } as (typeof ai.flexibleItems)[0];
    expect(ariPersonaConsistency(ai, 'pt')).toBe(0.75);
  });

  test('scores the language against the source, not against what the output declares', () => {
    // Portuguese cards for an English source: no English voice markers, no item in English;
    // authorship and cleanliness still hold.
    expect(ariPersonaConsistency(fitting(), 'en')).toBe(0.5);
  });

  test('counts half the spoken items in Ari\'s voice as full marks', () => {
    // passing: 2 of its 5 cards and quizzes address the reader -> min(1, 2 · 2/5) = 0.8.
    expect(ariPersonaConsistency(passing, 'pt')).toBe(0.95);
  });
});

describe('the reference output that fails v1.1', () => {
  test('is caught by validation', () => {
    const errors = validateSupertask(failing, '1.1');
    expect(errors).toContain('$.estimatedDuration: must be <= 600 (is 1200)');
    expect(errors).toContain('$.flexibleItems: must NOT have fewer than 3 items (has 1)');
    expect(errors).toContain('$.flexibleItems[0].content: must NOT have more than 300 characters (has 2498)');
    expect(errors).toContain('$.metadata.created_at: must match format "date-time"');
  });

  test('scores as docs/metrics.md works it out', () => {
    expect(mobileOptimizationScore(failing)).toBe(0.208);
    // Its template is Portuguese; the card carries markdown headings and bold.
    expect(ariPersonaConsistency(failing, 'pt')).toBe(0.75);
    // Against its English source, voice and language fail too.
    expect(ariPersonaConsistency(failing, 'en')).toBe(0.25);
    expect(
      aggregateQuality([
        { valid: false, mobile_optimization_score: 0.208, ari_persona_consistency: 0.75 },
        { valid: true, mobile_optimization_score: 1, ari_persona_consistency: 0.95 },
      ]),
    ).toEqual({ schema_compliance: 0.5, mobile_optimization_score: 0.604, ari_persona_consistency: 0.85 });
  });
});
