import { type CostSummary, type SessionSummary } from '../records/session-model.js';
import { type QualityReport } from './quality-issues/types.js';
/** `267` → `4 minutes, 27 seconds`. */
export declare function humanDuration(seconds: number | null): string;
/** A call's cost in a table cell: dollars, `unknown`, or `not billed` (the offline provider, the build cache, a replay). */
export declare function callCostText(cost: number | null, billed: boolean | undefined): string;
/**
 * `$0.0123 (prices as of 2026-12-01)`, with the known part and the unknown calls when some call
 * has no price, and the cost of each stage when more than one made calls.
 */
export declare function costLine(cost: CostSummary): string;
/** With `quality`, the quality issues follow the metrics. */
export declare function renderExecutionSummary(summary: SessionSummary, quality?: QualityReport): string;
