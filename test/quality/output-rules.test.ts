import { describe, expect, test } from 'vitest';
import { checkOutput, COPIED_RUN_WORDS, type OutputUnderCheck } from '../../src/package/quality-issues/output-rules.js';
import type { RuleId } from '../../src/package/quality-issues/types.js';

/** A supertask valid against v1.1, inside every mobile limit, in Ari's Portuguese voice: each test breaks one thing. */
function lesson() {
  return {
    title: 'Dormir bem',
    dimension: 'physicalHealth',
    archetype: 'sage',
    relatedToType: 'GENERIC',
    relatedToId: 'dormir-bem',
    estimatedDuration: 300,
    coinsReward: 10,
    flexibleItems: [
      { type: 'content', content: 'Vamos juntos: escolha um horário para dormir e mantenha esse horário também nos fins de semana.', author: 'Ari', tips: ['Você pode começar hoje mesmo.'] },
      { type: 'quote', content: 'O sono é a melhor meditação que existe para o corpo.', author: 'Dalai Lama' },
      {
        type: 'quiz',
        question: 'Qual hábito ajuda você a dormir melhor?',
        options: ['Horário regular', 'Café à noite', 'Celular na cama'],
        correctAnswer: 0,
        explanation: 'Você dorme melhor quando o corpo sabe a hora de descansar, todos os dias.',
      },
    ],
    metadata: { language: 'portuguese', region: 'Brazil', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z', version: '1.1' },
  };
}
type Lesson = ReturnType<typeof lesson>;

const SOURCE =
  'Dormir bem começa muito antes de deitar. O horário regular é o pilar mais importante de uma boa noite de sono para qualquer pessoa adulta que trabalha durante o dia e precisa descansar. Evite telas à noite.';

function check(value: unknown, extra: Partial<OutputUnderCheck> = {}) {
  return checkOutput({
    file: 'dormir_beginner.json',
    text: typeof value === 'string' ? value : JSON.stringify(value),
    schemaVersion: '1.1',
    source: SOURCE,
    sourceLanguage: 'pt',
    records: [{ log: 'processing.jsonl', line: 4 }],
    callId: 'call_1',
    ...extra,
  });
}

const rules = (value: unknown, extra?: Partial<OutputUnderCheck>): RuleId[] => check(value, extra).map((finding) => finding.rule);
const edit = (change: (l: Lesson) => void): Lesson => {
  const l = lesson();
  change(l);
  return l;
};

describe('the output rules', () => {
  test('find nothing in a lesson that keeps every rule', () => {
    expect(check(lesson())).toEqual([]);
  });

  test('schema-invalid: a lesson that breaks the schema, or is not JSON, is an error with its first schema error', () => {
    const [finding] = check(edit((l) => Reflect.deleteProperty(l, 'coinsReward')));
    expect(finding).toMatchObject({ rule: 'schema-invalid', severity: 'error', file: 'dormir_beginner.json', call_id: 'call_1', records: [{ log: 'processing.jsonl', line: 4 }] });
    expect(finding?.message).toContain('missing required property "coinsReward"');
    expect(check('{"title": ')).toMatchObject([{ rule: 'schema-invalid', severity: 'error' }]);
    expect(rules(lesson())).not.toContain('schema-invalid');
  });

  test('over-mobile-limit: a text, the item count or the duration over its limit, each at its path', () => {
    const long = 'x'.repeat(301);
    const findings = check(
      edit((l) => {
        l.flexibleItems[0]!.content = long;
        l.estimatedDuration = 1200;
      }),
    ).filter((finding) => finding.rule === 'over-mobile-limit');
    expect(findings.map((finding) => finding.path)).toEqual(['$.estimatedDuration', '$.flexibleItems[0].content']);
    expect(findings[1]?.message).toContain('301 characters long; a phone screen fits at most 300');
    const nine = edit((l) => l.flexibleItems.push(...Array.from({ length: 6 }, (_, i) => ({ type: 'quote', content: `Uma citação diferente de número ${i}.`, author: 'Ari' }) as never)));
    expect(check(nine).filter((f) => f.rule === 'over-mobile-limit').map((f) => f.path)).toEqual(['$.flexibleItems']);
    // At the limit is within it.
    expect(rules(edit((l) => (l.flexibleItems[0]!.content = `Você ${'x'.repeat(295)}`)))).not.toContain('over-mobile-limit');
  });

  test('over-mobile-limit counts characters as the schema does: an emoji is one character, not two', () => {
    // 300 characters, two of them emoji (two UTF-16 units each): valid against the schema, and within the limit.
    const atLimit = edit((l) => (l.flexibleItems[0]!.content = `Você 🌙 ${'x'.repeat(291)} 🌙`));
    expect([...atLimit.flexibleItems[0]!.content!].length).toBe(300);
    expect(check(atLimit)).toEqual([]);
    const over = check(edit((l) => (l.flexibleItems[0]!.content = `Você 🌙 ${'x'.repeat(292)} 🌙`))).find((f) => f.rule === 'over-mobile-limit');
    expect(over?.message).toContain('301 characters long');
  });

  test('quiz-answer-not-an-option: the correct answer points past the options', () => {
    const finding = check(edit((l) => ((l.flexibleItems[2] as { correctAnswer: number }).correctAnswer = 3))).find((f) => f.rule === 'quiz-answer-not-an-option');
    expect(finding).toMatchObject({ severity: 'error', path: '$.flexibleItems[2].correctAnswer' });
    expect(finding?.message).toContain('numbered 0 to 2');
    expect(rules(edit((l) => ((l.flexibleItems[2] as { correctAnswer: number }).correctAnswer = 2)))).not.toContain('quiz-answer-not-an-option');
  });

  test('quiz-answer-not-an-option says so plainly when the quiz has no options, or no answer marked', () => {
    const quiz = (change: (q: { options?: string[]; correctAnswer?: number }) => void) =>
      check(edit((l) => change(l.flexibleItems[2] as never))).find((f) => f.rule === 'quiz-answer-not-an-option')?.message;
    const none = quiz((q) => (q.options = []));
    expect(none).toContain('marks answer 0 as correct, but it has no options');
    expect(none).not.toContain('-1');
    const unmarked = quiz((q) => delete q.correctAnswer);
    expect(unmarked).toContain('marks no answer as correct');
    expect(unmarked).not.toContain('undefined');
  });

  test('quiz-options-repeat: two options that differ only in case or punctuation', () => {
    const finding = check(edit((l) => ((l.flexibleItems[2] as { options: string[] }).options[2] = 'horário regular!'))).find((f) => f.rule === 'quiz-options-repeat');
    expect(finding).toMatchObject({ severity: 'error', path: '$.flexibleItems[2].options[2]' });
    expect(finding?.message).toContain('(1 and 3');
  });

  test('quiz-options-repeat: options that differ in a comparison, a sign or an emoji are different options', () => {
    const options = (list: string[]) => edit((l) => ((l.flexibleItems[2] as { options: string[] }).options = list));
    for (const list of [['< 7 horas', '7 a 9 horas', '> 7 horas'], ['+2 horas', '-2 horas', '2 horas'], ['😴😴😴', '😊😊😊', '😫😫😫'], ['Menos de 10%', 'Menos de 10 €', 'Menos de 10']]) {
      expect(rules(options(list)), list.join(' | ')).not.toContain('quiz-options-repeat');
    }
    expect(rules(options(['6-8 horas', '6 - 8 horas', '9 horas']))).toContain('quiz-options-repeat');
  });

  test('duplicated-item: an item whose text repeats an earlier one', () => {
    const twice = edit((l) => l.flexibleItems.push({ ...l.flexibleItems[0]! } as never));
    expect(check(twice).filter((f) => f.rule === 'duplicated-item')).toMatchObject([{ severity: 'warning', path: '$.flexibleItems[3]', message: expect.stringContaining('Item 4 repeats item 1') }]);
  });

  test('language-differs: a lesson in English from a Portuguese source', () => {
    const english = edit((l) => {
      l.flexibleItems[0]!.content = 'Let us choose a time to go to sleep, and keep it on the weekends as well, for your body.';
      l.flexibleItems[0]!.tips = ['You can start with this tonight.'];
      l.flexibleItems[1]!.content = 'Sleep is the best meditation there is for the body.';
      Object.assign(l.flexibleItems[2]!, { question: 'Which habit helps you sleep better?', options: ['A regular time', 'Coffee at night', 'The phone in bed'], explanation: 'You sleep better when the body knows the time to rest, every day.' });
    });
    expect(check(english).filter((f) => f.rule === 'language-differs')).toMatchObject([{ severity: 'warning', message: 'The lesson is written in english, but its source article is in portuguese.' }]);
    expect(rules(english, { sourceLanguage: 'en' })).not.toContain('language-differs');
  });

  test('persona-markers-missing: no card or quiz speaks to the learner', () => {
    const flat = edit((l) => {
      l.flexibleItems[0]!.content = 'O sono regular é o pilar mais importante de uma boa noite, segundo o texto.';
      l.flexibleItems[0]!.tips = ['Horário fixo ajuda muito.'];
      Object.assign(l.flexibleItems[2]!, { question: 'Qual hábito ajuda a dormir melhor?', explanation: 'O corpo dorme melhor quando sabe a hora de descansar, todos os dias.' });
    });
    expect(check(flat).filter((f) => f.rule === 'persona-markers-missing')).toMatchObject([{ severity: 'warning', path: '$.flexibleItems' }]);
    expect(rules(lesson())).not.toContain('persona-markers-missing');
  });

  test("persona-markers-missing names the markers of the source's language: an English lesson with \"you\" from a Portuguese source is not told it lacks \"you\"", () => {
    const english = edit((l) => {
      l.flexibleItems[0]!.content = 'Let us choose a time to go to sleep, and keep it on the weekends as well, for your body.';
      l.flexibleItems[0]!.tips = ['You can start with this tonight.'];
      Object.assign(l.flexibleItems[2]!, { question: 'Which habit helps you sleep better?', options: ['A regular time', 'Coffee at night', 'The phone in bed'], explanation: 'You sleep better when the body knows the time to rest, every day.' });
    });
    const [finding] = check(english).filter((f) => f.rule === 'persona-markers-missing');
    expect(finding?.message).toContain('("você", "tente", "perceba"... in portuguese, the source\'s language)');
    expect(finding?.message).not.toContain('"you"');
    const flat = edit((l) => {
      l.flexibleItems[0]!.content = 'A regular sleep time is the most important pillar of a good night, the article says.';
      l.flexibleItems[0]!.tips = ['A fixed time helps a lot.'];
      Object.assign(l.flexibleItems[2]!, { question: 'Which habit helps sleep?', explanation: 'The body sleeps better when it knows the time to rest, every day.' });
    });
    expect(check(flat, { sourceLanguage: 'en' }).find((f) => f.rule === 'persona-markers-missing')?.message).toContain('("you", "try", "notice"... in english, the source\'s language)');
  });

  test(`copied-from-source: ${COPIED_RUN_WORDS} words in a row from the source in a card, but not in a quote card`, () => {
    const copied = 'O horário regular é o pilar mais importante de uma boa noite de sono para qualquer pessoa adulta que trabalha durante o dia.';
    expect(check(edit((l) => (l.flexibleItems[0]!.content = `Você sabia? ${copied}`))).filter((f) => f.rule === 'copied-from-source')).toMatchObject([
      { severity: 'warning', path: '$.flexibleItems[0].content' },
    ]);
    // In a tip, the finding is at the tip.
    expect(check(edit((l) => (l.flexibleItems[0]!.tips = ['Você pode começar hoje mesmo.', copied]))).filter((f) => f.rule === 'copied-from-source')).toMatchObject([
      { severity: 'warning', path: '$.flexibleItems[0].tips[1]', message: expect.stringContaining('"O horário regular é o pilar') },
    ]);
    expect(rules(edit((l) => (l.flexibleItems[1]!.content = copied)))).not.toContain('copied-from-source');
    // One word fewer than the run is a quotation's length.
    const shorter = copied.split(' ').slice(0, COPIED_RUN_WORDS - 1).join(' ');
    expect(rules(edit((l) => (l.flexibleItems[0]!.content = `Você sabia? ${shorter}.`)))).not.toContain('copied-from-source');
  });

  test('forbidden-text: an item holding what Ari never writes (AI self-reference, placeholders, markdown), one finding per item, quotes included', () => {
    const found = check(
      edit((l) => {
        l.flexibleItems[0]!.content = 'Como uma IA, modelo de linguagem, sugiro: [insert exemplo aqui] para você, {{nome}}.';
        l.flexibleItems[0]!.tips = ['TODO: uma dica para você.'];
        l.flexibleItems[1]!.content = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.';
        (l.flexibleItems[2] as { explanation: string }).explanation = 'Você dorme **melhor** com um horário regular.';
      }),
    ).filter((f) => f.rule === 'forbidden-text');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', path: '$.flexibleItems[0].content', message: expect.stringMatching(/^Item 1 holds the writer calling itself an AI, which a learner would read as it is: "Como uma IA/) }),
      expect.objectContaining({ severity: 'error', path: '$.flexibleItems[1].content', message: expect.stringMatching(/^Item 2 holds placeholder text, which a learner would read as it is: "Lorem ipsum/) }),
      expect.objectContaining({ severity: 'error', path: '$.flexibleItems[2].explanation', message: expect.stringMatching(/^Item 3 holds markdown bold, which a learner would read as it is: "Você dorme \*\*melhor/) }),
    ]);
    expect(rules(lesson())).not.toContain('forbidden-text');
  });

  test('forbidden-text: Portuguese "como ia" (how it was going: the verb ir) is not an AI speaking; "como IA" and "como uma IA" are', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    expect(rules(card('Lembre como ia a sua semana quando você dormia cedo: tente voltar a esse ritmo hoje.'))).not.toContain('forbidden-text');
    expect(rules(card('Como ia dizendo, você pode escolher hoje um horário fixo para dormir e acordar.'))).not.toContain('forbidden-text');
    expect(rules(card('Como IA, sugiro que você escolha hoje um horário fixo para dormir e acordar.'))).toContain('forbidden-text');
    expect(rules(card('Como uma ia, sugiro que você escolha hoje um horário fixo para dormir e acordar.'))).toContain('forbidden-text');
  });

  test('forbidden-text: the writer calling itself an AI in other words ("I\'m just an AI", "sou uma inteligência artificial"); a lesson about AI tools is not', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    for (const said of [
      "I'm just an AI, but você pode escolher hoje um horário fixo para dormir e acordar.",
      'I am only an AI: você pode escolher hoje um horário fixo para dormir e acordar.',
      'Sou apenas uma inteligência artificial, mas você pode escolher hoje um horário fixo para dormir.',
      'Sou um assistente virtual e não durmo, mas você pode escolher hoje um horário fixo para dormir.',
      'Sou uma IA e não durmo, mas você pode escolher hoje um horário fixo para dormir e acordar.',
    ]) {
      expect(rules(card(said)), said).toContain('forbidden-text');
    }
    expect(rules(card('Ferramentas como inteligência artificial e assistentes virtuais podem ajudar você a dormir melhor.'))).not.toContain('forbidden-text');
    for (const said of [
      'As an AI language model, I do not sleep, but you can choose a fixed bedtime today.',
      "I'm a large language model, but you can choose a fixed bedtime and keep it every day.",
      'Como um modelo de linguagem, não durmo, mas você pode escolher hoje um horário fixo.',
      'Sou apenas um modelo de linguagem, mas você pode escolher hoje um horário fixo para dormir.',
    ]) {
      expect(rules(card(said)), said).toContain('forbidden-text');
    }
    for (const about of [
      'Um modelo de linguagem como o ChatGPT pode ajudar você a planejar a semana, mas não decide por você.',
      'A language model can help you draft a hard email; you still choose what to send.',
    ]) {
      expect(rules(card(about)), about).not.toContain('forbidden-text');
    }
  });

  test('forbidden-text: markdown bold written with underscores is bold too; a blank to fill in is not', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    expect(check(card('Você dorme __melhor__ quando mantém um horário regular, todos os dias da semana.')).filter((f) => f.rule === 'forbidden-text')).toMatchObject([
      { severity: 'error', path: '$.flexibleItems[0].content', message: expect.stringMatching(/^Item 1 holds markdown bold/) },
    ]);
    expect(rules(card('__Horário regular__: você dorme melhor quando mantém o mesmo horário todos os dias.'))).toContain('forbidden-text');
    expect(rules(card('Complete a frase: você dorme melhor quando mantém um ____ regular todos os dias.'))).not.toContain('forbidden-text');
    expect(rules(card('Você pode anotar seu horário aqui: __ : __ e mantê-lo todos os dias da semana.'))).not.toContain('forbidden-text');
  });

  test('forbidden-text: HTML tags, a refusal of the task, a text of no words in an item are what a learner would read; a comparison with < and > is not', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    const message = (content: string) => check(card(content)).find((f) => f.rule === 'forbidden-text')?.message;
    expect(message('Você dorme <b>melhor</b> quando mantém um horário regular todos os dias.')).toMatch(/^Item 1 holds HTML markup, /);
    expect(message('Mantenha um horário regular.<br/>Você dorme melhor assim, todos os dias da semana.')).toMatch(/^Item 1 holds HTML markup, /);
    expect(message('<p class="card">Você dorme melhor quando mantém um horário regular.</p>')).toMatch(/^Item 1 holds HTML markup, /);
    expect(message("I'm sorry, but I can't create a lesson from this article for you today.")).toMatch(/^Item 1 holds a refusal of the task, /);
    expect(message('I cannot assist with that request, but you can find a lesson elsewhere.')).toMatch(/^Item 1 holds a refusal of the task, /);
    expect(message('Desculpe, mas não posso criar uma lição a partir deste artigo para você.')).toMatch(/^Item 1 holds a refusal of the task, /);
    expect(message('Não consigo ajudar com isso agora; tente outro artigo para a sua lição de hoje.')).toMatch(/^Item 1 holds a refusal of the task, /);
    expect(message('          ')).toMatch(/^Item 1 holds no words at all, /);
    expect(check(edit((l) => (l.flexibleItems[0]!.tips = ['...']))).find((f) => f.rule === 'forbidden-text')?.message).toMatch(/^Item 1 holds no words at all, /);
    for (const fine of [
      'Se você dorme < 6 horas e acorda > 2 vezes por noite, tente um horário fixo hoje.',
      'Você pode dizer: não posso ajudar com a festa hoje, preciso dormir cedo para acordar bem.',
      'Sorry is a word you can say to yourself less often: you can rest without guilt today.',
    ]) {
      expect(rules(card(fine)), fine).not.toContain('forbidden-text');
    }
  });

  test('forbidden-text: the finding is at the text that holds it (a tip, an option), and its message quotes the text where the forbidden part is', () => {
    const tip = check(edit((l) => (l.flexibleItems[0]!.tips = ['Você pode começar hoje mesmo.', 'TODO: uma dica para você.']))).find((f) => f.rule === 'forbidden-text');
    expect(tip).toMatchObject({ path: '$.flexibleItems[0].tips[1]', message: 'Item 1 holds a note left for later, which a learner would read as it is: "TODO: uma dica para você.".' });
    const option = check(edit((l) => ((l.flexibleItems[2] as { options: string[] }).options[1] = '<b>Café</b> à noite'))).find((f) => f.rule === 'forbidden-text');
    expect(option).toMatchObject({ path: '$.flexibleItems[2].options[1]', message: expect.stringContaining('"<b>Café</b> à noite"') });
    const late = 'Você dorme melhor quando mantém um horário regular, todos os dias da semana, inclusive nos fins de semana e feriados, e acorda com mais energia para o dia: **tente hoje**.';
    const card = check(edit((l) => (l.flexibleItems[0]!.content = late))).find((f) => f.rule === 'forbidden-text');
    expect(card).toMatchObject({ path: '$.flexibleItems[0].content', message: expect.stringMatching(/^Item 1 holds markdown bold, which a learner would read as it is: "….*\*\*tente hoje\*\*\."\.$/) });
  });

  test('forbidden-text: HTML is any tag a model writes for layout, with its attributes quoted; a comparison of letters with < and > is not', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    for (const html of [
      'Você dorme melhor com um <mark>horário regular</mark>, todos os dias da semana.',
      '<blockquote>O sono é a melhor meditação.</blockquote> Você pode tentar hoje mesmo.',
      'Anote seu horário: <code>22:30</code>. Você dorme melhor mantendo esse horário sempre.',
      'Você dorme melhor com um horário regular.<hr>Tente manter o mesmo horário amanhã.',
      'Durma 7 a 9 horas<sup>1</sup> por noite: você acorda melhor e com mais energia.',
      '<span style="color: red">Atenção:</span> você dorme melhor com um horário regular.',
      '<a href=\'https://example.com\'>Leia mais</a> e tente manter um horário regular hoje.',
    ]) {
      expect(rules(card(html)), html).toContain('forbidden-text');
    }
    for (const fine of [
      'Se 0<a e b>1, então você pode ver que a.b é menor que b: tente um exemplo hoje.',
      'If x<a and a>y, then x<y: try it with your own numbers, you will see it hold.',
    ]) {
      expect(rules(card(fine)), fine).not.toContain('forbidden-text');
    }
  });

  test('forbidden-text: a refusal is the text\'s first words, in every way a model says it; a lesson on saying no gives the learner the same words to say', () => {
    const card = (content: string) => edit((l) => (l.flexibleItems[0]!.content = content));
    for (const refusal of [
      "I'm unable to help with that request, but you can find a lesson on sleep elsewhere.",
      'I’m sorry, but I’m unable to write a lesson from this article for you today.',
      "Sorry, I can't help with this: the article asks for something I cannot write for you.",
      'Lamento, mas não posso criar uma lição a partir deste artigo para você hoje.',
      'Sinto muito, mas não consigo escrever esta lição para você a partir deste artigo.',
    ]) {
      expect(rules(card(refusal)), refusal).toContain('forbidden-text');
    }
    for (const lesson of [
      'Experimente dizer: "Desculpe, mas não posso assumir isso agora." Você protege seu tempo sem culpa.',
      "Try saying: \"I'm sorry, but I can't take this on right now.\" Notice how your body feels after it.",
      "When a friend asks for a favour you have no room for, remember: I can't help with that right now is a full sentence.",
    ]) {
      expect(rules(card(lesson)), lesson).not.toContain('forbidden-text');
    }
  });

  test('copied-from-source finds a run wherever it starts in a source of repeated words, as comparing every run of both would', () => {
    // A few words, so that each recurs many times and most runs start at a word the source has elsewhere too.
    const vocabulary = ['sono', 'dormir', 'noite', 'corpo', 'hora'];
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    const source = Array.from({ length: 400 }, () => vocabulary[next() % vocabulary.length]);
    const runs = new Set(source.slice(0, source.length - COPIED_RUN_WORDS + 1).map((_, at) => source.slice(at, at + COPIED_RUN_WORDS).join(' ')));
    const reference = (text: string[]): boolean => text.slice(0, text.length - COPIED_RUN_WORDS + 1).some((_, at) => runs.has(text.slice(at, at + COPIED_RUN_WORDS).join(' ')));
    let copied = 0;
    for (let round = 0; round < 200; round++) {
      // A stretch of the source with one word changed somewhere (or not at all), between other words.
      const from = next() % (source.length - 30);
      const text = source.slice(from, from + 19 + (next() % 8));
      const changed = next() % (text.length + 4);
      if (changed < text.length) text[changed] = 'café';
      const card = ['Você', 'sabia', ...text, 'agora'];
      const found = rules(edit((l) => (l.flexibleItems[0]!.content = card.join(' '))), { source: source.join(' ') }).includes('copied-from-source');
      expect(found, card.join(' ')).toBe(reference(card));
      if (found) copied += 1;
    }
    // Both outcomes were tried.
    expect(copied).toBeGreaterThan(20);
    expect(copied).toBeLessThan(180);
  });
});
