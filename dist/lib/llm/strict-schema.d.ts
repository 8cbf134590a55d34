/**
 * OpenAI's Structured Outputs take a strict subset of JSON Schema ("Supported schemas" in the
 * Structured Outputs guide): the root is an object, every object lists all its properties in
 * `required` and sets `additionalProperties: false`, an optional property is a required one that
 * may be null, `oneOf` is spelled `anyOf`, every schema has a `type`, and only some keywords are
 * kept (string length limits, for one, are not). The real schema still decides what is valid: ajv checks every reply against
 * it, after `withoutNullOptionals` has taken out the nulls strict mode puts where a property is absent.
 */
type Schema = Record<string, unknown>;
/** The string formats strict mode accepts. */
export declare const STRICT_FORMATS: ReadonlySet<string>;
/**
 * The strict-mode form of `schema`, computed once per schema object and deep-frozen: every request
 * of its kind sends the same object, and the record writer redacts it once (`redactValue`). For a
 * fine-tuned model, also without the type-specific keywords it is refused with.
 */
export declare function toStrictSchema(schema: Schema, { fineTuned }?: {
    fineTuned?: boolean;
}): Schema;
/**
 * `value` with the nulls of optional properties taken out, reading `schema` (the real one) for
 * which properties are optional: a strict-mode reply says "absent" with null, the real schema with
 * absence. Properties the schema allows to be null are kept.
 */
export declare function withoutNullOptionals(value: unknown, schema: Schema): unknown;
export {};
