import { ANALYSIS_SCHEMA } from './analysis-schema.js';
import type { Archetype, Dimension } from './limits.js';
import type { LanguageName } from './language.js';
/** What the analysis call returns for one source, written as `<name>_ari_analysis.json`. */
export interface AriAnalysis {
    title: string;
    description: string;
    language: LanguageName;
    region: string;
    dimension: Dimension;
    archetype: Archetype;
    /** Sentences or short passages of the source that carry its main ideas, in source order. */
    key_ideas: string[];
    quotes: {
        text: string;
        author: string;
    }[];
    learning_objectives: string[];
    tags: string[];
    ari_analysis: {
        applicable_frameworks: {
            name: string;
            evidence: string;
        }[];
        total_frameworks_identified: number;
        content_analysis: {
            word_count: number;
            primary_themes: string[];
            complexity_level: 'beginner' | 'intermediate' | 'advanced';
            language: LanguageName;
        };
    };
    coaching_opportunities: {
        type: string;
        framework: string;
        suggestion: string;
        coaching_prompt: string;
    }[];
}
export { ANALYSIS_SCHEMA };
/** Parses and checks an analysis reply; the errors are fed back to the model by `callLlm`. */
export declare function checkAnalysisReply(reply: string): {
    value?: AriAnalysis;
    errors: string[];
};
