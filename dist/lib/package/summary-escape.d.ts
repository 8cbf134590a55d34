import type { SessionSummary } from '../records/session-model.js';
import type { QualityReport } from './quality-issues/types.js';
/**
 * Text that comes from users (file names) or the model (replies, validation errors) is escaped
 * before any view of a session is rendered: with `escapeInline` for GitHub (the job summary, the
 * comment), with `escapeMarkdown` for the package's own `execution_summary.md` (markdown.ts says why).
 */
export type EscapeText = (text: string) => string;
/** A copy of `summary` whose user and model text is escaped with `escape`, for the renderers of the package to lay out. */
export declare function escapeSummary(summary: SessionSummary, escape: EscapeText): SessionSummary;
/**
 * A copy of `report` whose file names, places and messages (they quote model text) are escaped
 * with `escape`; so are its ids and rules, and its counts and severities are ones the detector
 * gives, since a reported package's `quality_issues.json` says whatever its maker wrote.
 */
export declare function escapeQualityReport(report: QualityReport, escape: EscapeText): QualityReport;
