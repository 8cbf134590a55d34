import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LyfeError } from '../errors.js';
import { validateSupertask_1_0, validateSupertask_1_1 } from './validators.generated.js';
export const SCHEMA_VERSIONS = ['1.0', '1.1'];
export const DEFAULT_SCHEMA_VERSION = '1.1';
/**
 * The repository root: the nearest folder above this module whose package.json is lyfe-kt's.
 * This module runs from src/pipeline (vitest), dist/lib/pipeline (the library) and dist/cli
 * (the bundle), so a fixed relative path would be wrong in two of the three.
 */
function packageRoot() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        try {
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
            if (manifest.name === 'lyfe-kt')
                return dir;
        }
        catch {
            // no package.json here: keep walking up
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            throw new LyfeError('cannot find the lyfe-kt package folder holding schema/', { fix: 'Reinstall lyfe-kt' });
        dir = parent;
    }
}
export function schemaPath(version) {
    return path.join(packageRoot(), 'schema', `supertask_schema_v${version}.json`);
}
const schemas = new Map();
/** Compiled from the shipped schemas at build time (scripts/validators.mjs). */
const validators = { '1.0': validateSupertask_1_0, '1.1': validateSupertask_1_1 };
/** The JSON Schema of a version, as shipped in `schema/`. */
export function loadSchema(version) {
    let schema = schemas.get(version);
    if (!schema) {
        schema = JSON.parse(fs.readFileSync(schemaPath(version), 'utf8'));
        schemas.set(version, schema);
    }
    return schema;
}
/** `/flexibleItems/0/content` -> `$.flexibleItems[0].content` */
function jsonPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${acc}.${part}` : `${acc}[${JSON.stringify(part)}]`), '$');
}
function valueAt(root, pointer) {
    let value = root;
    for (const part of pointer.split('/').slice(1)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return value;
}
function describe(error, root) {
    const where = jsonPath(error.instancePath);
    const value = valueAt(root, error.instancePath);
    const params = error.params;
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
            return `${where}: must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')} (is ${JSON.stringify(value)})`;
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
function relevantErrors(errors, root, schema) {
    const branches = (schema.properties?.flexibleItems?.items?.oneOf ?? []).map((branch) => branch.properties?.type?.const);
    const itemPath = /^\/flexibleItems\/(\d+)/;
    const branchOf = (error) => {
        const match = /\/flexibleItems\/items\/oneOf\/(\d+)\//.exec(error.schemaPath);
        return match ? Number(match[1]) : undefined;
    };
    const kept = [];
    const unknownTypes = new Set();
    for (const error of errors) {
        const item = itemPath.exec(error.instancePath);
        if (!item) {
            kept.push(error);
            continue;
        }
        const type = valueAt(root, `/flexibleItems/${item[1]}`)?.type;
        const wanted = branches.indexOf(typeof type === 'string' ? type : undefined);
        if (wanted < 0) {
            unknownTypes.add(item[1]);
            continue;
        }
        if (error.keyword === 'oneOf' || branchOf(error) !== wanted)
            continue;
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
export function validateSupertask(value, version) {
    const validate = validators[version];
    if (validate(value))
        return [];
    const errors = relevantErrors(validate.errors ?? [], value, loadSchema(version)).map((error) => describe(error, value));
    return [...new Set(errors)];
}
export function isSchemaVersion(value) {
    return SCHEMA_VERSIONS.includes(value);
}
