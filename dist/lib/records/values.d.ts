/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`), and their plain renderings. */
/** A finite number, else null. */
export declare const num: (value: unknown) => number | null;
/** A count of tokens: a whole number, not negative, else null (a server's `"1000"`, `1000.5` or `-1` says no count). */
export declare const count: (value: unknown) => number | null;
/** A usage's total tokens: its `total_tokens`, else (some compatible servers leave it out) prompt plus completion. */
export declare const totalTokens: (usage: {
    total_tokens?: unknown;
    prompt_tokens?: unknown;
    completion_tokens?: unknown;
}) => number;
/** A non-empty string, else null. */
export declare const str: (value: unknown) => string | null;
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
export declare const round4: (value: number) => number;
/** Strings in code-unit order: the same on every machine, whatever its locale, and without loading ICU's collation. */
export declare const byCodeUnits: (a: string, b: string) => number;
/**
 * A count with thousands separators, `12345` → `12,345`: the text of `toLocaleString('en-US')`,
 * without loading ICU's number formats, which the first call in a process does (11 ms and more,
 * a large part of packaging a small run). Counts are whole numbers; anything else goes to ICU.
 */
export declare const countText: (n: number) => string;
/** `1 file`, `2 files`, `1,200 supertasks`: a count with its noun. */
export declare const plural: (n: number, one: string, many?: string) => string;
