import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MobileLimits } from '../../src/pipeline/limits.js';
import { loadSchema, schemaPath, validateSupertask } from '../../src/pipeline/schema.js';
import { REFERENCE } from './support.js';

const passing = () => JSON.parse(fs.readFileSync(path.join(REFERENCE, '03_output/level_1_foundation.json'), 'utf8'));

describe('supertask schemas', () => {
  test('are the files shipped in schema/', () => {
    expect(schemaPath('1.1')).toBe(path.resolve('schema/supertask_schema_v1.1.json'));
    expect(loadSchema('1.0').$id).toBe('https://lyfe.app/schemas/supertask/v1.0');
    expect(loadSchema('1.1').$id).toBe('https://lyfe.app/schemas/supertask/v1.1');
  });

  test('the mobile limits the code writes and scores against are those of v1.1', () => {
    const schema = loadSchema('1.1') as any;
    const [content, quote, quiz] = schema.properties.flexibleItems.items.oneOf.map((branch: any) => branch.properties);
    const range = (node: any, prefix: 'Length' | 'Items' | '') => ({ min: node[`min${prefix}`] ?? node.minimum ?? 0, max: node[`max${prefix}`] ?? node.maximum });
    expect(MobileLimits.items).toEqual(range(schema.properties.flexibleItems, 'Items'));
    expect(MobileLimits.duration).toEqual(range(schema.properties.estimatedDuration, ''));
    expect(MobileLimits.content).toEqual(range(content.content, 'Length'));
    expect(MobileLimits.tip).toEqual(range(content.tips.items, 'Length'));
    expect(MobileLimits.tips).toEqual(range(content.tips, 'Items'));
    expect(MobileLimits.quote).toEqual(range(quote.content, 'Length'));
    expect(MobileLimits.author).toEqual(range(quote.author, 'Length'));
    expect(MobileLimits.question).toEqual(range(quiz.question, 'Length'));
    expect(MobileLimits.option).toEqual(range(quiz.options.items, 'Length'));
    expect(MobileLimits.options).toEqual(range(quiz.options, 'Items'));
    expect(MobileLimits.explanation).toEqual(range(quiz.explanation, 'Length'));
    expect(MobileLimits.title).toEqual(range(schema.properties.title, 'Length'));
  });

  test('a valid supertask has no errors under either version', () => {
    expect(validateSupertask(passing(), '1.1')).toEqual([]);
    expect(validateSupertask(passing(), '1.0')).toEqual([]);
  });

  test('v1.0 allows what v1.1 refuses for phones', () => {
    const long = { ...passing(), estimatedDuration: 1200 };
    expect(validateSupertask(long, '1.0')).toEqual([]);
    expect(validateSupertask(long, '1.1')).toEqual(['$.estimatedDuration: must be <= 600 (is 1200)']);
  });

  test('reports an item by the rules of its own type only', () => {
    const supertask = passing();
    supertask.flexibleItems[3] = { type: 'quote', content: 'short' };
    supertask.flexibleItems[4] = { type: 'video', url: 'x' };
    supertask.extra = true;
    delete supertask.metadata.language;
    expect(validateSupertask(supertask, '1.1').sort()).toEqual(
      [
        '$: unexpected property "extra"',
        '$.flexibleItems[3]: missing required property "author"',
        '$.flexibleItems[3].content: must NOT have fewer than 20 characters (has 5)',
        '$.flexibleItems[4].type: must be one of "content", "quote", "quiz" (is "video")',
        '$.metadata: missing required property "language"',
      ].sort(),
    );
  });

  test('are found from the built library too (dist/lib/pipeline)', () => {
    const built = path.resolve('dist/lib/pipeline/schema.js');
    const script = `import(${JSON.stringify(built)}).then((m) => console.log(JSON.stringify(m.validateSupertask({}, '1.1').length > 0 && m.schemaPath('1.0'))))`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: '/', encoding: 'utf8' });
    expect(JSON.parse(out)).toBe(path.resolve('schema/supertask_schema_v1.0.json'));
  });
});
