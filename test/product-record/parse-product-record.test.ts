import { describe, expect, it } from 'vitest';
import { parseProductRecord, recordStatsPage } from '../../src/product-record/parse-product-record.js';
import { latestRecordPhase, phaseOfName, resolvePhase } from '../../src/product-record/product-phase.js';
import { identifyProductRecord, startupIdInText } from '../../src/product-record/product-record-source.js';
import { recordText } from '../helpers/product-record-fixtures.js';

describe('parseProductRecord', () => {
  it('reads the front matter and the body of a record', () => {
    const parsed = parseProductRecord(
      recordText({ statsUrl: 'https://example.gouv.fr/stats', impactUrl: 'https://docs.example.fr/impact' }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toMatchObject({
      title: 'Passerelle Cantine',
      mission: expect.stringContaining('cantines scolaires'),
      statsUrl: 'https://example.gouv.fr/stats',
      impactUrl: 'https://docs.example.fr/impact',
      contact: 'equipe@passerelle-cantine.example.gouv.fr',
      phases: [{ name: 'acceleration', phase: 'acceleration', start: '2025-02-01', end: null }],
      events: [{ name: 'committee', date: '2025-01-20', comment: 'Passage en accélération' }],
    });
    expect(parsed.record.body).toMatch(/^## Problème/);
  });

  it('takes the site’s /stats page when the record only says `stats: true`', () => {
    const parsed = parseProductRecord(recordText({ extra: 'stats: true' }));
    expect(parsed.ok && recordStatsPage(parsed.record)).toBe(
      'https://passerelle-cantine.example.gouv.fr/stats',
    );
  });

  it('says why a record that is not Markdown with front matter cannot be used', () => {
    expect(parseProductRecord('<html><body>Not a record</body></html>')).toMatchObject({
      ok: false,
      kind: 'not-markdown',
    });
    expect(parseProductRecord('\u0000\u0001PNG')).toMatchObject({ ok: false, kind: 'not-markdown' });
  });

  it('says why a broken front matter cannot be read', () => {
    expect(parseProductRecord('---\ntitle: [unclosed\nmission: x\n---\nbody')).toMatchObject({
      ok: false,
      kind: 'invalid',
      detail: expect.stringContaining('not valid YAML'),
    });
    expect(parseProductRecord('---\ntitle: never closed\n')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(parseProductRecord('---\n- a list\n---\n')).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('keeps going past odd values: phases without a name or a date, a non-URL stats page', () => {
    const parsed = parseProductRecord(
      '---\nmission: 42\nstats_url: not a url\nphases:\n  - start: 2020-01-01\n  - name: construction\n    start: someday\n---\n',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toMatchObject({ mission: '42', statsUrl: null });
    expect(parsed.record.phases).toEqual([
      { name: 'construction', phase: 'construction', start: null, end: null },
    ]);
  });
});

describe('phases', () => {
  it('maps beta.gouv.fr’s and the ministries’ names onto the four phases', () => {
    expect(phaseOfName('POC')).toBe('investigation');
    expect(phaseOfName('MVP')).toBe('construction');
    expect(phaseOfName('Accélération')).toBe('acceleration');
    expect(phaseOfName('généralisation')).toBe('consolidation');
    expect(phaseOfName('transfere')).toBe('consolidation');
    expect(phaseOfName('abandon')).toBeNull();
  });

  it('takes the phase that started last, a later phase first on the same day, in any order', () => {
    const parsed = parseProductRecord(
      recordText({
        phases: [
          { name: 'construction', start: '2022-03-01' },
          { name: 'investigation', start: '2022-03-01' },
          { name: 'acceleration', start: '2023-06-01' },
          { name: 'investigation', start: '2021-01-01' },
        ],
      }),
    );
    expect(parsed.ok && latestRecordPhase(parsed.record)).toMatchObject({
      phase: 'acceleration',
      start: '2023-06-01',
    });
    const same = parseProductRecord(
      recordText({
        phases: [
          { name: 'construction', start: '2022-03-01' },
          { name: 'investigation', start: '2022-03-01' },
        ],
      }),
    );
    expect(same.ok && latestRecordPhase(same.record)?.phase).toBe('construction');
  });

  it('lets the config’s phase win over the record’s', () => {
    const parsed = parseProductRecord(recordText({}));
    const record = parsed.ok ? parsed.record : null;
    expect(resolvePhase('MVP', record)).toMatchObject({ phase: 'construction', source: 'config' });
    expect(resolvePhase(null, record)).toMatchObject({
      phase: 'acceleration',
      source: 'record',
      since: '2025-02-01',
    });
    expect(resolvePhase(null, null)).toBeNull();
  });
});

describe('identifying the record', () => {
  it('finds the startup id in a README link, with or without .html', () => {
    expect(startupIdInText('Fiche : [beta](https://beta.gouv.fr/startups/passerelle.cantine.html).')).toBe(
      'passerelle.cantine',
    );
    expect(startupIdInText('see https://beta.gouv.fr/startups/passerelle-cantine')).toBe(
      'passerelle-cantine',
    );
    expect(
      startupIdInText('https://beta.gouv.fr/startups/ or https://beta.gouv.fr/incubateurs/x.html'),
    ).toBeNull();
  });

  it('prefers the config’s id to the README link and refuses ids that would leave the records folder', () => {
    const readme = 'https://beta.gouv.fr/startups/from-readme.html';
    expect(identifyProductRecord('from-config', readme)).toMatchObject({
      id: 'from-config',
      identifiedBy: 'config',
    });
    expect(identifyProductRecord(null, readme)).toMatchObject({ id: 'from-readme', identifiedBy: 'readme' });
    expect(identifyProductRecord('../secrets', null)).toBeNull();
  });
});
