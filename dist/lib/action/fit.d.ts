/**
 * Cutting markdown down to a size limit at a line boundary, closing what the cut leaves open (a
 * code fence, `<details>` blocks) and ending with a note that says so. Never fails: a view over
 * GitHub's limit is shortened, not refused.
 */
export type Measure = (text: string) => number;
export declare const bytes: Measure;
export declare const chars: Measure;
export declare function fitMarkdown(text: string, limit: number, measure: Measure, note: string): string;
