import { describe, expect, it } from 'vitest';
import type { Commit } from '../../src/model/raw-snapshot.js';
import { changelogEntries } from '../../src/signals/changelog-entries.js';
import { groupPushes } from '../../src/signals/group-pushes.js';

let next = 0;
const commit = (committedAt: string, name = 'Ana Ruiz', firstParent = true): Commit => ({
  sha: `c${next++}`,
  author: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.org`, login: null, isBot: false },
  date: '2026-01-01T00:00:00.000Z',
  committedAt,
  firstParent,
});

describe('groupPushes', () => {
  it('groups a burst of commits into one push, by committer date, and keeps separate merges apart', () => {
    const pushes = groupPushes([
      commit('2026-05-10T10:00:00Z'),
      commit('2026-05-10T10:00:00Z'),
      commit('2026-05-10T10:01:30Z'),
      commit('2026-05-10T14:00:00Z'),
      commit('2026-05-11T09:00:00Z', 'Ana Ruiz', false),
    ]);
    expect(pushes).toEqual([
      { date: '2026-05-10T10:01:30.000Z', commits: 3, botOnly: false },
      { date: '2026-05-10T14:00:00.000Z', commits: 1, botOnly: false },
    ]);
  });

  it('flags pushes made only of bot commits', () => {
    const pushes = groupPushes([
      commit('2026-05-10T10:00:00Z', 'dependabot[bot]'),
      commit('2026-05-12T10:00:00Z', 'release-bot'),
      commit('2026-05-12T10:00:30Z', 'Ana Ruiz'),
    ]);
    expect(pushes.map((push) => push.botOnly)).toEqual([true, false]);
  });
});

describe('changelogEntries', () => {
  it('reads dated headings: ISO days, French days, calendar versions; ignores undated ones', () => {
    const entries = changelogEntries(
      [
        '# Changelog',
        '# [2026.05.1] 05/05/2026',
        '#### Corrections',
        '## [4.2.0](https://example.org/compare) (2026-04-20)',
        '## 2026-03-02',
        '## Non publié',
        '## 31/02/2026',
      ].join('\n'),
    );
    expect(entries.map((entry) => entry.date.slice(0, 10))).toEqual([
      '2026-05-05',
      '2026-04-20',
      '2026-03-02',
    ]);
  });
});
