/**
 * Markdown read as the offline provider needs it: blocks of plain sentences, with the phrases the
 * author emphasised. No markdown library: sources are plain articles, and this keeps the reading
 * small enough to explain.
 */
export interface Block {
    kind: 'heading' | 'paragraph' | 'list' | 'quote';
    /** Heading level (1 for `#`). */
    level: number;
    sentences: string[];
    /** Phrases written in **bold** or __bold__, as plain text. */
    emphasis: string[];
    /**
     * A bold name opening a paragraph, as posts copied from social media sign them
     * ("**arthurcbrooks** Here's where..."): the author, not part of the sentence.
     */
    signature?: string;
}
/** Content words: not function words, at least four letters. */
export declare function contentWords(text: string): string[];
export declare function isStopword(word: string): boolean;
/** Inline markdown to plain text: emphasis, code, links and images, HTML tags. */
export declare function plain(inline: string): string;
/** Sentence ends: `.`, `!`, `?`, `…` followed by space and a capital, digit or opening quote. */
export declare function splitSentences(text: string): string[];
export declare function markdownBlocks(body: string): Block[];
/**
 * Shortens `text` to at most `max` characters at the latest sentence end, else clause boundary,
 * else word boundary, marking a cut with `…`. Text already short enough is returned as is.
 */
export declare function fitText(text: string, max: number): string;
/** Cuts `text` to a window of whole words around `[start, end)` that fits in `max`, marking cuts with `…`. */
export declare function windowAround(text: string, start: number, end: number, max: number): string;
/** FNV-1a: a stable 32-bit hash, so that "random" choices are the same on every run. */
export declare function stableHash(text: string): number;
/** How often each content word occurs in the sentences. */
export declare function termFrequencies(sentences: string[]): Map<string, number>;
export declare function slug(text: string): string;
