import shipped from './prices.json' with { type: 'json' };
import path from 'node:path';
export const SHIPPED_PRICES = shipped;
let chosen;
/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
export function usePriceTable(table) {
    chosen = table;
}
/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
export function activePriceTable() {
    return chosen ?? SHIPPED_PRICES;
}
export function priceTableInfo(table) {
    return { as_of: table.as_of, source: table.source, ...(table.file ? { file: table.file } : {}) };
}
/** Whether two packages' tables are one: the same date and source, from the same file (or none: the shipped table). */
export function sameTable(a, b) {
    return a.as_of === b.as_of && a.source === b.source && (a.file === b.file || (a.file !== undefined && b.file !== undefined && path.resolve(a.file) === path.resolve(b.file)));
}
/** A dated snapshot, `gpt-4o-2024-08-06`: priced as its model, `gpt-4o`. */
const SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;
/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
export function priceOf(table, model) {
    // Own entries only: a model named `constructor` or `toString` has no price.
    const own = (name) => (Object.hasOwn(table.models, name) ? table.models[name] : undefined);
    return own(model) ?? own(model.replace(SNAPSHOT, '')) ?? null;
}
/** US dollars for the tokens at `price`. */
export function tokensCost(price, tokens) {
    const cached = Math.min(tokens.cached_tokens, tokens.prompt_tokens);
    return ((tokens.prompt_tokens - cached) * price.input + cached * (price.cached_input ?? price.input) + tokens.completion_tokens * price.output) / 1_000_000;
}
/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
export const roundUsd = (value) => Math.round(value * 1e8) / 1e8;
/** The total of calls, each with its cost (null: unknown) and whether it was billed. */
export function costTotal(calls) {
    let count = 0;
    let known = 0;
    let unknown = 0;
    let unbilled = 0;
    for (const call of calls) {
        count += 1;
        if (!call.billed)
            unbilled += 1;
        if (call.cost_usd === null)
            unknown += 1;
        else
            known += call.cost_usd;
    }
    const knownUsd = roundUsd(known);
    return { calls: count, usd: unknown ? null : knownUsd, known_usd: knownUsd, unknown_calls: unknown, unbilled_calls: unbilled };
}
/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`, `$0.00000013`: never `$1.3e-7`). */
export function usdText(value) {
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
export function costText(total) {
    const unknown = `unknown for ${total.unknown_calls} call${total.unknown_calls === 1 ? '' : 's'}`;
    if (total.usd === null)
        return total.known_usd ? `${usdText(total.known_usd)} + ${unknown}` : unknown;
    if (total.calls && total.unbilled_calls === total.calls)
        return '$0, not billed';
    return usdText(total.usd);
}
