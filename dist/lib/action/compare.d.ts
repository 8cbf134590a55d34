import type { Budgets } from '../package/budgets.js';
import { type BudgetCheck, type Comparison } from '../package/compare.js';
import { type BaseContext } from './base-package.js';
/** The comparison as the job summary and the comment render it. */
export interface ComparisonView {
    comparison: Comparison;
    checks: BudgetCheck[];
}
export interface BaseComparison {
    /** One line of the report (markdown, names escaped): what the run was compared with, or why it was not. */
    note: string;
    view?: ComparisonView;
    /** Why the job fails: an exceeded budget; with a budget set, a base that was there and could not be read. */
    problems: string[];
    /** A base that could not be had, for the step's log as an annotation. */
    warning?: string;
}
/**
 * Finds the base package named by `compareWith`, unpacks it under `scratch` and compares `headPackage`
 * with it. Never throws: no base is a line, a broken base a warning (a failure with a budget set).
 */
export declare function compareWithBase(compareWith: string, budgets: Budgets, headPackage: string | null, context: BaseContext, scratch: string): Promise<BaseComparison>;
