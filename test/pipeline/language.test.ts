import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/pipeline/language.js';
import { ariPersonaConsistency } from '../../src/pipeline/metrics.js';

describe('detecting the language of a text', () => {
  test('tells Portuguese from English by their function words', () => {
    expect(detectLanguage('Durma e acorde sempre no mesmo horário, inclusive nos fins de semana.')).toBe('pt');
    expect(detectLanguage('Não durma no sofá: vá para a cama.')).toBe('pt');
    expect(detectLanguage('Sleep and wake at the same time, weekends included.')).toBe('en');
  });

  test('takes "do" and "no", which English writes as often as Portuguese, as evidence of neither', () => {
    expect(detectLanguage('Do or do not. There is no try.')).toBe('en');
    expect(detectLanguage('Do the hard task first. No snooze button. Do it daily.')).toBe('en');
    expect(detectLanguage('No pain, no gain.')).toBeUndefined();
  });

  test("an English lesson's quote and quiz of such words count as English in its persona score", () => {
    const lesson = {
      flexibleItems: [
        { type: 'content', content: "Let's build a morning routine you can keep: one small step each day.", author: 'Ari' },
        { type: 'quote', content: 'Do or do not. There is no try.', author: 'Yoda' },
        { type: 'quiz', question: 'Should you snooze?', options: ['No', 'Do it twice'], correctAnswer: 0, explanation: 'No snooze: get up.' },
      ],
    };
    expect(ariPersonaConsistency(lesson, 'en')).toBe(1);
  });
});
