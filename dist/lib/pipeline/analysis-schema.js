import { ARCHETYPES, DIMENSIONS } from './limits.js';
// The contract of an analysis reply: here, apart from the code that checks replies, so that
// scripts/validators.mjs can compile its validator at build time from the built module.
const text = { type: 'string', minLength: 1 };
const texts = { type: 'array', items: text };
/** The contract of an analysis reply; extra fields a model adds are kept, not refused. */
export const ANALYSIS_SCHEMA = {
    type: 'object',
    required: ['title', 'description', 'language', 'region', 'dimension', 'archetype', 'key_ideas', 'quotes', 'learning_objectives', 'tags', 'ari_analysis', 'coaching_opportunities'],
    properties: {
        title: { type: 'string', minLength: 1, maxLength: 200 },
        description: text,
        language: { enum: ['portuguese', 'english'] },
        region: text,
        dimension: { enum: DIMENSIONS },
        archetype: { enum: ARCHETYPES },
        key_ideas: { ...texts, minItems: 1, maxItems: 8 },
        quotes: {
            type: 'array',
            maxItems: 5,
            items: { type: 'object', required: ['text', 'author'], properties: { text, author: text } },
        },
        learning_objectives: texts,
        tags: texts,
        ari_analysis: {
            type: 'object',
            required: ['applicable_frameworks', 'total_frameworks_identified', 'content_analysis'],
            properties: {
                applicable_frameworks: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: text, evidence: { type: 'string' } } } },
                total_frameworks_identified: { type: 'integer', minimum: 0 },
                content_analysis: {
                    type: 'object',
                    required: ['word_count', 'primary_themes', 'complexity_level', 'language'],
                    properties: {
                        word_count: { type: 'integer', minimum: 0 },
                        primary_themes: texts,
                        complexity_level: { enum: ['beginner', 'intermediate', 'advanced'] },
                        language: { enum: ['portuguese', 'english'] },
                    },
                },
            },
        },
        coaching_opportunities: {
            type: 'array',
            items: {
                type: 'object',
                required: ['type', 'framework', 'suggestion', 'coaching_prompt'],
                properties: { type: text, framework: text, suggestion: text, coaching_prompt: text },
            },
        },
    },
};
