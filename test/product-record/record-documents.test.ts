import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { findDocuments } from '../../src/documents/find-documents.js';
import type { ProductRecordSource } from '../../src/product-record/product-record-source.js';
import { evaluateSignals } from '../../src/signals/evaluate-signals.js';
import { EARLY_BODY, recordText } from '../helpers/product-record-fixtures.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

function found(text: string, lastChangedAt: string | null = '2026-05-01T00:00:00.000Z'): ProductRecordSource {
  return {
    id: 'passerelle-cantine',
    identifiedBy: 'config',
    url: 'https://beta.gouv.fr/startups/passerelle-cantine.html',
    status: 'found',
    repository: 'betagouv/beta.gouv.fr',
    path: 'content/_startups/passerelle-cantine.md',
    text,
    lastChangedAt,
    truncated: false,
  };
}

describe('the record as product documents', () => {
  it('says who the users are from the record’s usertypes, in words', () => {
    const text = recordText({
      body: '## Problème\n\nLes achats locaux sont rares.\n',
      extra: 'usertypes:\n  - collectivite-territoriale\n  - etat',
    });
    const [vision] = findDocuments(buildSnapshot({ productRecord: found(text) }), 'vision', DEFAULT_CONFIG);
    expect(vision?.text).toContain('Utilisateurs : collectivités territoriales, agents de l’État.');
  });

  it('gives a stats page only as a link: never stale, linked and not verified', () => {
    const text = recordText({ body: EARLY_BODY, statsUrl: 'https://cantine.example.fr/stats' });
    const snapshot = buildSnapshot({ productRecord: found(text, '2020-01-01T00:00:00.000Z') });
    const [indicators] = findDocuments(snapshot, 'indicators', DEFAULT_CONFIG);
    expect(indicators).toMatchObject({ location: 'record', lastChangedAt: null });
    const result = evaluateSignals(snapshot, DEFAULT_CONFIG).find(
      (s) => s.definition.id === 'indicators',
    )?.result;
    expect(result?.status).toBe('warn');
    expect(result?.metrics.stale).toBe(false);
    expect(result?.measured.en).toContain('https://cantine.example.fr/stats (not verified)');
  });

  it('is left out for a kind the config declares (the team has the last word)', () => {
    const config = {
      ...DEFAULT_CONFIG,
      documents: { ...DEFAULT_CONFIG.documents, vision: ['https://wiki.example.fr/vision'] },
    };
    const docs = findDocuments(buildSnapshot({ productRecord: found(recordText({})) }), 'vision', config);
    expect(docs.map((doc) => doc.location)).toEqual(['declared-url']);
  });
});
