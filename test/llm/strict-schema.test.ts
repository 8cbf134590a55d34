import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toStrictSchema, withoutNullOptionals } from '../../src/llm/strict-schema.js';
import { ANALYSIS_SCHEMA, checkAnalysisReply } from '../../src/pipeline/analysis.js';
import { composeAnalysis } from '../../src/pipeline/offline/analysis.js';
import { composeSupertask } from '../../src/pipeline/offline/supertask.js';
import { loadSchema, SCHEMA_VERSIONS, validateSupertask } from '../../src/pipeline/schema.js';
import { structuredReply } from '../fakes/openai-server.js';
import { strictModeViolations } from './strict-mode-checker.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

const analysisSchema = ANALYSIS_SCHEMA as unknown as Record<string, unknown>;
const shipped = [
  ...SCHEMA_VERSIONS.map((version) => ({ name: `supertask v${version}`, schema: loadSchema(version) })),
  { name: 'analysis', schema: analysisSchema },
];

const source = fs.readFileSync(new URL('../fixtures/content/arthurcbrooks_mostmeaning_extracted.md', import.meta.url), 'utf8');
const template = fs.readFileSync(new URL('../fixtures/reference/02_preprocessed/arthurcbrooks_mostmeaning_filled_template.md', import.meta.url), 'utf8');

describe('the strict-mode checker', () => {
  it('finds what breaks the rules in a schema as written', () => {
    expect(strictModeViolations(loadSchema('1.1'))).toEqual(
      expect.arrayContaining([
        '$: keyword $schema is not supported',
        '$.flexibleItems[]: keyword oneOf is not supported',
        '$.title: keyword minLength is not supported',
        '$.metadata: additionalProperties must be false',
        '$.metadata: property generated_by is not required',
      ]),
    );
    expect(strictModeViolations({ anyOf: [{ type: 'object' }] })).toContain('$: the root must not be anyOf');
    const bounded = { type: 'object', properties: { n: { type: 'integer', minimum: 0 } }, required: ['n'], additionalProperties: false };
    expect(strictModeViolations(bounded)).toEqual([]);
    expect(strictModeViolations(bounded, { fineTuned: true })).toEqual(['$.n: keyword minimum is not supported for fine-tuned models']);
    expect(strictModeViolations({ type: 'object', properties: { a: { type: 'string', format: 'uri' } }, required: ['a'], additionalProperties: false })).toEqual([
      '$.a: format uri is not supported',
    ]);
  });
});

describe.each(shipped)('the strict form of the $name schema', ({ schema }) => {
  const strict = toStrictSchema(schema);

  it('is accepted by the strict-mode checker', () => {
    expect(strictModeViolations(strict)).toEqual([]);
  });

  it("for a fine-tuned model: accepted by the checker with a fine-tuned model's rules, and compiled by ajv", () => {
    const fineTuned = toStrictSchema(schema, { fineTuned: true });
    expect(strictModeViolations(strict, { fineTuned: true })).not.toEqual([]);
    expect(strictModeViolations(fineTuned, { fineTuned: true })).toEqual([]);
    expect(() => ajv.compile(fineTuned)).not.toThrow();
    expect(toStrictSchema(schema, { fineTuned: true })).toBe(fineTuned);
  });

  it('is a JSON Schema ajv compiles, and leaves the shipped schema as it was', () => {
    const before = JSON.stringify(schema);
    expect(() => ajv.compile(strict)).not.toThrow();
    expect(toStrictSchema(schema)).toBe(strict);
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('is deep-frozen, and the shipped schema stays as mutable as it was', () => {
    const objects = (value: unknown): object[] => (value && typeof value === 'object' ? [value, ...Object.values(value).flatMap(objects)] : []);
    expect(objects(strict).every((inner) => Object.isFrozen(inner))).toBe(true);
    expect(objects(schema).some((inner) => Object.isFrozen(inner))).toBe(false);
  });
});

describe('a Structured Outputs reply', () => {
  it.each(SCHEMA_VERSIONS)('of supertask v%s: its nulls taken out, ajv validates it against the real schema', (version) => {
    for (const level of ['beginner', 'advanced'] as const) {
      const lesson = composeSupertask({ name: 'arthurcbrooks_mostmeaning_filled_template', template, level, schemaVersion: version, timestamp: '2026-01-01T00:00:00Z' });
      const strict = toStrictSchema(loadSchema(version));
      const reply = JSON.parse(structuredReply(JSON.stringify(lesson), { model: 'm', messages: [], response_format: { type: 'json_schema', json_schema: { name: 's', schema: strict } } }));

      expect(ajv.validate(strict, reply), JSON.stringify(ajv.errors)).toBe(true);
      expect(JSON.stringify(reply)).toContain('null');
      expect(validateSupertask(reply, version)).not.toEqual([]);
      const cleaned = withoutNullOptionals(reply, loadSchema(version));
      expect(cleaned).toEqual(lesson);
      expect(validateSupertask(cleaned, version)).toEqual([]);
    }
  });

  it.each(SCHEMA_VERSIONS)("of supertask v%s: a content item's null author is taken out by the content item's own properties (a quote's author is required)", (version) => {
    const lesson = composeSupertask({ name: 'arthurcbrooks_mostmeaning_filled_template', template, level: 'beginner', schemaVersion: version, timestamp: '2026-01-01T00:00:00Z' });
    const items = lesson.flexibleItems as Record<string, unknown>[];
    const content = items.filter((item) => item.type === 'content');
    expect(content.length).toBeGreaterThan(0);
    for (const item of content) delete item.author;
    const reply = { ...lesson, flexibleItems: items.map((item) => (item.type === 'content' ? { ...item, author: null } : item)) };

    expect(validateSupertask(reply, version)).not.toEqual([]);
    const cleaned = withoutNullOptionals(reply, loadSchema(version));
    expect(cleaned).toEqual(lesson);
    expect(validateSupertask(cleaned, version)).toEqual([]);
  });

  it('of the analysis: accepted by the analysis check', () => {
    const analysis = composeAnalysis('arthurcbrooks_mostmeaning', source);
    (analysis.ari_analysis.applicable_frameworks[0] as { evidence?: string }).evidence = undefined;
    const plain = JSON.parse(JSON.stringify(analysis));
    const reply = structuredReply(JSON.stringify(plain), { model: 'm', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'a', schema: toStrictSchema(analysisSchema) } } });

    expect(reply).toContain('"evidence": null');
    expect(checkAnalysisReply(reply)).toEqual({ value: plain, errors: [] });
  });

  it('keeps a null where the schema allows one, and a required property even when null', () => {
    const schema = {
      type: 'object',
      required: ['kept'],
      properties: { kept: { type: 'string' }, nullable: { type: ['string', 'null'] }, gone: { type: 'string' } },
    };
    expect(withoutNullOptionals({ kept: null, nullable: null, gone: null }, schema)).toEqual({ kept: null, nullable: null });
  });

  it('makes optional properties nullable in every shape: typed, enum, const (typed as its value, which the API requires) and anyOf', () => {
    const strict = toStrictSchema({
      type: 'object',
      properties: {
        text: { type: 'string', minLength: 3 },
        level: { enum: ['a', 'b'] },
        kind: { const: 'x' },
        either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      },
    });
    expect(strict).toEqual({
      type: 'object',
      properties: {
        text: { type: ['string', 'null'] },
        level: { enum: ['a', 'b', null], type: ['string', 'null'] },
        kind: { anyOf: [{ const: 'x', type: 'string' }, { type: 'null' }] },
        either: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
      },
      required: ['text', 'level', 'kind', 'either'],
      additionalProperties: false,
    });
  });
});
