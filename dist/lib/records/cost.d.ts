/**
 * What the LLM calls of a run cost, from a price table per model. The table ships with lyfe-kt
 * (`prices.json`, dated by its `as_of`); a price file (`--prices`, LYFE_KT_PRICES: `price-file.ts`)
 * lays its models over it. A model the table does not price has an unknown cost, never a cost of 0.
 */
/** US dollars per 1M tokens. */
export interface ModelPrice {
    input: number;
    /** Prompt tokens read from OpenAI's prompt cache; billed at `input` when absent. */
    cached_input?: number;
    /** Completion tokens, reasoning tokens included. */
    output: number;
    /** Where the price was read. */
    source?: string;
}
export interface PriceTable {
    /** The day the prices were read (YYYY-MM-DD). */
    as_of: string;
    source: string;
    models: Record<string, ModelPrice>;
    /** The price file laid over the shipped table, if any. */
    file?: string;
}
/** The table in use, as the views name it. */
export interface PriceTableInfo {
    as_of: string;
    source: string;
    /** The override file laid over the shipped table, if any. */
    file?: string;
}
export declare const SHIPPED_PRICES: PriceTable;
/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
export declare function usePriceTable(table: PriceTable): void;
/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
export declare function activePriceTable(): PriceTable;
export declare function priceTableInfo(table: PriceTable): PriceTableInfo;
/** Whether two packages' tables are one: the same date and source, from the same file (or none: the shipped table). */
export declare function sameTable(a: PriceTableInfo, b: PriceTableInfo): boolean;
/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
export declare function priceOf(table: PriceTable, model: string): ModelPrice | null;
export interface BilledTokens {
    prompt_tokens: number;
    /** Of `prompt_tokens`, those read from the prompt cache. */
    cached_tokens: number;
    /** Reasoning tokens are part of these, billed as output. */
    completion_tokens: number;
}
/** US dollars for the tokens at `price`. */
export declare function tokensCost(price: ModelPrice, tokens: BilledTokens): number;
/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
export declare const roundUsd: (value: number) => number;
/** What a group of calls (a run, a stage) cost. */
export interface CostTotal {
    calls: number;
    /** US dollars, when every billed call has a price; null when some has none (see `unknown_calls`). */
    usd: number | null;
    /** US dollars of the calls that have a price. */
    known_usd: number;
    /** Billed calls whose model the price table does not have: their cost is unknown. */
    unknown_calls: number;
    /** Calls that were not billed: the offline provider, answers from the build cache, replays. */
    unbilled_calls: number;
}
/** The total of calls, each with its cost (null: unknown) and whether it was billed. */
export declare function costTotal(calls: Iterable<{
    cost_usd: number | null;
    billed: boolean;
}>): CostTotal;
/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`, `$0.00000013`: never `$1.3e-7`). */
export declare function usdText(value: number): string;
/**
 * A cost for a reader: `$0.0123`; `$0.0123 + unknown for 2 calls` when some calls have no price;
 * `unknown for 2 calls`; `$0, not billed` when no call was billed (the offline provider, the build
 * cache, a replay).
 */
export declare function costText(total: CostTotal): string;
