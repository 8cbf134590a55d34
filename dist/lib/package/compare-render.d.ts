import type { BudgetCheck, Comparison } from './compare.js';
import type { SupertaskItem } from './content-diff.js';
import { type Measure } from './markdown.js';
/** What an item says, on one line: its text, and for a quiz its options with the answer. */
export declare function itemText(item: SupertaskItem): string;
export declare function renderComparisonText(comparison: Comparison, checks: BudgetCheck[]): string;
export interface MarkdownLimit {
    limit: number;
    measure: Measure;
}
/** The comparison in GitHub markdown, every text from a package escaped, cut to `limit` when longer. */
export declare function renderComparisonMarkdown(comparison: Comparison, checks: BudgetCheck[], { limit, measure }: MarkdownLimit): string;
