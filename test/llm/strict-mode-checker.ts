/**
 * A checker of OpenAI's Structured Outputs rules, written from the "Supported schemas" section of
 * the Structured Outputs guide (independently of src/llm/strict-schema.ts): it lists every way a
 * schema breaks them. Empty means the API would accept the schema with `strict: true`.
 *
 * - Types: string, number, boolean, integer, object, array, null (in a union), enum, const, anyOf.
 *   Every schema names its `type` (an `anyOf` or a `$ref` aside): the API refuses a bare
 *   `{ "const": "quiz" }` with "In context=('properties', 'type'), schema must have a 'type' key."
 * - The root is an object, not an anyOf.
 * - Every object sets `additionalProperties: false` and lists all of its properties in `required`.
 * - Keywords: string `pattern`, `format`; number `multipleOf`, `maximum`, `exclusiveMaximum`,
 *   `minimum`, `exclusiveMinimum`; array `minItems`, `maxItems`; `$ref`/`$defs`, `description`.
 *   Not `allOf`, `not`, `oneOf`, `if`/`then`/`else`, `dependentRequired`, `dependentSchemas`,
 *   `patternProperties`, `minLength`/`maxLength`, ...
 * - Formats: date-time, time, date, duration, email, hostname, ipv4, ipv6, uuid.
 * - A fine-tuned model (`ft:...`) takes none of those type-specific keywords ("Note these
 *   constraints are not yet supported for fine-tuned models"): no `pattern`, `format`, number
 *   bounds or `multipleOf`, `minItems` or `maxItems`.
 * - At most 5000 properties and 10 levels of object nesting; at most 1000 enum values; property
 *   names, definition names, enum and const values at most 120,000 characters in all.
 */

const TYPES = new Set(['string', 'number', 'boolean', 'integer', 'object', 'array', 'null']);
const FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);
const ALLOWED = new Set([
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

/** The type-specific keywords a fine-tuned model's strict schema may not have. */
const NOT_FOR_FINE_TUNED = new Set(['pattern', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'minItems', 'maxItems']);

type Node = Record<string, any>;

export function strictModeViolations(schema: Node, { fineTuned = false }: { fineTuned?: boolean } = {}): string[] {
  const problems: string[] = [];
  const totals = { properties: 0, enumValues: 0, chars: 0 };
  if (schema.type !== 'object') problems.push('$: the root must be an object');
  if (schema.anyOf) problems.push('$: the root must not be anyOf');

  const visit = (node: Node, where: string, depth: number): void => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${where}: not a schema`);
      return;
    }
    for (const key of Object.keys(node)) if (!ALLOWED.has(key)) problems.push(`${where}: keyword ${key} is not supported`);
    if (fineTuned) for (const key of Object.keys(node)) if (NOT_FOR_FINE_TUNED.has(key)) problems.push(`${where}: keyword ${key} is not supported for fine-tuned models`);
    const types: unknown[] = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
    for (const type of types) if (!TYPES.has(type as string)) problems.push(`${where}: type ${String(type)} is not supported`);
    if (types.length === 0 && node.anyOf === undefined && node.$ref === undefined) {
      problems.push(`${where}: no type`);
    }
    if (node.format !== undefined && !FORMATS.has(node.format)) problems.push(`${where}: format ${node.format} is not supported`);
    if (Array.isArray(node.enum)) {
      totals.enumValues += node.enum.length;
      for (const value of node.enum) if (typeof value === 'string') totals.chars += value.length;
    }
    if (typeof node.const === 'string') totals.chars += node.const.length;
    if (types.includes('object') || node.properties) {
      if (depth > 10) problems.push(`${where}: more than 10 levels of nesting`);
      if (node.additionalProperties !== false) problems.push(`${where}: additionalProperties must be false`);
      const names = Object.keys(node.properties ?? {});
      const required = new Set(node.required ?? []);
      for (const name of names) if (!required.has(name)) problems.push(`${where}: property ${name} is not required`);
      for (const name of required) if (!names.includes(name as string)) problems.push(`${where}: required ${String(name)} is not a property`);
      totals.properties += names.length;
      for (const name of names) {
        totals.chars += name.length;
        visit(node.properties[name], `${where}.${name}`, depth + 1);
      }
    }
    if (node.items !== undefined) visit(node.items, `${where}[]`, depth);
    if (node.anyOf !== undefined) (node.anyOf as Node[]).forEach((branch, index) => visit(branch, `${where}|${index}`, depth));
    for (const [name, definition] of Object.entries((node.$defs ?? {}) as Record<string, Node>)) {
      totals.chars += name.length;
      visit(definition, `${where}.$defs.${name}`, depth);
    }
  };
  visit(schema, '$', 1);
  if (totals.properties > 5000) problems.push(`$: ${totals.properties} properties, more than 5000`);
  if (totals.enumValues > 1000) problems.push(`$: ${totals.enumValues} enum values, more than 1000`);
  if (totals.chars > 120_000) problems.push(`$: ${totals.chars} characters of names and values, more than 120,000`);
  return problems;
}
