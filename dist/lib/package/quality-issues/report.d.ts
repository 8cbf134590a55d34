import { type QualityReport } from './types.js';
/** A package's `logs/quality_issues.json`; null for a package made before there was one. */
export declare function readQualityReport(packageDir: string): QualityReport | null;
/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
export declare function renderQualityReport(report: QualityReport): string;
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
export declare const SUMMARY_TOP_ISSUES = 10;
/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
export declare function qualityIssuesSection(report: QualityReport): string[];
