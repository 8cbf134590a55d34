import { type LanguageCode } from './language.js';
/**
 * How well one supertask fits a phone, 0–1:
 * `0.25 · items + 0.25 · duration + 0.5 · texts`, where items and duration are range fits of
 * the item count (3–8) and `estimatedDuration` (180–600 s), and texts is the share of limited
 * texts (card, tip, quote, question, option, explanation) within their v1.1 length limits.
 */
export declare function mobileOptimizationScore(supertask: unknown): number;
/** What Ari never writes on a card: AI self-reference, placeholders, markdown left in the text. */
export declare const FORBIDDEN_PATTERNS: readonly RegExp[];
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
