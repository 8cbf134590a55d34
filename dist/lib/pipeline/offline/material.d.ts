/**
 * What the offline provider writes from: passages for content cards, quotable sentences, and
 * fill-in-the-blank candidates, all taken from the source text.
 */
export interface Material {
    title?: string;
    /** Body sentences in source order (headings excluded). */
    sentences: string[];
    /** Card-sized passages (50–300 characters), in source order, with their score. */
    passages: {
        text: string;
        score: number;
        index: number;
    }[];
    quotes: {
        text: string;
        author: string;
    }[];
    /** Who signed the text, when it says so. */
    author?: string;
    emphasis: string[];
    frequencies: Map<string, number>;
}
export declare function readMaterial(markdown: string): Material;
/** The `count` best passages, back in source order. Ties go to the earlier passage. */
export declare function topPassages(material: Material, count: number): string[];
/** A sentence short enough to stand as a quote, and the most telling one: its content words are the text's frequent ones. */
export declare function quotableSentences(material: Material, exclude?: ReadonlySet<string>): string[];
/** A sentence with one phrase to blank out: the answer of a fill-in-the-blank quiz. */
export interface Cloze {
    sentence: string;
    answer: string;
    start: number;
}
/**
 * Where `phrase` occurs in `text` as whole words, ignoring case, up to `limit` occurrences. The
 * word boundaries are checked apart from the pattern: a pattern holding the letter classes costs
 * milliseconds to compile, and every content word of an article gets one.
 */
export declare function wholeMatches(text: string, phrase: string, limit?: number): number[];
/**
 * The phrase of `sentence` worth asking about: a phrase the author emphasised, else its content
 * word that recurs most in the text (the longest on a tie). It must occur once in the sentence,
 * or the blank would give itself away.
 */
export declare function clozeOf(sentence: string, material: Material): Cloze | undefined;
