/**
 * Language of a text, by counting frequent function words. Sources are Portuguese or English;
 * function words are what a short text has most of, and the two lists barely overlap.
 */
export type LanguageCode = 'pt' | 'en';
export type LanguageName = 'portuguese' | 'english';
export declare const LanguageNames: Record<LanguageCode, LanguageName>;
/** The region a source of each language is written for when it declares none. */
export declare const LanguageRegions: Record<LanguageCode, string>;
/** Words as lower-case letter runs (accents kept). */
export declare function words(text: string): string[];
/** `undefined` when the text has no evidence either way (too short, or numbers only). */
export declare function detectLanguage(text: string): LanguageCode | undefined;
/** `portuguese`/`pt`/`pt-BR`/`english`/`en`... to a code; anything else is unknown. */
export declare function languageCode(value: unknown): LanguageCode | undefined;
/**
 * The region of a source in `language`: the one its frontmatter declares, as its `region` or as
 * its language tag's (`language: pt-PT` is Portugal, not Brazil), else its language's default.
 */
export declare function sourceRegion(frontmatter: Record<string, unknown>, language: LanguageCode): string;
