import { frontmatterText, parseFrontmatter } from '../inputs.js';
import { detectLanguage, languageCode, LanguageNames, sourceRegion, words } from '../language.js';
import { MobileLimits } from '../limits.js';
import { FRAMEWORKS, keywordHits, pickArchetype, pickDimension, REFLECTION } from './heuristics.js';
import { quotableSentences, readMaterial, topPassages } from './material.js';
import { contentWords, fitText, splitSentences } from './text.js';
const MAX_KEY_IDEAS = 6;
const MAX_FRAMEWORKS = 3;
/** A framework applies when the text names it at least this often. */
const FRAMEWORK_MIN_HITS = 2;
function humanize(name) {
    const text = name.replace(/[_-]+/g, ' ').trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The most frequent content words, first occurrence breaking ties. */
function themes(text, count) {
    const order = new Map();
    const counts = new Map();
    for (const word of contentWords(text)) {
        if (!order.has(word))
            order.set(word, order.size);
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0)).slice(0, count);
}
function complexity(wordCount, sentenceCount) {
    const perSentence = wordCount / Math.max(1, sentenceCount);
    if (wordCount < 150 && perSentence < 15)
        return 'beginner';
    if (wordCount > 1200 || perSentence > 24)
        return 'advanced';
    return 'intermediate';
}
/** The analysis of a source, computed from its text alone. */
export function composeAnalysis(name, source) {
    const { frontmatter, body } = parseFrontmatter(source);
    const material = readMaterial(body);
    const language = languageCode(frontmatter.language) ?? detectLanguage(body) ?? 'en';
    const title = fitText(frontmatterText(frontmatter.title) || material.title || humanize(name), MobileLimits.title.max);
    const keyIdeas = topPassages(material, MAX_KEY_IDEAS);
    const description = fitText(material.passages[0]?.text ?? material.sentences[0] ?? title, MobileLimits.quote.max);
    const author = (typeof frontmatter.author === 'string' && frontmatter.author.trim()) || material.author || 'Ari';
    const quotes = material.quotes.filter((quote) => quote.text.length >= MobileLimits.quote.min && quote.text.length <= MobileLimits.quote.max);
    const quoted = quotes.map((quote) => ({ text: quote.text, author: quote.author || author }));
    // Without a quote in the source, Ari highlights its most telling short sentence.
    if (quoted.length < 2) {
        const taken = new Set(quoted.map((quote) => quote.text));
        for (const text of quotableSentences(material, taken).slice(0, 2 - quoted.length))
            quoted.push({ text, author });
    }
    const frameworks = FRAMEWORKS.map((framework, order) => ({ framework, order, hits: keywordHits(body, framework.keywords) }))
        .filter(({ hits }) => hits >= FRAMEWORK_MIN_HITS)
        .sort((a, b) => b.hits - a.hits || a.order - b.order)
        .slice(0, MAX_FRAMEWORKS)
        .map(({ framework }) => framework);
    const evidence = (keywords) => fitText(material.sentences.find((sentence) => keywordHits(sentence, keywords) > 0) ?? '', MobileLimits.tip.max);
    const coaching = frameworks.length
        ? frameworks.map((framework) => ({ type: framework.type, framework: framework.name, suggestion: framework.suggestion[language], coaching_prompt: framework.prompt[language] }))
        : [{ type: 'reflection', framework: 'reflection', suggestion: REFLECTION.suggestion[language], coaching_prompt: REFLECTION.prompt[language] }];
    const wordCount = words(body).length;
    const plainText = material.sentences.join(' ');
    return {
        title,
        description,
        language: LanguageNames[language],
        region: sourceRegion(frontmatter, language),
        dimension: pickDimension(plainText),
        archetype: pickArchetype(plainText),
        key_ideas: keyIdeas.length ? keyIdeas : [fitText(plainText || title, MobileLimits.content.max)],
        quotes: quoted,
        learning_objectives: keyIdeas.slice(0, 3).map((idea) => fitText(splitSentences(idea)[0] ?? idea, MobileLimits.tip.max)),
        tags: themes(plainText, 5),
        ari_analysis: {
            applicable_frameworks: frameworks.map((framework) => ({ name: framework.name, evidence: evidence(framework.keywords) })),
            total_frameworks_identified: frameworks.length,
            content_analysis: {
                word_count: wordCount,
                primary_themes: themes(plainText, 3),
                complexity_level: complexity(wordCount, material.sentences.length),
                language: LanguageNames[language],
            },
        },
        coaching_opportunities: coaching,
    };
}
