import { roundMetric as round } from '../records/quality.js';
import { detectLanguage, languageCode } from './language.js';
import { MobileLimits, textLength, within } from './limits.js';
export function itemsOf(supertask) {
    const items = supertask?.flexibleItems;
    return Array.isArray(items) ? items.filter((item) => item !== null && typeof item === 'object') : [];
}
/** 1 inside the range; outside, the fraction of the way: too few `n/min`, too many `max/n`. */
function rangeFit(value, range) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        return 0;
    if (value < range.min)
        return value / range.min;
    if (value > range.max)
        return range.max / value;
    return 1;
}
/** Every text of a supertask that has a mobile length limit, with that limit. */
function limitedTexts(items) {
    const texts = [];
    for (const item of items) {
        if (item.type === 'content') {
            texts.push({ text: item.content, range: MobileLimits.content });
            if (Array.isArray(item.tips))
                for (const tip of item.tips)
                    texts.push({ text: tip, range: MobileLimits.tip });
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: MobileLimits.quote });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: MobileLimits.question });
            if (Array.isArray(item.options))
                for (const option of item.options)
                    texts.push({ text: option, range: MobileLimits.option });
            texts.push({ text: item.explanation, range: MobileLimits.explanation });
        }
    }
    return texts;
}
/**
 * How well one supertask fits a phone, 0–1:
 * `0.25 · items + 0.25 · duration + 0.5 · texts`, where items and duration are range fits of
 * the item count (3–8) and `estimatedDuration` (180–600 s), and texts is the share of limited
 * texts (card, tip, quote, question, option, explanation) within their v1.1 length limits.
 */
export function mobileOptimizationScore(supertask) {
    const items = itemsOf(supertask);
    const texts = limitedTexts(items);
    const textFit = texts.length ? texts.filter(({ text, range }) => typeof text === 'string' && within(textLength(text), range)).length / texts.length : 0;
    const duration = supertask?.estimatedDuration;
    return round(0.25 * rangeFit(items.length, MobileLimits.items) + 0.25 * rangeFit(duration, MobileLimits.duration) + 0.5 * textFit);
}
/** Words that mark Ari's way of addressing the reader: second person and invitations. */
export const VOICE_MARKERS = {
    pt: /(?<![\p{L}])(você|vocês|seu|sua|seus|suas|vamos|experimente|tente|lembre|perceba|pergunte)(?![\p{L}])/iu,
    en: /(?<![\p{L}])(you|your|yours|yourself|let's|try|notice|remember|ask yourself)(?![\p{L}])/iu,
};
/** What Ari never writes on a card, and what each is: AI self-reference, placeholders, markdown left in the text. */
export const FORBIDDEN_TEXTS = [
    // A language model is the writer only when it says it is one: a lesson may be about language models.
    { pattern: /\b(as an ai|i am (just |only )?an ai|i['’]m (just |only )?an ai|(as|i am|i['’]m) (just |only )?an? (ai |large )?language model)\b/i, what: 'the writer calling itself an AI' },
    { pattern: /\b(como uma ia|sou (apenas |só )?uma ia|(sou|como) (apenas |só )?um (grande )?modelo de linguagem)\b/i, what: 'the writer calling itself an AI' },
    // Accented words end where \b cannot tell: "inteligência" is matched whole, up to the space after it.
    { pattern: /(^|[^\p{L}])(sou (apenas |só )?(uma inteligência artificial|um assistente virtual|um assistente de ia))(?![\p{L}])/iu, what: 'the writer calling itself an AI' },
    // "IA" alone only in capitals: "como ia" is also the verb ir ("como ia a semana", how the week was going).
    { pattern: /\b[Cc]omo IA\b/, what: 'the writer calling itself an AI' },
    { pattern: /\b(TODO|TBD|FIXME)\b/, what: 'a note left for later' },
    { pattern: /lorem ipsum|placeholder|\[insert|\{\{|\}\}/i, what: 'placeholder text' },
    { pattern: /^#{1,6}\s|\n#{1,6}\s/, what: 'a markdown heading' },
    { pattern: /\*\*/, what: 'markdown bold' },
    // Bold with underscores (`__word__`); not a blank to fill in (`____`, `__ : __`).
    { pattern: /(?<![\p{L}\p{N}_])__(?=[^\s_])[^_\n]*[^\s_]__(?![\p{L}\p{N}_])/u, what: 'markdown bold' },
    // The tags a model writes for emphasis or layout; the app shows text, so a learner would see them. Attributes are
    // quoted (`<a href="...">`): "a < b" and "0<a e b>1" are no tags.
    { pattern: /<\/?(?:a|b|blockquote|br|code|del|div|em|h[1-6]|hr|i|img|li|mark|ol|p|pre|small|span|strong|sub|sup|u|ul)(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/i, what: 'HTML markup' },
    // A model that declined the task writes its refusal where the lesson's text goes, as the text's first words; the
    // same words further in are a line the lesson gives the learner to say ('Try saying: "I'm sorry, but I can't..."').
    { pattern: /^\s*(?:(?:(?:i['’]m |i am )?sorry|i apologi[sz]e),?\s+(?:but\s+)?i(?:\s+can(?:['’]|no)t|\s+am unable to|['’]m unable to)\b|i(?:\s+can(?:['’]|no)t|\s+am unable to|['’]m unable to)\s+(?:assist|help)\s+with\s+(?:that|this)\b)/i, what: 'a refusal of the task' },
    { pattern: /^\s*(?:(?:desculpe|lamento|sinto muito),?\s+(?:mas\s+)?não\s+(?:posso|consigo)|não\s+(?:posso|consigo)\s+ajudar\s+com\s+(?:isso|esse pedido|essa solicitação))(?![\p{L}])/iu, what: 'a refusal of the task' },
    // Spaces or dots long enough for the schema's minimum length: a card or a tip with nothing to read.
    { pattern: /^[\s\p{P}]*$/u, what: 'no words at all' },
];
export const FORBIDDEN_PATTERNS = FORBIDDEN_TEXTS.map((forbidden) => forbidden.pattern);
/** Every text of an item with where it is: a card's text and tips, a quiz's question, options and explanation. */
export function itemFields(item) {
    const fields = [];
    for (const field of ['content', 'question', 'explanation']) {
        const text = item[field];
        if (typeof text === 'string')
            fields.push({ field, text });
    }
    for (const field of ['tips', 'options']) {
        const list = item[field];
        if (Array.isArray(list))
            list.forEach((text, sub) => typeof text === 'string' && fields.push({ field, sub, text }));
    }
    return fields;
}
/** Every text of an item: a card's text and tips, a quiz's question, options and explanation. */
export function itemTexts(item) {
    return itemFields(item).map(({ text }) => text);
}
/** The texts an item speaks to the reader with: a card's text and tips, a quiz's question and explanation. Quotes are someone else's words. */
export function spokenText(item) {
    if (item.type === 'content')
        return [item.content, ...(Array.isArray(item.tips) ? item.tips : [])].filter((t) => typeof t === 'string').join(' ');
    if (item.type === 'quiz')
        return [item.question, item.explanation].filter((t) => typeof t === 'string').join(' ');
    return undefined;
}
/**
 * How consistently a supertask speaks as Ari, 0–1: the mean of four parts.
 * - author: share of content cards whose author is "Ari".
 * - voice: share of spoken items (cards, quizzes) with a second-person or invitation marker,
 *   doubled and capped at 1 (half the items in Ari's voice is full marks: cards may quote the source).
 * - language: share of items whose detected language is the expected one (the source's, else
 *   the declared `metadata.language`); an item too short to tell counts as a match.
 * - clean: 1 when no text matches a forbidden pattern, else 0.
 */
export function ariPersonaConsistency(supertask, sourceLanguage) {
    const items = itemsOf(supertask);
    if (items.length === 0)
        return 0;
    const cards = items.filter((item) => item.type === 'content');
    const author = cards.length ? cards.filter((item) => item.author === 'Ari').length / cards.length : 0;
    const spoken = items.map(spokenText).filter((text) => text !== undefined);
    const metadata = supertask.metadata;
    const expected = sourceLanguage ?? languageCode(metadata?.language);
    const markers = expected ? [VOICE_MARKERS[expected]] : Object.values(VOICE_MARKERS);
    const voiced = spoken.filter((text) => markers.some((marker) => marker.test(text)));
    const voice = spoken.length ? Math.min(1, (2 * voiced.length) / spoken.length) : 0;
    const languages = items.map((item) => detectLanguage(itemTexts(item).join(' ')));
    const language = expected ? languages.filter((detected) => detected === undefined || detected === expected).length / items.length : 0;
    const clean = items.some((item) => itemTexts(item).some((text) => FORBIDDEN_PATTERNS.some((pattern) => pattern.test(text)))) ? 0 : 1;
    return round((author + voice + language + clean) / 4);
}
