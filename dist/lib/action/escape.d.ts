import type { SessionSummary } from '../records/session-model.js';
/** A copy of `summary` whose user and model text is escaped, for the renderers of the package to lay out. */
export declare function escapeSummary(summary: SessionSummary): SessionSummary;
