import type { AriAnalysis } from '../../pipeline/analysis.js';
/** The analysis of a source, computed from its text alone. */
export declare function composeAnalysis(name: string, source: string): AriAnalysis;
