import { detectLanguage, LanguageNames, sourceRegion } from '../language.js';
import { ARCHETYPES, DIMENSIONS, MobileLimits } from '../limits.js';
import { parseTemplate } from '../template.js';
import { pickArchetype, pickDimension, REFLECTION } from './heuristics.js';
import { clozeOf, quotableSentences, readMaterial, topPassages } from './material.js';
import { fitText, slug, stableHash, windowAround } from './text.js';
/** Ari's own lines, per language: the frame around what the source says. */
const VOICE = {
    en: {
        level: { beginner: 'Beginner', advanced: 'Advanced' },
        intro: {
            beginner: (title) => `Let's take a few minutes for "${title}". Read each idea slowly and notice what already fits your routine.`,
            advanced: (title) => `Let's go deeper into "${title}". You know the basics; now test how well you remember the details.`,
        },
        question: 'Fill in the blank: ',
        explanation: "You'll find it in the text: ",
        reflection: 'Before you move on, ask yourself: ',
    },
    pt: {
        level: { beginner: 'Iniciante', advanced: 'Avançado' },
        intro: {
            beginner: (title) => `Vamos juntos: "${title}". Leia cada ideia com calma e perceba o que já cabe na sua rotina.`,
            advanced: (title) => `Vamos aprofundar: "${title}". Você já conhece o básico; agora teste o quanto lembra dos detalhes.`,
        },
        question: 'Complete a frase: ',
        explanation: 'Você encontra isso no texto: ',
        reflection: 'Antes de seguir, pergunte a si mesmo: ',
    },
};
/** Per level: content cards, quizzes and options per quiz. Advanced asks more, with more distractors. */
const SHAPE = {
    beginner: { cards: 2, quizzes: 2, options: 3 },
    advanced: { cards: 3, quizzes: 3, options: 4 },
};
/** Reading speed used for `estimatedDuration`, and the time a quiz takes. */
const CHARS_PER_SECOND = 15;
const SECONDS_PER_QUIZ = 30;
const SECONDS_PER_ITEM = 10;
/** An option as it reads in a list: a sentence-initial capital is not part of the answer. */
function optionText(cloze) {
    const { answer, start } = cloze;
    return start === 0 && answer.length > 1 && answer !== answer.toUpperCase() ? answer.charAt(0).toLowerCase() + answer.slice(1) : answer;
}
function quiz(cloze, distractors, language, options) {
    const voice = VOICE[language];
    const answer = optionText(cloze);
    const others = [];
    // Options that share a stem ("experience", "experiencing") would make the quiz about spelling.
    const stem = (text) => text.toLowerCase().slice(0, 5);
    for (const other of distractors) {
        const text = optionText(other);
        if (others.length >= options - 1)
            break;
        if ([answer, ...others].some((taken) => stem(taken) === stem(text)))
            continue;
        if (cloze.sentence.toLowerCase().includes(text.toLowerCase()))
            continue;
        others.push(text);
    }
    if (others.length === 0)
        return undefined;
    const blanked = `${cloze.sentence.slice(0, cloze.start)}___${cloze.sentence.slice(cloze.start + cloze.answer.length)}`;
    const room = MobileLimits.question.max - voice.question.length - 2;
    const snippet = windowAround(blanked, cloze.start, cloze.start + 3, room);
    const explanationRoom = MobileLimits.explanation.max - voice.explanation.length - 2;
    const quoted = windowAround(cloze.sentence, cloze.start, cloze.start + cloze.answer.length, explanationRoom);
    const correct = stableHash(cloze.sentence) % (others.length + 1);
    others.splice(correct, 0, answer);
    return { type: 'quiz', question: `${voice.question}"${snippet}"`, options: others, correctAnswer: correct, explanation: `${voice.explanation}"${quoted}"` };
}
/** Fill-in-the-blank candidates of the sentences, distractors ordered by closeness in length to the answer. */
function clozes(sentences, material) {
    return sentences.map((sentence) => clozeOf(sentence, material)).filter((cloze) => cloze !== undefined);
}
/** Answers of other sentences, the most alike first: the same kind (phrase or word), then the closest length. */
function distractorsFor(cloze, pool) {
    const kind = (answer) => (answer.includes(' ') ? 1 : 0);
    return pool
        .filter((other) => other.sentence !== cloze.sentence)
        .map((other, index) => ({ other, index }))
        .sort((a, b) => Number(kind(a.other.answer) !== kind(cloze.answer)) - Number(kind(b.other.answer) !== kind(cloze.answer)) ||
        Math.abs(a.other.answer.length - cloze.answer.length) - Math.abs(b.other.answer.length - cloze.answer.length) ||
        a.index - b.index)
        .map(({ other }) => other);
}
function duration(items) {
    let seconds = 0;
    for (const item of items) {
        if (item.type === 'quiz')
            seconds += SECONDS_PER_QUIZ + (item.question.length + item.explanation.length) / CHARS_PER_SECOND;
        else
            seconds += SECONDS_PER_ITEM + (item.content.length + (item.type === 'content' ? (item.tips ?? []).join('').length : 0)) / CHARS_PER_SECOND;
    }
    const rounded = Math.ceil(seconds / 30) * 30;
    return Math.min(MobileLimits.duration.max, Math.max(MobileLimits.duration.min, rounded));
}
/** The last templates read: a file's two levels are composed from one reading. */
const readings = new Map();
const READINGS_KEPT = 16;
function readingOf(text) {
    let reading = readings.get(text);
    if (!reading) {
        const template = parseTemplate(text);
        const material = readMaterial(template.source);
        reading = { template, material, pool: clozes(material.sentences, material) };
        if (readings.size >= READINGS_KEPT)
            readings.delete(readings.keys().next().value);
        readings.set(text, reading);
    }
    return reading;
}
/** A supertask for one level, built from the filled template alone. */
export function composeSupertask(task) {
    const { template, material, pool } = readingOf(task.template);
    const language = template.language ?? detectLanguage(template.source) ?? 'en';
    const voice = VOICE[language];
    const shape = SHAPE[task.level];
    const title = template.title ?? material.title ?? task.name;
    const ideas = template.keyIdeas
        .map((idea) => fitText(idea, MobileLimits.content.max))
        .filter((idea) => idea.length >= MobileLimits.content.min);
    const allIdeas = ideas.length ? ideas : topPassages(material, 6);
    // Beginner starts from the first ideas; advanced prefers the ones beginner did not show.
    const cards = (task.level === 'beginner' ? allIdeas : [...allIdeas.slice(SHAPE.beginner.cards), ...allIdeas.slice(0, SHAPE.beginner.cards)]).slice(0, shape.cards);
    const tips = template.coaching.map((hook) => hook.suggestion).filter((tip) => tip.length >= MobileLimits.tip.min && tip.length <= MobileLimits.tip.max);
    const prompts = template.coaching.map((hook) => hook.prompt).filter((prompt) => prompt.length > 0);
    // A quote repeats no card of its lesson; beginner and advanced quote different lines when they can.
    const quotable = [
        ...template.quotes,
        ...quotableSentences(material, new Set(template.quotes.map((quote) => quote.text))).map((text) => ({ text, author: material.author ?? 'Ari' })),
    ].filter((quote) => quote.text.length >= MobileLimits.quote.min && quote.text.length <= MobileLimits.quote.max && quote.author.length <= MobileLimits.author.max);
    const unrepeated = quotable.filter((quote) => !cards.some((card) => card.includes(quote.text)));
    // A text so short that the cards hold all of it still gets its quote.
    const quoteCandidates = unrepeated.length ? unrepeated : quotable;
    const quote = quoteCandidates[task.level === 'beginner' ? 0 : Math.min(1, quoteCandidates.length - 1)];
    // Beginner quizzes recall what the cards said; advanced quizzes ask about the rest of the text.
    const shownSentences = material.sentences.filter((sentence) => cards.some((card) => card.includes(sentence)));
    const shown = new Set(shownSentences);
    const cardClozes = pool.filter((cloze) => shown.has(cloze.sentence));
    const restClozes = pool.filter((cloze) => !shown.has(cloze.sentence));
    // The first cloze of each sentence, in one pass: an article's pool has a cloze per sentence.
    const seen = new Set();
    const asked = (task.level === 'beginner' ? [...cardClozes, ...restClozes] : [...restClozes, ...cardClozes])
        .filter((cloze) => !seen.has(cloze.sentence) && seen.add(cloze.sentence))
        .slice(0, shape.quizzes);
    const quizzes = asked
        .map((cloze) => quiz(cloze, distractorsFor(cloze, pool), language, shape.options))
        .filter((item) => item !== undefined);
    const intro = fitText(voice.intro[task.level](fitText(title, 120)), MobileLimits.content.max);
    const items = [{ type: 'content', content: intro, author: 'Ari' }];
    cards.forEach((card, index) => {
        const tip = tips[index];
        items.push(tip ? { type: 'content', content: card, author: 'Ari', tips: [tip] } : { type: 'content', content: card, author: 'Ari' });
        if (index === 0 && quote)
            items.push({ type: 'quote', content: quote.text, author: quote.author });
        const next = quizzes[index];
        if (next)
            items.push(next);
    });
    items.push(...quizzes.slice(cards.length));
    const question = prompts[0] ?? REFLECTION.prompt[language];
    const reflection = `${voice.reflection}${question.charAt(0).toLowerCase()}${question.slice(1)}`;
    if (items.length < MobileLimits.items.max && reflection.length >= MobileLimits.content.min) {
        items.push({ type: 'content', content: fitText(reflection, MobileLimits.content.max), author: 'Ari' });
    }
    const flexibleItems = items.slice(0, MobileLimits.items.max);
    const estimatedDuration = duration(flexibleItems);
    const frontmatter = template.frontmatter;
    const text = material.sentences.join(' ');
    const pick = (value, fallback) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);
    return {
        title: fitText(`${title} - ${voice.level[task.level]}`, MobileLimits.title.max),
        dimension: DIMENSIONS.find((value) => value === frontmatter.dimension) ?? pickDimension(text),
        archetype: ARCHETYPES.find((value) => value === frontmatter.archetype) ?? pickArchetype(text),
        relatedToType: 'GENERIC',
        relatedToId: pick(frontmatter.related_to_id, slug(task.name)),
        estimatedDuration,
        coinsReward: Math.round(estimatedDuration / (task.level === 'advanced' ? 4 : 6)),
        flexibleItems,
        metadata: {
            language: LanguageNames[language],
            region: sourceRegion(frontmatter, language),
            created_at: task.timestamp,
            updated_at: task.timestamp,
            version: task.schemaVersion,
            generated_by: 'lyfe-kt offline-v1',
            generation_timestamp: task.timestamp,
            ari_persona_applied: true,
            difficulty_level: task.level,
            source_template: `${task.name}.md`,
        },
    };
}
