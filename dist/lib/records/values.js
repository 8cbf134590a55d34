/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`). */
/** A finite number, else null. */
export const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A non-empty string, else null. */
export const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
export const round4 = (value) => Math.round(value * 10_000) / 10_000;
