import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const reportSchema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));

/** Validates a JSON report against `schemas/report.schema.json` (formats are not checked). */
export const validateReport = new Ajv({ allErrors: true, strict: false, logger: false }).compile(
  reportSchema,
);
