import type { SessionSummary } from '../records/session-model.js';
import type { QualityReport } from '../package/quality-issues/index.js';
/** A copy of `summary` whose user and model text is escaped, for the renderers of the package to lay out. */
export declare function escapeSummary(summary: SessionSummary): SessionSummary;
/** A copy of `report` whose file names, places and messages (they quote model text) are escaped. */
export declare function escapeQualityReport(report: QualityReport): QualityReport;
