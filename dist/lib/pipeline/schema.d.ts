export type SchemaVersion = '1.0' | '1.1';
export declare const SCHEMA_VERSIONS: readonly SchemaVersion[];
export declare const DEFAULT_SCHEMA_VERSION: SchemaVersion;
export declare function schemaPath(version: SchemaVersion): string;
/** The JSON Schema of a version, as shipped in `schema/`. */
export declare function loadSchema(version: SchemaVersion): Record<string, unknown>;
/** Human-readable errors of `value` against the supertask schema `version`, each with its JSON path; empty when valid. */
export declare function validateSupertask(value: unknown, version: SchemaVersion): string[];
export declare function isSchemaVersion(value: unknown): value is SchemaVersion;
