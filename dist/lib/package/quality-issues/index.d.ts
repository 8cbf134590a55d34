import type { MarkdownInput } from '../../pipeline/inputs.js';
import type { SessionSummary } from '../../records/session-model.js';
import { RecordLocator } from './detect.js';
import { type QualityReport } from './types.js';
export { detectQualityIssues, RecordLocator, type QualityInputs } from './detect.js';
export * from './types.js';
/**
 * The quality issues of a session not yet packaged (as `generate --fail-on` sees it): its records
 * from the global record files, its outputs in `outputDir`, its templates in `templateDir`.
 */
export declare function sessionQualityReport(options: {
    logDir: string;
    sessionId: string;
    outputDir: string;
    templateDir: string;
}): QualityReport;
/** A package's `logs/quality_issues.json`; null for a package made before there was one. */
export declare function readQualityReport(packageDir: string): QualityReport | null;
/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
export declare function renderQualityReport(report: QualityReport): string;
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `parsedTemplates`: see `QualityInputs`.
 */
export declare function packageQualityReport(packageDir: string, summary: SessionSummary, records: RecordLocator, parsedTemplates?: ReadonlyMap<string, MarkdownInput>): QualityReport;
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
export declare const SUMMARY_TOP_ISSUES = 10;
/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
export declare function qualityIssuesSection(report: QualityReport): string[];
