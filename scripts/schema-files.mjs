// The supertask schemas the package ships, `schema/supertask_schema_v<version>.json`: read by the
// scripts that generate their TypeScript types and their validators.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** Every version of the folder, in order (`SCHEMA_VERSIONS` in src/pipeline/schema.ts names the same files). */
export const SCHEMA_VERSIONS = fs
  .readdirSync(schemaDir)
  .flatMap((name) => /^supertask_schema_v(\d+\.\d+)\.json$/.exec(name)?.[1] ?? [])
  .sort();

export const schemaFile = (version) => path.join(schemaDir, `supertask_schema_v${version}.json`);
