import type { SessionSummary } from '../records/session-model.js';
/** `267` → `4 minutes, 27 seconds`. */
export declare function humanDuration(seconds: number | null): string;
export declare function renderExecutionSummary(summary: SessionSummary): string;
