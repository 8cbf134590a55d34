/**
 * The mobile limits of supertask schema v1.1, in one place for the code that writes to them (the
 * offline provider) and the code that scores against them (metrics). A test holds them equal to
 * `schema/supertask_schema_v1.1.json`, so the two cannot drift apart.
 */
export declare const MobileLimits: {
    readonly items: {
        readonly min: 3;
        readonly max: 8;
    };
    readonly duration: {
        readonly min: 180;
        readonly max: 600;
    };
    readonly content: {
        readonly min: 50;
        readonly max: 300;
    };
    readonly tip: {
        readonly min: 20;
        readonly max: 150;
    };
    readonly tips: {
        readonly min: 0;
        readonly max: 5;
    };
    readonly quote: {
        readonly min: 20;
        readonly max: 200;
    };
    readonly author: {
        readonly min: 1;
        readonly max: 100;
    };
    readonly question: {
        readonly min: 15;
        readonly max: 120;
    };
    readonly option: {
        readonly min: 3;
        readonly max: 60;
    };
    readonly options: {
        readonly min: 2;
        readonly max: 5;
    };
    readonly explanation: {
        readonly min: 30;
        readonly max: 250;
    };
    readonly title: {
        readonly min: 1;
        readonly max: 200;
    };
};
export type Range = {
    readonly min: number;
    readonly max: number;
};
/** A text's length as the schema counts it (JSON Schema `maxLength`): in characters, an emoji one, not its two UTF-16 units. */
export declare function textLength(text: string): number;
export declare function within(length: number, range: Range): boolean;
export declare const DIMENSIONS: readonly ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"];
export type Dimension = (typeof DIMENSIONS)[number];
export declare const ARCHETYPES: readonly ["warrior", "explorer", "sage", "ruler"];
export type Archetype = (typeof ARCHETYPES)[number];
export type Level = 'beginner' | 'advanced';
export declare const LEVELS: readonly Level[];
