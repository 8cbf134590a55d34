import shipped from './prices.json' with { type: 'json' };
import path from 'node:path';

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

export const SHIPPED_PRICES: PriceTable = shipped;

let chosen: PriceTable | undefined;

/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
export function usePriceTable(table: PriceTable): void {
  chosen = table;
}

/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
export function activePriceTable(): PriceTable {
  return chosen ?? SHIPPED_PRICES;
}

export function priceTableInfo(table: PriceTable): PriceTableInfo {
  return { as_of: table.as_of, source: table.source, ...(table.file ? { file: table.file } : {}) };
}

/** Whether two packages' tables are one: the same date and source, from the same file (or none: the shipped table). */
export function sameTable(a: PriceTableInfo, b: PriceTableInfo): boolean {
  return a.as_of === b.as_of && a.source === b.source && (a.file === b.file || (a.file !== undefined && b.file !== undefined && path.resolve(a.file) === path.resolve(b.file)));
}

/** A dated snapshot, `gpt-4o-2024-08-06`: priced as its model, `gpt-4o`. */
const SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;

/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
export function priceOf(table: PriceTable, model: string): ModelPrice | null {
  // Own entries only: a model named `constructor` or `toString` has no price.
  const own = (name: string): ModelPrice | undefined => (Object.hasOwn(table.models, name) ? table.models[name] : undefined);
  return own(model) ?? own(model.replace(SNAPSHOT, '')) ?? null;
}

export interface BilledTokens {
  prompt_tokens: number;
  /** Of `prompt_tokens`, those read from the prompt cache. */
  cached_tokens: number;
  /** Reasoning tokens are part of these, billed as output. */
  completion_tokens: number;
}

/** US dollars for the tokens at `price`. */
export function tokensCost(price: ModelPrice, tokens: BilledTokens): number {
  const cached = Math.min(tokens.cached_tokens, tokens.prompt_tokens);
  return ((tokens.prompt_tokens - cached) * price.input + cached * (price.cached_input ?? price.input) + tokens.completion_tokens * price.output) / 1_000_000;
}

/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
export const roundUsd = (value: number): number => Math.round(value * 1e8) / 1e8;

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
export function costTotal(calls: Iterable<{ cost_usd: number | null; billed: boolean }>): CostTotal {
  let count = 0;
  let known = 0;
  let unknown = 0;
  let unbilled = 0;
  for (const call of calls) {
    count += 1;
    if (!call.billed) unbilled += 1;
    if (call.cost_usd === null) unknown += 1;
    else known += call.cost_usd;
  }
  const knownUsd = roundUsd(known);
  return { calls: count, usd: unknown ? null : knownUsd, known_usd: knownUsd, unknown_calls: unknown, unbilled_calls: unbilled };
}

/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`, `$0.00000013`: never `$1.3e-7`). */
export function usdText(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.0001) {
    const rounded = Number(value.toPrecision(2));
    // Decimals to its second significant digit, written out: a number under 1e-6 prints in exponent notation.
    return `$${rounded.toFixed(1 - Math.floor(Math.log10(Math.abs(rounded)))).replace(/\.?0+$/, '')}`;
  }
  return `$${value.toFixed(4).replace(/0{1,2}$/, '')}`;
}

/**
 * A cost for a reader: `$0.0123`; `$0.0123 + unknown for 2 calls` when some calls have no price;
 * `unknown for 2 calls`; `$0, not billed` when no call was billed (the offline provider, the build
 * cache, a replay).
 */
export function costText(total: CostTotal): string {
  const unknown = `unknown for ${total.unknown_calls} call${total.unknown_calls === 1 ? '' : 's'}`;
  if (total.usd === null) return total.known_usd ? `${usdText(total.known_usd)} + ${unknown}` : unknown;
  if (total.calls && total.unbilled_calls === total.calls) return '$0, not billed';
  return usdText(total.usd);
}
