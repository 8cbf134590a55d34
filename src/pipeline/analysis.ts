import { Ajv } from 'ajv';
import { parseJsonReply } from '../llm/call.js';
import { withoutNullOptionals } from '../llm/strict-schema.js';
import { ARCHETYPES, DIMENSIONS, type Archetype, type Dimension } from './limits.js';
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
  quotes: { text: string; author: string }[];
  learning_objectives: string[];
  tags: string[];
  ari_analysis: {
    applicable_frameworks: { name: string; evidence: string }[];
    total_frameworks_identified: number;
    content_analysis: {
      word_count: number;
      primary_themes: string[];
      complexity_level: 'beginner' | 'intermediate' | 'advanced';
      language: LanguageName;
    };
  };
  coaching_opportunities: { type: string; framework: string; suggestion: string; coaching_prompt: string }[];
}

const text = { type: 'string', minLength: 1 } as const;
const texts = { type: 'array', items: text } as const;

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
} as const;

const validate = new Ajv({ allErrors: true, strict: false }).compile(ANALYSIS_SCHEMA);

/** Parses and checks an analysis reply; the errors are fed back to the model by `callLlm`. */
export function checkAnalysisReply(reply: string): { value?: AriAnalysis; errors: string[] } {
  const parsed = parseJsonReply(reply);
  if ('errors' in parsed) return parsed;
  const value = withoutNullOptionals(parsed.value, ANALYSIS_SCHEMA as unknown as Record<string, unknown>);
  if (validate(value)) return { value: value as AriAnalysis, errors: [] };
  // An analysis that breaks its contract cannot make a template: no value, so callLlm gives up on it.
  return {
    errors: (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}${error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`),
  };
}
