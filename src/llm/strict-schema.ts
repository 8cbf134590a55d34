/**
 * OpenAI's Structured Outputs take a strict subset of JSON Schema ("Supported schemas" in the
 * Structured Outputs guide): the root is an object, every object lists all its properties in
 * `required` and sets `additionalProperties: false`, an optional property is a required one that
 * may be null, `oneOf` is spelled `anyOf`, every schema has a `type`, and only some keywords are
 * kept (string length limits, for one, are not). The real schema still decides what is valid: ajv checks every reply against
 * it, after `withoutNullOptionals` has taken out the nulls strict mode puts where a property is absent.
 */

type Schema = Record<string, unknown>;

/** The keywords strict mode accepts; any other is left out of the schema sent. */
const STRICT_KEYWORDS = new Set([
  'type',
  'description',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  '$ref',
  '$defs',
  'pattern',
  'format',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'minItems',
  'maxItems',
]);

/**
 * The type-specific keywords strict mode refuses in a fine-tuned model's schema ("Note these
 * constraints are not yet supported for fine-tuned models", Structured Outputs guide).
 */
const NOT_FOR_FINE_TUNED = new Set(['pattern', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'minItems', 'maxItems']);
const FINE_TUNED_KEYWORDS: ReadonlySet<string> = new Set([...STRICT_KEYWORDS].filter((keyword) => !NOT_FOR_FINE_TUNED.has(keyword)));

/** The string formats strict mode accepts. */
export const STRICT_FORMATS: ReadonlySet<string> = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

const strictSchemas = new WeakMap<Schema, Schema>();
const fineTunedSchemas = new WeakMap<Schema, Schema>();

/**
 * The strict-mode form of `schema`, computed once per schema object and deep-frozen: every request
 * of its kind sends the same object, and the record writer redacts it once (`redactValue`). For a
 * fine-tuned model, also without the type-specific keywords it is refused with.
 */
export function toStrictSchema(schema: Schema, { fineTuned = false }: { fineTuned?: boolean } = {}): Schema {
  const cache = fineTuned ? fineTunedSchemas : strictSchemas;
  let strict = cache.get(schema);
  if (!strict) {
    // A copy of its own: `strictNode` shares some values (`enum`, `description`) with `schema`.
    strict = deepFreeze(structuredClone(strictNode(schema, fineTuned ? FINE_TUNED_KEYWORDS : STRICT_KEYWORDS)));
    cache.set(schema, strict);
  }
  return strict;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function strictNode(node: Schema, keywords: ReadonlySet<string>): Schema {
  const strict = (inner: Schema): Schema => strictNode(inner, keywords);
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'oneOf' || key === 'anyOf') out.anyOf = (value as Schema[]).map(strict);
    else if (key === 'items' && isSchema(value)) out.items = strict(value);
    else if (key === '$defs' && isSchema(value)) out.$defs = Object.fromEntries(Object.entries(value).map(([name, def]) => [name, strict(def as Schema)]));
    else if (key === 'format' && !STRICT_FORMATS.has(value as string)) continue;
    else if (key === 'properties' || key === 'required' || key === 'additionalProperties') continue;
    else if (keywords.has(key)) out[key] = value;
  }
  // The API refuses a node without a `type` ("schema must have a 'type' key"), a lesson item's
  // `{ "const": "quiz" }` included: a constant or an enum gets the type of its values.
  const valuesType = out.type === undefined ? typeOfValues(out.const !== undefined ? [out.const] : out.enum) : undefined;
  if (valuesType) out.type = valuesType;
  if (isSchema(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    out.type = 'object';
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, property]) => {
        const converted = strict(property as Schema);
        return [name, required.has(name) ? converted : nullable(converted)];
      }),
    );
    out.required = Object.keys(node.properties);
    out.additionalProperties = false;
  }
  return out;
}

/** The JSON Schema type all of `values` have (`string`, `number`, `boolean`, `null`), or undefined when none or mixed. */
function typeOfValues(values: unknown): string | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const types = new Set(values.map((value) => (value === null ? 'null' : typeof value)));
  const [type] = types;
  return types.size === 1 && (type === 'string' || type === 'number' || type === 'boolean' || type === 'null') ? type : undefined;
}

/** `node`, also accepting null: how strict mode says a property may be absent. */
function nullable(node: Schema): Schema {
  if (Array.isArray(node.anyOf)) return { ...node, anyOf: [...node.anyOf, { type: 'null' }] };
  if (node.const !== undefined || node.$ref !== undefined || node.type === undefined) return { anyOf: [node, { type: 'null' }] };
  const types = Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
  const out: Schema = { ...node, type: types.includes('null') ? types : [...types, 'null'] };
  if (Array.isArray(node.enum) && !node.enum.includes(null)) out.enum = [...node.enum, null];
  return out;
}

/**
 * `value` with the nulls of optional properties taken out, reading `schema` (the real one) for
 * which properties are optional: a strict-mode reply says "absent" with null, the real schema with
 * absence. Properties the schema allows to be null are kept.
 */
export function withoutNullOptionals(value: unknown, schema: Schema): unknown {
  if (Array.isArray(value)) return isSchema(schema.items) ? value.map((item) => withoutNullOptionals(item, schema.items as Schema)) : value;
  if (!isSchema(value)) return value;
  const branches = matchingBranches(value, [schema, ...((schema.oneOf ?? schema.anyOf ?? []) as Schema[])].filter((branch) => isSchema(branch.properties)));
  const out: Schema = {};
  for (const [key, item] of Object.entries(value)) {
    const owners = branches.filter((branch) => isSchema((branch.properties as Schema)[key]));
    const property = (owners[0]?.properties as Schema | undefined)?.[key] as Schema | undefined;
    const optional = owners.length > 0 && owners.every((branch) => !((branch.required ?? []) as string[]).includes(key));
    if (item === null && optional && !acceptsNull(property)) continue;
    out[key] = property ? withoutNullOptionals(item, property) : item;
  }
  return out;
}

/**
 * The branches whose constants (`const`, `enum`: a lesson item's `type`) `value` has, when any
 * does: an item is read by its own type's properties (`author` is optional in a content item and
 * required in a quote). Else all of them.
 */
function matchingBranches(value: Schema, branches: Schema[]): Schema[] {
  const matches = branches.filter((branch) =>
    Object.entries(branch.properties as Schema).every(([key, property]) => {
      if (!isSchema(property) || !(key in value)) return true;
      if (property.const !== undefined) return property.const === value[key];
      return !Array.isArray(property.enum) || property.enum.includes(value[key]);
    }),
  );
  return matches.length > 0 ? matches : branches;
}

function acceptsNull(schema: Schema | undefined): boolean {
  if (!schema) return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('null') || (Array.isArray(schema.enum) && schema.enum.includes(null)) || schema.const === null;
}
