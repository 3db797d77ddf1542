/** Version of the JSON report's shape (schemas/report.schema.json); bumped on breaking changes. */
export const REPORT_SCHEMA_VERSION = 1;
