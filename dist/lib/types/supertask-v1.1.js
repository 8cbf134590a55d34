// Generated from schema/supertask_schema_v1.1.json by scripts/schema-types.mjs (json-schema-to-typescript).
// Do not edit: `npm run build` writes it again from the schema.
export {};
