/**
 * The mobile limits of supertask schema v1.1, in one place for the code that writes to them (the
 * offline provider) and the code that scores against them (metrics). A test holds them equal to
 * `schema/supertask_schema_v1.1.json`, so the two cannot drift apart.
 */
export const MobileLimits = {
    items: { min: 3, max: 8 },
    duration: { min: 180, max: 600 },
    content: { min: 50, max: 300 },
    tip: { min: 20, max: 150 },
    tips: { min: 0, max: 5 },
    quote: { min: 20, max: 200 },
    author: { min: 1, max: 100 },
    question: { min: 15, max: 120 },
    option: { min: 3, max: 60 },
    options: { min: 2, max: 5 },
    explanation: { min: 30, max: 250 },
    title: { min: 1, max: 200 },
};
/** A text's length as the schema counts it (JSON Schema `maxLength`): in characters, an emoji one, not its two UTF-16 units. */
export function textLength(text) {
    let length = 0;
    for (const _ of text)
        length++;
    return length;
}
export function within(length, range) {
    return length >= range.min && length <= range.max;
}
export const DIMENSIONS = ['physicalHealth', 'mentalHealth', 'relationships', 'work', 'spirituality'];
export const ARCHETYPES = ['warrior', 'explorer', 'sage', 'ruler'];
export const LEVELS = ['beginner', 'advanced'];
