import type { AriAnalysis } from '../analysis.js';
/** The analysis of a source, computed from its text alone. */
export declare function composeAnalysis(name: string, source: string): AriAnalysis;
