import type { SessionSummary } from '../records/session-model.js';
import { type QualityReport } from './quality-issues/index.js';
/** `267` → `4 minutes, 27 seconds`. */
export declare function humanDuration(seconds: number | null): string;
/** With `quality`, the quality issues follow the metrics. */
export declare function renderExecutionSummary(summary: SessionSummary, quality?: QualityReport): string;
