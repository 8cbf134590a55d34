// The TypeScript types of the shipped supertask schemas, generated with json-schema-to-typescript:
// `src/types/supertask-v<version>.ts`, one file per version, the same names in each. The build runs
// this before tsc; `test/types/schema-types.test.ts` fails when a committed file is not what the
// schema generates. `node scripts/schema-types.mjs` writes the files (only those whose text changed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { SCHEMA_VERSIONS, schemaFile } from './schema-files.mjs';

export { SCHEMA_VERSIONS };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The item variants of `flexibleItems`, named by their `type`. */
const ITEM_NAMES = { content: 'ContentItem', quote: 'QuoteItem', quiz: 'QuizItem' };

export const typesFile = (version) => path.join(root, 'src', 'types', `supertask-v${version}.ts`);

/**
 * The types of one schema version, as TypeScript source. The generator names a type after its
 * schema's `title`: the copy compiled here gets titles that make the names users import
 * (`Supertask`, `SupertaskItem`, `ContentItem`, ...) instead of one from the schema's display title.
 */
export async function schemaTypes(version) {
  const schema = JSON.parse(fs.readFileSync(schemaFile(version), 'utf8'));
  const { metadata, flexibleItems } = schema.properties;
  schema.title = 'Supertask';
  metadata.title = 'SupertaskMetadata';
  flexibleItems.items.title = 'SupertaskItem';
  for (const variant of flexibleItems.items.oneOf) {
    const name = ITEM_NAMES[variant.properties.type.const];
    if (!name) throw new Error(`${schemaFile(version)}: an item of type ${JSON.stringify(variant.properties.type.const)} has no type name in scripts/schema-types.mjs`);
    variant.title = name;
  }
  const banner = [
    `// Generated from schema/supertask_schema_v${version}.json by scripts/schema-types.mjs (json-schema-to-typescript).`,
    '// Do not edit: `npm run build` writes it again from the schema.',
  ].join('\n');
  // Min/max item counts stay in the doc comments: as tuple types they would be thousands of lines.
  return compile(schema, 'Supertask', { bannerComment: banner, ignoreMinAndMaxItems: true, additionalProperties: false });
}

/** Writes the types of every version whose text changed; returns the files written. */
export async function writeSchemaTypes() {
  const written = [];
  for (const version of SCHEMA_VERSIONS) {
    const text = await schemaTypes(version);
    const file = typesFile(version);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of await writeSchemaTypes()) console.log(`wrote ${path.relative(root, file)}`);
}
