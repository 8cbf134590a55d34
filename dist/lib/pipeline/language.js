export const LanguageNames = { pt: 'portuguese', en: 'english' };
/** The region a source of each language is written for when it declares none. */
export const LanguageRegions = { pt: 'Brazil', en: 'Global' };
/**
 * Not `do` and `no` (`de o`, `em o`): English writes them as often ("Do it daily", "No snooze"), and
 * they made short English texts, a quote or a quiz's options, read as Portuguese.
 */
const FUNCTION_WORDS = {
    pt: new Set('o os as de da das dos em na nos nas um uma uns umas que e é não para com por mais como mas ao se sua seu suas seus você também muito são está isso esta este pelo pela até sem sobre ou quando mesmo já nossa nosso'.split(' ')),
    en: new Set('the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what which where when how its their our we they'.split(' ')),
};
/** Words as lower-case letter runs (accents kept). */
export function words(text) {
    return text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
/** Counts of function words of each language; diacritics only Portuguese uses count too. */
function languageScores(text) {
    const scores = { pt: 0, en: 0 };
    for (const word of words(text)) {
        if (FUNCTION_WORDS.pt.has(word))
            scores.pt++;
        if (FUNCTION_WORDS.en.has(word))
            scores.en++;
        if (/[ãõçâêô]/u.test(word))
            scores.pt++;
    }
    return scores;
}
/** `undefined` when the text has no evidence either way (too short, or numbers only). */
export function detectLanguage(text) {
    const { pt, en } = languageScores(text);
    if (pt === en)
        return undefined;
    return pt > en ? 'pt' : 'en';
}
/** `portuguese`/`pt`/`pt-BR`/`english`/`en`... to a code; anything else is unknown. */
export function languageCode(value) {
    if (typeof value !== 'string')
        return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'portuguese' || lower === 'português' || lower.startsWith('pt'))
        return 'pt';
    if (lower === 'english' || lower === 'inglês' || lower.startsWith('en'))
        return 'en';
    return undefined;
}
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
/** The region of a language tag in English (`pt-PT` and `pt_PT` are Portugal); undefined for a tag of none, or no tag. */
function tagRegion(tag) {
    let region;
    try {
        region = new Intl.Locale(tag.trim().replace('_', '-')).region;
    }
    catch (error) {
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
    return region && REGION_NAMES.of(region);
}
/**
 * The region of a source in `language`: the one its frontmatter declares, as its `region` or as
 * its language tag's (`language: pt-PT` is Portugal, not Brazil), else its language's default.
 */
export function sourceRegion(frontmatter, language) {
    const { region, language: tag } = frontmatter;
    if (typeof region === 'string' && region.trim())
        return region.trim();
    const tagged = typeof tag === 'string' && languageCode(tag) === language ? tagRegion(tag) : undefined;
    return tagged ?? LanguageRegions[language];
}
