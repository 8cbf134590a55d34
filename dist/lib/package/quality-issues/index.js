import path from 'node:path';
import { readSessionModel } from '../../records/session-read.js';
import { WorkFolders } from '../constants.js';
import { detectQualityIssues, RecordLocator } from './detect.js';
export { detectQualityIssues, OutputChecks, outputChecksAhead, RecordLocator } from './detect.js';
export * from './types.js';
export * from './report.js';
/**
 * The quality issues of a session not yet packaged (as `generate --fail-on` sees it): its records
 * from the global record files, its outputs in `outputDir`, its templates in `templateDir`.
 */
export function sessionQualityReport(options) {
    const records = new RecordLocator();
    const { summary } = readSessionModel(options.logDir, options.sessionId, { visit: (record, kind) => records.add(record, kind) });
    return detectQualityIssues({ summary, records, outputDir: options.outputDir, templateDir: options.templateDir });
}
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `known`: what the run already read and checked (`parsedTemplates`, `checkedOutputs`: see `QualityInputs`).
 */
export function packageQualityReport(packageDir, summary, records, known = {}) {
    return detectQualityIssues({
        summary,
        records,
        outputDir: path.join(packageDir, WorkFolders.output),
        templateDir: path.join(packageDir, WorkFolders.preprocessed),
        ...known,
    });
}
