// `npm run generate`: rewrites the configuration schema's signal and threshold entries and the
// README's signal table from src/signals/*/signal.yml (test/catalogue checks they are up to date).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-files.js';
import { configSchemaWithSignals, readmeWithSignalTable, signalCatalogue } from './signal-catalogue.js';

const catalogue = signalCatalogue();
const schemaPath = join(PACKAGE_ROOT, 'schemas', 'config.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
writeFileSync(schemaPath, `${JSON.stringify(configSchemaWithSignals(schema, catalogue), null, 2)}\n`);
const readmePath = join(PACKAGE_ROOT, 'README.md');
writeFileSync(readmePath, readmeWithSignalTable(readFileSync(readmePath, 'utf8'), catalogue));
process.stdout.write('Wrote schemas/config.schema.json and the README signal table.\n');
