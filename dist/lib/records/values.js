/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`), and their plain renderings. */
/** A finite number, else null. */
export const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A count of tokens: a whole number, not negative, else null (a server's `"1000"`, `1000.5` or `-1` says no count). */
export const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null);
/** A usage's total tokens: its `total_tokens`, else (some compatible servers leave it out) prompt plus completion. */
export const totalTokens = (usage) => count(usage.total_tokens) ?? (count(usage.prompt_tokens) ?? 0) + (count(usage.completion_tokens) ?? 0);
/** A non-empty string, else null. */
export const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
export const round4 = (value) => Math.round(value * 10_000) / 10_000;
/** Strings in code-unit order: the same on every machine, whatever its locale, and without loading ICU's collation. */
export const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * A count with thousands separators, `12345` → `12,345`: the text of `toLocaleString('en-US')`,
 * without loading ICU's number formats, which the first call in a process does (11 ms and more,
 * a large part of packaging a small run). Counts are whole numbers; anything else goes to ICU.
 */
export const countText = (n) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));
/** `1 file`, `2 files`, `1,200 supertasks`: a count with its noun. */
export const plural = (n, one, many = `${one}s`) => `${countText(n)} ${n === 1 ? one : many}`;
