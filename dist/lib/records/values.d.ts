/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`). */
/** A finite number, else null. */
export declare const num: (value: unknown) => number | null;
/** A non-empty string, else null. */
export declare const str: (value: unknown) => string | null;
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
export declare const round4: (value: number) => number;
