import type { LanguageCode } from '../language.js';
import type { Archetype, Dimension } from '../limits.js';
/**
 * Keyword tables for the offline provider's choices. A keyword is a word prefix, so that
 * `consisten` finds "consistent" and "consistency", and `conex` finds "conexão" and "conexões".
 */
type Keywords = readonly string[];
export declare function keywordHits(text: string, keywords: Keywords): number;
export declare function pickDimension(text: string): Dimension;
export declare function pickArchetype(text: string): Archetype;
export interface Framework {
    name: string;
    type: string;
    keywords: Keywords;
    suggestion: Record<LanguageCode, string>;
    prompt: Record<LanguageCode, string>;
}
/** Coaching frameworks Ari draws on, each with the advice and the question Ari asks. */
export declare const FRAMEWORKS: readonly Framework[];
/** Ari's question when no framework applies. */
export declare const REFLECTION: Pick<Framework, 'suggestion' | 'prompt'>;
export {};
