import type { SessionSummary } from '../../records/session-model.js';
import { RecordLocator, type QualityInputs } from './detect.js';
import type { QualityReport } from './types.js';
export { detectQualityIssues, OutputChecks, outputChecksAhead, RecordLocator, type CheckedOutput, type QualityInputs } from './detect.js';
export * from './types.js';
export * from './report.js';
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
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `known`: what the run already read and checked (`parsedTemplates`, `checkedOutputs`: see `QualityInputs`).
 */
export declare function packageQualityReport(packageDir: string, summary: SessionSummary, records: RecordLocator, known?: Pick<QualityInputs, 'parsedTemplates' | 'checkedOutputs'>): QualityReport;
