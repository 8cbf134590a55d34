import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { LyfeError } from '../errors.js';
import { validateSupertask_1_0, validateSupertask_1_1, type Validator } from './validators.generated.js';

export type SchemaVersion = '1.0' | '1.1';
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = ['1.0', '1.1'];
export const DEFAULT_SCHEMA_VERSION: SchemaVersion = '1.1';

/**
 * The repository root: the nearest folder above this module whose package.json is lyfe-kt's.
 * This module runs from src/pipeline (vitest), dist/lib/pipeline (the library) and dist/cli
 * (the bundle), so a fixed relative path would be wrong in two of the three.
 */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (manifest.name === 'lyfe-kt') return dir;
    } catch {
      // no package.json here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new LyfeError('cannot find the lyfe-kt package folder holding schema/', { fix: 'Reinstall lyfe-kt' });
    dir = parent;
  }
}

export function schemaPath(version: SchemaVersion): string {
  return path.join(packageRoot(), 'schema', `supertask_schema_v${version}.json`);
}

const schemas = new Map<SchemaVersion, Record<string, unknown>>();
/** Compiled from the shipped schemas at build time (scripts/validators.mjs). */
const validators: Record<SchemaVersion, Validator> = { '1.0': validateSupertask_1_0, '1.1': validateSupertask_1_1 };

/** The JSON Schema of a version, as shipped in `schema/`. */
export function loadSchema(version: SchemaVersion): Record<string, unknown> {
  let schema = schemas.get(version);
  if (!schema) {
    schema = JSON.parse(fs.readFileSync(schemaPath(version), 'utf8')) as Record<string, unknown>;
    schemas.set(version, schema);
  }
  return schema;
}

/** `/flexibleItems/0/content` -> `$.flexibleItems[0].content` */
function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${acc}.${part}` : `${acc}[${JSON.stringify(part)}]`), '$');
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

function describe(error: ErrorObject, root: unknown): string {
  const where = jsonPath(error.instancePath);
  const value = valueAt(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where}: missing required property "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `${where}: unexpected property "${String(params.additionalProperty)}"`;
    case 'maxLength':
    case 'minLength':
      return `${where}: ${error.message} (has ${typeof value === 'string' ? value.length : '?'})`;
    case 'maxItems':
    case 'minItems':
      return `${where}: ${error.message} (has ${Array.isArray(value) ? value.length : '?'})`;
    case 'maximum':
    case 'minimum':
      return `${where}: must be ${String(params.comparison)} ${String(params.limit)} (is ${JSON.stringify(value)})`;
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (is ${JSON.stringify(value)})`;
    case 'const':
      return `${where}: must be ${JSON.stringify(params.allowedValue)} (is ${JSON.stringify(value)})`;
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

/**
 * Reduces the errors of a `oneOf` over item types to those of the branch the item says it is
 * (its `type`): otherwise a quote with a long text reports every rule of content cards and
 * quizzes as well, and the one that matters is lost.
 */
function relevantErrors(errors: ErrorObject[], root: unknown, schema: Record<string, unknown>): ErrorObject[] {
  const branches = (((schema.properties as Record<string, any>)?.flexibleItems?.items?.oneOf ?? []) as { properties?: { type?: { const?: string } } }[]).map(
    (branch) => branch.properties?.type?.const,
  );
  const itemPath = /^\/flexibleItems\/(\d+)/;
  const branchOf = (error: ErrorObject): number | undefined => {
    const match = /\/flexibleItems\/items\/oneOf\/(\d+)\//.exec(error.schemaPath);
    return match ? Number(match[1]) : undefined;
  };
  const kept: ErrorObject[] = [];
  const unknownTypes = new Set<string>();
  for (const error of errors) {
    const item = itemPath.exec(error.instancePath);
    if (!item) {
      kept.push(error);
      continue;
    }
    const type = (valueAt(root, `/flexibleItems/${item[1]}`) as { type?: unknown } | undefined)?.type;
    const wanted = branches.indexOf(typeof type === 'string' ? type : undefined);
    if (wanted < 0) {
      unknownTypes.add(item[1] as string);
      continue;
    }
    if (error.keyword === 'oneOf' || branchOf(error) !== wanted) continue;
    kept.push(error);
  }
  for (const index of unknownTypes) {
    kept.push({
      keyword: 'enum',
      instancePath: `/flexibleItems/${index}/type`,
      schemaPath: '#/properties/flexibleItems/items/oneOf',
      params: { allowedValues: branches },
      message: 'must be an item type',
    });
  }
  return kept;
}

/** Human-readable errors of `value` against the supertask schema `version`, each with its JSON path; empty when valid. */
export function validateSupertask(value: unknown, version: SchemaVersion): string[] {
  const validate = validators[version];
  if (validate(value)) return [];
  const errors = relevantErrors(validate.errors ?? [], value, loadSchema(version)).map((error) => describe(error, value));
  return [...new Set(errors)];
}

export function isSchemaVersion(value: unknown): value is SchemaVersion {
  return SCHEMA_VERSIONS.includes(value as SchemaVersion);
}
