import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { OFFLINE_REFERENCE_TIME } from '../../src/pipeline/offline/provider.js';
import { composeSupertask } from '../../src/pipeline/offline/supertask.js';
import { validateSupertask } from '../../src/pipeline/schema.js';
// @ts-expect-error a build script in plain JavaScript, without declarations
import { SCHEMA_VERSIONS, schemaTypes, typesFile } from '../../scripts/schema-types.mjs';
import { useTempDir } from '../helpers/temp-dir.js';

describe('the supertask types', () => {
  test.each(SCHEMA_VERSIONS as string[])('of schema v%s are what json-schema-to-typescript generates from the shipped schema', async (version) => {
    const committed = fs.readFileSync(typesFile(version), 'utf8');
    // On a failure: `npm run types` (or `npm run build`) writes the file again; commit it.
    expect(committed).toBe(await schemaTypes(version));
  });

  const tempDir = useTempDir('lyfe-kt-types-');

  /** The diagnostics of `code`, type-checked beside src/ as `src/<name>.ts` would be. */
  function check(code: string): string[] {
    const file = path.join(tempDir(), 'check.ts');
    fs.writeFileSync(file, code.replaceAll('SRC/', `${path.resolve('src')}/`));
    const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, resolveJsonModule: true, types: [], lib: ['lib.es2022.d.ts'], skipLibCheck: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  test('accept a supertask the schema accepts, and refuse what the schema refuses', () => {
    // A supertask as the offline writer makes it from a real filled template: valid, and holding every kind of item.
    const template = fs.readFileSync('test/fixtures/reference/02_preprocessed/arthurcbrooks_mostmeaning_filled_template.md', 'utf8');
    const supertask = composeSupertask({ name: 'arthurcbrooks_mostmeaning', template, level: 'advanced', schemaVersion: '1.1', timestamp: OFFLINE_REFERENCE_TIME });
    expect(validateSupertask(supertask, '1.1')).toEqual([]);
    expect(new Set(supertask.flexibleItems.map((item) => item.type))).toEqual(new Set(['content', 'quote', 'quiz']));
    // The same object as a literal, so that its string fields keep their literal types.
    const literal = JSON.stringify(supertask);
    const misspelt = JSON.stringify({ ...supertask, flexibleItems: [{ ...supertask.flexibleItems[0], contnet: 'x' }, ...supertask.flexibleItems.slice(1)] });
    expect(validateSupertask(JSON.parse(misspelt), '1.1')).not.toEqual([]);
    expect(
      check(`
        import type { Supertask, SupertaskItem } from 'SRC/types/supertask-v1.1.js';
        export const ok: Supertask = ${literal};
        // @ts-expect-error an item field misspelt, which the schema refuses too (additionalProperties: false)
        export const wrong: Supertask = ${misspelt};
        export function text(item: SupertaskItem): string {
          switch (item.type) {
            case 'content': return item.content + (item.tips ?? []).join();
            case 'quote': return item.author;
            case 'quiz': return item.options[item.correctAnswer] ?? item.explanation;
          }
        }`),
    ).toEqual([]);
  });
});
