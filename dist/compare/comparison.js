/** Version of the comparison's JSON shape (schemas/comparison.schema.json); bumped on breaking changes. */
export const COMPARISON_SCHEMA_VERSION = 1;
