import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configSchemaWithSignals,
  readmeWithSignalTable,
  signalCatalogue,
} from '../../src/catalogue/signal-catalogue.js';
import { SIGNALS } from '../../src/signals/index.js';

const catalogue = signalCatalogue();

describe('files generated from src/signals/*/signal.yml (npm run generate)', () => {
  it('the configuration schema carries every signal and threshold of the data files', () => {
    const schema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
    expect(schema, 'schemas/config.schema.json is stale: run `npm run generate`').toEqual(
      configSchemaWithSignals(schema, catalogue),
    );
  });

  it('the README signal table is the one the data files give', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme, 'README.md signal table is stale: run `npm run generate`').toBe(
      readmeWithSignalTable(readme, catalogue),
    );
  });

  it('a changed default is seen as stale', () => {
    const schema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
    const changed = catalogue.map((signal) =>
      signal.id === 'roadmap'
        ? { ...signal, thresholds: { ...signal.thresholds, maxAgeDays: { default: 91, meaning: 'changed' } } }
        : signal,
    );
    expect(configSchemaWithSignals(schema, changed)).not.toEqual(schema);
    const readme = readFileSync('README.md', 'utf8');
    expect(readmeWithSignalTable(readme, changed)).not.toBe(readme);
  });

  it('the signals use the defaults and texts of their data files', () => {
    for (const [index, signal] of SIGNALS.entries()) {
      const data = catalogue[index];
      expect(signal.id).toBe(data?.id);
      expect(signal.title).toEqual(data?.title);
      expect(signal.why).toEqual(data?.quote);
      expect(signal.defaults).toEqual(
        Object.fromEntries(
          Object.entries(data?.thresholds ?? {}).map(([name, entry]) => [name, entry.default]),
        ),
      );
    }
  });
});
