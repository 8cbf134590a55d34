import { MobileLimits } from '../limits.js';
import { contentWords, fitText, isStopword, markdownBlocks, termFrequencies } from './text.js';
const QUOTE = /^["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** A passage stops growing near this length: long enough to say something, short enough to read on a phone. */
const PASSAGE_TARGET = 140;
export function readMaterial(markdown) {
    const blocks = markdownBlocks(markdown);
    const title = blocks.find((block) => block.kind === 'heading' && block.level === 1)?.sentences[0];
    const quotes = [];
    const textBlocks = [];
    for (const block of blocks) {
        if (block.kind === 'heading')
            continue;
        const quoted = block.sentences.length === 1 ? QUOTE.exec(block.sentences[0] ?? '') : null;
        if (quoted) {
            quotes.push({ text: (quoted[1] ?? '').trim(), author: (quoted[2] ?? '').trim() });
        }
        else if (block.kind === 'quote') {
            quotes.push({ text: (block.sentences[0] ?? '').replace(/^["“]|["”]$/g, ''), author: '' });
        }
        else {
            textBlocks.push(block);
        }
    }
    const sentences = textBlocks.flatMap((block) => block.sentences);
    const frequencies = termFrequencies(sentences);
    const emphasis = [...new Set(textBlocks.flatMap((block) => block.emphasis))];
    const passages = [];
    for (const block of textBlocks) {
        const chunks = [];
        let current = '';
        for (const sentence of block.sentences.map((s) => fitText(s, MobileLimits.content.max))) {
            const joined = current ? `${current} ${sentence}` : sentence;
            // A lead-in ending with a colon never ends a card: what it announces follows.
            const grow = !current || current.length < MobileLimits.content.min || current.endsWith(':') || joined.length <= PASSAGE_TARGET;
            if (grow && joined.length <= MobileLimits.content.max) {
                current = joined;
                continue;
            }
            chunks.push(current);
            current = sentence;
        }
        if (current)
            chunks.push(current);
        for (const chunk of chunks) {
            const previous = passages.at(-1);
            // A short tail joins the passage before it when that still fits a card.
            if (chunk.length < MobileLimits.content.min) {
                if (previous && previous.text.length + 1 + chunk.length <= MobileLimits.content.max)
                    previous.text = `${previous.text} ${chunk}`;
                continue;
            }
            passages.push({ text: chunk, score: 0, index: passages.length });
        }
    }
    for (const passage of passages) {
        const distinct = [...new Set(contentWords(passage.text))];
        const weight = distinct.reduce((sum, word) => sum + (frequencies.get(word) ?? 0), 0);
        const emphasised = emphasis.filter((phrase) => passage.text.includes(phrase)).length;
        passage.score = weight / Math.sqrt(Math.max(1, distinct.length)) + 2 * emphasised;
    }
    const author = blocks.find((block) => block.signature)?.signature;
    return { title, sentences, passages, quotes, author, emphasis, frequencies };
}
/** The `count` best passages, back in source order. Ties go to the earlier passage. */
export function topPassages(material, count) {
    return [...material.passages]
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, count)
        .sort((a, b) => a.index - b.index)
        .map((passage) => passage.text);
}
/** A sentence short enough to stand as a quote, and the most telling one: its content words are the text's frequent ones. */
export function quotableSentences(material, exclude = new Set()) {
    return material.sentences
        .map((text, index) => ({ text, index }))
        .filter(({ text }) => text.length >= MobileLimits.quote.min && text.length <= MobileLimits.quote.max && !text.endsWith(':') && !exclude.has(text))
        .map(({ text, index }) => {
        const distinct = [...new Set(contentWords(text))];
        const weight = distinct.reduce((sum, word) => sum + (material.frequencies.get(word) ?? 0), 0);
        return { text, index, score: weight / Math.sqrt(Math.max(1, distinct.length)) };
    })
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .map(({ text }) => text);
}
/** A character that joins a word, ignoring case as the phrase's pattern does. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/iu;
/** Whether the character (code point) of `text` that ends at `end` is part of a word. */
function wordBefore(text, end) {
    const before = Array.from(text.slice(Math.max(0, end - 2), end)).at(-1);
    return before !== undefined && WORD_CHARACTER.test(before);
}
/** Whether the character (code point) of `text` that starts at `start` is part of a word. */
function wordAt(text, start) {
    const after = text.codePointAt(start);
    return after !== undefined && WORD_CHARACTER.test(String.fromCodePoint(after));
}
/**
 * Where `phrase` occurs in `text` as whole words, ignoring case, up to `limit` occurrences. The
 * word boundaries are checked apart from the pattern: a pattern holding the letter classes costs
 * milliseconds to compile, and every content word of an article gets one.
 */
export function wholeMatches(text, phrase, limit = Infinity) {
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    const starts = [];
    while (starts.length < limit) {
        const match = pattern.exec(text);
        if (!match)
            break;
        const end = match.index + match[0].length;
        if (!wordBefore(text, match.index) && !wordAt(text, end))
            starts.push(match.index);
        // After a match the search goes on behind it; after a candidate inside a word, from its next character.
        else
            pattern.lastIndex = match.index + (text.codePointAt(match.index) > 0xffff ? 2 : 1);
    }
    return starts;
}
/**
 * The phrase of `sentence` worth asking about: a phrase the author emphasised, else its content
 * word that recurs most in the text (the longest on a tie). It must occur once in the sentence,
 * or the blank would give itself away.
 */
export function clozeOf(sentence, material) {
    const fits = (phrase) => phrase.length >= MobileLimits.option.min && phrase.length <= MobileLimits.option.max && sentence.length - phrase.length >= 20 && wholeMatches(sentence, phrase, 2).length === 1;
    const emphasised = material.emphasis.filter((phrase) => fits(phrase) && !isStopword(phrase));
    const candidates = emphasised.length
        ? emphasised
        : [...new Set(contentWords(sentence))]
            .filter((word) => word.length >= 5 && !/['’]/.test(word) && fits(word))
            .sort((a, b) => (material.frequencies.get(b) ?? 0) - (material.frequencies.get(a) ?? 0) || b.length - a.length || (a < b ? -1 : 1));
    const answer = candidates[0];
    if (!answer)
        return undefined;
    const start = wholeMatches(sentence, answer, 1)[0] ?? 0;
    return { sentence, answer: sentence.slice(start, start + answer.length), start };
}
