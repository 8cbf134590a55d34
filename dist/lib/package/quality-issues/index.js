import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { readSessionModel } from '../../records/session-read.js';
import { LOGS_DIR, LogFiles, WorkFolders } from '../constants.js';
import { detectQualityIssues, RecordLocator } from './detect.js';
import { qualityCounts } from './types.js';
export { detectQualityIssues, RecordLocator } from './detect.js';
export * from './types.js';
/**
 * The quality issues of a session not yet packaged (as `generate --fail-on` sees it): its records
 * from the global record files, its outputs in `outputDir`, its templates in `templateDir`.
 */
export function sessionQualityReport(options) {
    const records = new RecordLocator();
    const { summary } = readSessionModel(options.logDir, options.sessionId, { visit: (record, kind) => records.add(record, kind) });
    return detectQualityIssues({ summary, records, outputDir: options.outputDir, templateDir: options.templateDir });
}
/** A package's `logs/quality_issues.json`; null for a package made before there was one. */
export function readQualityReport(packageDir) {
    const file = path.join(packageDir, LOGS_DIR, LogFiles.qualityIssues);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new LyfeError(`cannot read it: ${error.message}`, { file, fix: 'Check its permissions', cause: error });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`it is not JSON: ${error.message}`, { file, fix: 'Run `lyfe-kt verify` on the package to see what changed', cause: error });
    }
}
/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
export function renderQualityReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `parsedTemplates`: see `QualityInputs`.
 */
export function packageQualityReport(packageDir, summary, records, parsedTemplates) {
    return detectQualityIssues({
        summary,
        records,
        outputDir: path.join(packageDir, WorkFolders.output),
        templateDir: path.join(packageDir, WorkFolders.preprocessed),
        parsedTemplates,
    });
}
const SEVERITY_ICONS = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
export const SUMMARY_TOP_ISSUES = 10;
/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
export function qualityIssuesSection(report) {
    const lines = ['## Quality Issues', `- **Found**: ${qualityCounts(report.counts)}${report.issues.length ? ` (every one in \`${LogFiles.qualityIssues}\`, with the records that show it; open \`${LogFiles.viewer}\` to follow them)` : ''}`];
    for (const issue of report.issues.slice(0, SUMMARY_TOP_ISSUES)) {
        const where = issue.file ? ` in ${issue.file}${issue.path ? ` at ${issue.path}` : ''}` : '';
        lines.push(`- ${SEVERITY_ICONS[issue.severity]} **${issue.id} ${issue.rule}**${where}: ${issue.message}`);
    }
    if (report.issues.length > SUMMARY_TOP_ISSUES)
        lines.push(`- … and ${report.issues.length - SUMMARY_TOP_ISSUES} more in \`${LogFiles.qualityIssues}\``);
    return lines;
}
