import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { RawSnapshot, Release } from '../../src/model/raw-snapshot.js';
import { releaseCadenceSignal } from '../../src/signals/release-cadence/signal.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';
const DAY = 86_400_000;

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

function evaluate(snap: RawSnapshot, config = DEFAULT_CONFIG) {
  return releaseCadenceSignal.evaluate({
    snapshot: snap,
    config,
    thresholds: { ...releaseCadenceSignal.defaults },
    now: new Date(snap.now),
  });
}

const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const release = (ago: number, prerelease = false): Release => ({
  name: `v${ago}`,
  tagName: `v${ago}`,
  date: daysAgo(ago),
  prerelease,
});
const tag = (ago: number) => ({ name: `v${ago}`, date: daysAgo(ago) });

describe('release-cadence', () => {
  it('passes with recent, regular releases', () => {
    const result = evaluate(
      snapshot({ releases: available([release(5), release(25), release(45), release(65)]) }),
    );
    expect(result.status).toBe('pass');
    expect(result.source).toBe('releases');
    expect(result.metrics).toMatchObject({
      source: 'releases',
      count: 4,
      medianIntervalDays: 20,
      daysSinceLast: 5,
    });
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.advice).toBeNull();
  });

  it('counts prereleases separately, not in the cadence', () => {
    const releases = [release(3, true), release(10, true), release(12, true), release(40), release(80)];
    const result = evaluate(snapshot({ releases: available(releases) }));
    expect(result.metrics).toMatchObject({
      count: 2,
      prereleases: 3,
      daysSinceLast: 40,
      medianIntervalDays: 40,
    });
    expect(result.status).toBe('pass');
    expect(result.measured.fr).toContain('3 préversions');
  });

  it('warns when releases are irregular or not recent', () => {
    const sparse = evaluate(snapshot({ releases: available([release(10), release(80)]) }));
    expect(sparse.status).toBe('warn');
    expect(sparse.metrics.medianIntervalDays).toBe(70);

    const stale = evaluate(snapshot({ releases: available([release(60), release(70), release(80)]) }));
    expect(stale.status).toBe('warn');
    expect(stale.score).toBeGreaterThanOrEqual(50);
    expect(stale.score).toBeLessThan(80);

    const single = evaluate(snapshot({ releases: available([release(10)]) }));
    expect(single.status).toBe('warn');
    expect(single.metrics.medianIntervalDays).toBeNull();
  });

  it('fails when nothing was released in the window, and suggests declaring releases not expected', () => {
    const result = evaluate(snapshot({ releases: available([release(200)]), tags: available([tag(300)]) }));
    expect(result.status).toBe('fail');
    expect(result.source).toBe('releases');
    expect(result.metrics.count).toBe(0);
    expect(result.advice?.en).toContain('releases: { expected: false }');
    expect(result.advice?.fr).toContain('releases: { expected: false }');
  });

  it('fails when the last release is older than the warn limit in a long window', () => {
    const snap = snapshot({
      window: { days: 365, since: daysAgo(365), until: NOW },
      releases: available([release(150), release(160)]),
    });
    expect(evaluate(snap).status).toBe('fail');
  });

  it('falls back to tags when there are no releases', () => {
    const result = evaluate(snapshot({ tags: available([tag(1), tag(15), tag(29), tag(300)]) }));
    expect(result.source).toBe('tags');
    expect(result.metrics).toMatchObject({ source: 'tags', count: 3, medianIntervalDays: 14 });
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([{ kind: 'git', ref: 'tags' }]);
  });

  it('falls back to tags when releases are unavailable', () => {
    const result = evaluate(
      snapshot({ releases: unavailable('offline', 'local checkout'), tags: available([tag(1), tag(15)]) }),
    );
    expect(result.source).toBe('tags');
  });

  it('is unknown when neither releases nor tags can be read', () => {
    const result = evaluate(
      snapshot({
        releases: unavailable('offline', 'local checkout'),
        tags: unavailable('not-a-git-repository', ''),
      }),
    );
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });

  it('fails on an empty tag list', () => {
    expect(evaluate(snapshot()).status).toBe('fail');
  });

  it('is not applicable when the team declares it does not cut releases', () => {
    const config = { ...DEFAULT_CONFIG, releases: { expected: false } };
    const result = evaluate(snapshot({ releases: unavailable('api-fault', '500') }), config);
    expect(result.status).toBe('not-applicable');
    expect(result.score).toBeNull();
    expect(result.evidence).toEqual([{ kind: 'config', ref: 'releases.expected' }]);
  });
});
