import { LyfeError } from '../errors.js';
import { type SupertaskDiff } from './content-diff.js';
import type { Budgets } from './budgets.js';
/**
 * `lyfe-kt compare`: what a change did to the lessons. Two packages (a base run, a head run) are
 * matched source file by source file; each source is added, removed, changed or unchanged by the
 * content of its files; a changed lesson gets a structural diff. Beside that, the run's numbers
 * from both `metadata.json` files, and the quality issues when both packages carry them.
 */
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';
export interface ComparedPackage {
    path: string;
    session_id: string | null;
    /** The manifest's digest: names the exact package compared. */
    digest: string | null;
    compressed: boolean;
    success: boolean | null;
    model: string | null;
}
/** What an output's own records say of its quality. */
export interface OutputQuality {
    valid: boolean;
    errors: string[];
    mobile_optimization_score: number | null;
    ari_persona_consistency: number | null;
}
export interface FileComparison {
    /** `<folder>/<name>` inside the package. */
    file: string;
    status: ChangeStatus;
    /** Supertasks (`03_output/*.json`) that changed and parse on both sides. */
    supertask?: SupertaskDiff;
    /** Supertasks: their quality on each side, null on a side without the file or without its record. */
    quality?: {
        base: OutputQuality | null;
        head: OutputQuality | null;
    };
}
export interface SourceComparison {
    /** The source file the files were made from (`01_raw/<name>`'s name), or the file itself when no record names its source. */
    source: string;
    status: ChangeStatus;
    /** The source's files; left out when the source is unchanged. */
    files?: FileComparison[];
}
/** A number of both runs; null where a run does not have it (unknown, never zero). */
export interface Delta {
    base: number | null;
    head: number | null;
    delta: number | null;
}
export declare const QUALITY_METRICS: readonly ["schema_compliance", "mobile_optimization_score", "ari_persona_consistency"];
export declare const RUN_METRICS: readonly ["schema_compliance", "mobile_optimization_score", "ari_persona_consistency", "total_api_calls", "total_tokens", "duration_seconds", "cost_usd"];
export type RunMetric = (typeof RUN_METRICS)[number];
export interface QualityIssue {
    rule: string;
    severity: string | null;
    file: string | null;
    message: string | null;
}
export interface IssueComparison {
    base: number | null;
    head: number | null;
    delta: number | null;
    /** Issues of the head run with no match (same rule, same file) in the base run; null when either run has no issue file. */
    new: QualityIssue[] | null;
}
export interface Comparison {
    base: ComparedPackage;
    head: ComparedPackage;
    counts: Record<ChangeStatus, number>;
    sources: SourceComparison[];
    metrics: Record<RunMetric, Delta>;
    quality_issues: IssueComparison;
}
/** `head - base`, rounded as the numbers are (`round`: to 4 places, as the quality scores are kept). */
export declare function deltaOf(base: number | null, head: number | null, round?: (value: number) => number): Delta;
/**
 * The change of a run metric, rounded as the runs keep it: dollars to 1e-8 (a run of a few cents
 * changes below 4 places), the scores and counts to 4 places.
 */
export declare function metricDelta(metric: RunMetric, base: number | null, head: number | null): Delta;
export declare function compareIssues(base: QualityIssue[] | null, head: QualityIssue[] | null): IssueComparison;
/** Compares two packages (folders, plain or compressed logs); each must pass `verify`. */
export declare function comparePackages(baseDir: string, headDir: string): Comparison;
export type BudgetName = 'max-quality-drop' | 'max-cost-increase' | 'max-new-issues';
export interface BudgetCheck {
    budget: BudgetName;
    limit: string;
    /** unknown: a value the budget needs is missing from a run; it neither passes nor fails. */
    status: 'pass' | 'fail' | 'unknown';
    /** One line that says what was checked and how it went. */
    message: string;
}
/** Checks each budget given; the order is the order of the options. */
export declare function checkBudgets(comparison: Comparison, budgets: Budgets): BudgetCheck[];
/** The error that makes a regression past a budget a failing exit (the CLI) or a failed step (the action). */
export declare function budgetError(checks: BudgetCheck[], headDir: string): LyfeError | null;
