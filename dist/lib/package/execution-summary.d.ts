import { type CostSummary, type SessionSummary } from '../records/session-model.js';
import { type QualityReport } from './quality-issues/types.js';
/** `267` → `4 minutes, 27 seconds`. */
export declare function humanDuration(seconds: number | null): string;
/** The session's duration; why it is unknown when its end was recorded before its start. The summary's and the viewer's. */
export declare function totalDuration(summary: SessionSummary): string;
/** A call's cost in a table cell: dollars, `unknown`, or `not billed` (the offline provider, the build cache, a replay). */
export declare function callCostText(cost: number | null, billed: boolean | undefined): string;
/**
 * `$0.0123 (prices as of 2026-12-01)`, with the known part and the unknown calls when some call
 * has no price, and the cost of each stage when more than one made calls.
 */
export declare function costLine(cost: CostSummary): string;
/** The session's model, then the others its calls were answered by or only sent to: the summary's and the viewer's Model. */
export declare function modelText(summary: SessionSummary): string;
/** With `quality`, the quality issues follow the metrics. */
export declare function renderExecutionSummary(summary: SessionSummary, quality?: QualityReport): string;
