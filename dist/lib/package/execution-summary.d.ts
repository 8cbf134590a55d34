import type { SessionSummary } from './summary.js';
/** `2025-01-18T17:30:45.123Z` → `2025-01-18 17:30:45 UTC`. */
export declare function humanTime(iso: string | null): string;
/** `267` → `4 minutes, 27 seconds`. */
export declare function humanDuration(seconds: number | null): string;
export declare function renderExecutionSummary(summary: SessionSummary): string;
