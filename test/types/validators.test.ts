import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { ANALYSIS_SCHEMA } from '../../src/pipeline/analysis-schema.js';
import { validateAnalysisReply, validateSupertask_1_1 } from '../../src/pipeline/validators.generated.js';
// @ts-expect-error a build script in plain JavaScript, without declarations
import { validatorsFile, validatorsSource } from '../../scripts/validators.mjs';

describe('the validators compiled at build time', () => {
  test('are what the shipped schemas and the analysis reply schema generate today', () => {
    expect(fs.readFileSync(validatorsFile, 'utf8'), 'src/pipeline/validators.generated.ts is stale: run `npm run build`').toBe(validatorsSource(ANALYSIS_SCHEMA));
  });

  test('find the same errors as ajv compiling the schema at run time', () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve('schema/supertask_schema_v1.1.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (ajv: Ajv) => Ajv)(ajv);
    const compiled = ajv.compile(schema);
    const lesson = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/reference/03_output/arthurcbrooks_mostmeaning_filled_template_beginner.json'), 'utf8')) as Record<string, unknown>;
    const broken = { ...lesson, title: '', estimatedDuration: -1, metadata: { ...(lesson.metadata as object), created_at: 'yesterday' }, flexibleItems: [{ type: 'quote', content: 'x'.repeat(400) }, { type: 'card' }] };
    for (const value of [lesson, broken, {}, null]) {
      expect(validateSupertask_1_1(value)).toBe(compiled(value));
      expect(validateSupertask_1_1.errors ?? null).toEqual(compiled.errors ?? null);
    }
    expect(validateSupertask_1_1(broken)).toBe(false);
    expect(validateAnalysisReply({ title: 'x' })).toBe(false);
    expect(validateAnalysisReply.errors?.map((error) => error.params)).toContainEqual({ missingProperty: 'description' });
  });
});
