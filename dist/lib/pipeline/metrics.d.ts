import { type LanguageCode } from './language.js';
/**
 * The quality metrics of one generated supertask. Each is a plain function of the output (and,
 * for persona, the source language), so the same file always scores the same. The run's metrics
 * aggregate these in `records/quality.ts`. docs/metrics.md gives the formulas with a worked
 * example; keep the two in step.
 */
export type Item = Record<string, unknown>;
export declare function itemsOf(supertask: unknown): Item[];
/**
 * How well one supertask fits a phone, 0–1:
 * `0.25 · items + 0.25 · duration + 0.5 · texts`, where items and duration are range fits of
 * the item count (3–8) and `estimatedDuration` (180–600 s), and texts is the share of limited
 * texts (card, tip, quote, question, option, explanation) within their v1.1 length limits.
 */
export declare function mobileOptimizationScore(supertask: unknown): number;
/** Words that mark Ari's way of addressing the reader: second person and invitations. */
export declare const VOICE_MARKERS: Record<LanguageCode, RegExp>;
/** What Ari never writes on a card, and what each is: AI self-reference, placeholders, markdown left in the text. */
export declare const FORBIDDEN_TEXTS: readonly {
    pattern: RegExp;
    what: string;
}[];
export declare const FORBIDDEN_PATTERNS: readonly RegExp[];
/** One text of an item, with its field (and its place in the field's list, for a tip or an option). */
export interface ItemText {
    field: string;
    sub?: number;
    text: string;
}
/** Every text of an item with where it is: a card's text and tips, a quiz's question, options and explanation. */
export declare function itemFields(item: Item): ItemText[];
/** Every text of an item: a card's text and tips, a quiz's question, options and explanation. */
export declare function itemTexts(item: Item): string[];
/** The texts an item speaks to the reader with: a card's text and tips, a quiz's question and explanation. Quotes are someone else's words. */
export declare function spokenText(item: Item): string | undefined;
/**
 * How consistently a supertask speaks as Ari, 0–1: the mean of four parts.
 * - author: share of content cards whose author is "Ari".
 * - voice: share of spoken items (cards, quizzes) with a second-person or invitation marker,
 *   doubled and capped at 1 (half the items in Ari's voice is full marks: cards may quote the source).
 * - language: share of items whose detected language is the expected one (the source's, else
 *   the declared `metadata.language`); an item too short to tell counts as a match.
 * - clean: 1 when no text matches a forbidden pattern, else 0.
 */
export declare function ariPersonaConsistency(supertask: unknown, sourceLanguage?: LanguageCode): number;
