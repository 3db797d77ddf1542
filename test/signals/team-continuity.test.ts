import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { Commit, RawSnapshot } from '../../src/model/raw-snapshot.js';
import { teamContinuitySignal } from '../../src/signals/team-continuity/signal.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';
const DAY = 86_400_000;

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

function evaluate(commits: Commit[]) {
  const snap = snapshot({ commits: available(commits) });
  return teamContinuitySignal.evaluate({
    snapshot: snap,
    config: DEFAULT_CONFIG,
    thresholds: { ...teamContinuitySignal.defaults },
    now: new Date(snap.now),
  });
}

type Author = Commit['author'];
const person = (login: string | null, name = login ?? 'Anonyme', email: string | null = null): Author => ({
  name,
  email: email ?? (login ? `${login}@beta.gouv.fr` : null),
  login,
  isBot: false,
});
const bot = (login: string, isBot = true): Author => ({ name: login, email: null, login, isBot });

let next = 0;
function commits(author: Author, count: number, daysAgo = 5): Commit[] {
  return Array.from({ length: count }, () => ({
    sha: `c${next++}`,
    author,
    date: new Date(Date.parse(NOW) - daysAgo * DAY).toISOString(),
    firstParent: true,
  }));
}

describe('team-continuity', () => {
  it('passes with several contributors and no single-person dependency', () => {
    const result = evaluate([
      ...commits(person('camille'), 10),
      ...commits(person('ines'), 8),
      ...commits(person('hugo'), 6),
    ]);
    expect(result.status).toBe('pass');
    expect(result.metrics).toMatchObject({ activeContributors: 3, commits: 24, topContributorShare: 0.42 });
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.advice).toBeNull();
  });

  it('excludes bots, by flag or by [bot] login', () => {
    const result = evaluate([
      ...commits(person('camille'), 10),
      ...commits(person('ines'), 8),
      ...commits(person('hugo'), 6),
      ...commits(bot('dependabot[bot]', false), 40),
      ...commits(bot('renovate'), 40),
    ]);
    expect(result.metrics).toMatchObject({ activeContributors: 3, commits: 24, botCommits: 80 });
    expect(result.status).toBe('pass');
    expect(result.measured.fr).toContain(
      '80 commits de robots et d’agents écartés : dependabot[bot] (40), renovate (40)',
    );
  });

  it('warns with two contributors', () => {
    const result = evaluate([...commits(person('camille'), 5), ...commits(person('ines'), 5)]);
    expect(result.status).toBe('warn');
  });

  it('warns when the top contributor holds more than 70% of the commits', () => {
    const result = evaluate([
      ...commits(person('camille'), 16),
      ...commits(person('ines'), 2),
      ...commits(person('hugo'), 2),
    ]);
    expect(result.metrics.topContributorShare).toBe(0.8);
    expect(result.status).toBe('warn');
    expect(result.advice?.fr).toContain('réduisez cette dépendance');
  });

  it('fails when one person holds 90% or more, or when one person works alone', () => {
    const dominated = evaluate([
      ...commits(person('camille'), 27),
      ...commits(person('ines'), 2),
      ...commits(person('hugo'), 1),
    ]);
    expect(dominated.status).toBe('fail');
    const alone = evaluate(commits(person('camille'), 30));
    expect(alone.status).toBe('fail');
    expect(alone.metrics.activeContributors).toBe(1);
    expect(alone.score).toBe(0);
  });

  it('fails with no commits in the window, saying nobody is active', () => {
    const result = evaluate([
      ...commits(person('camille'), 5, 200),
      ...commits(bot('github-actions[bot]'), 3),
    ]);
    expect(result.status).toBe('fail');
    expect(result.metrics).toMatchObject({ activeContributors: 0, commits: 0, topContributorShare: null });
    expect(result.measured.en).toContain('nobody is active');
    expect(result.score).toBe(0);
  });

  it('merges one person seen by login, e-mail, no-reply address and name', () => {
    const result = evaluate([
      ...commits(person('camille', 'Camille Martin', 'camille@beta.gouv.fr'), 3),
      ...commits(person(null, 'Camille Martin', ' Camille@Beta.gouv.fr '), 3),
      ...commits(person(null, 'camille martin', null), 3),
      ...commits(person(null, 'C. M.', '123456+camille@users.noreply.github.com'), 3),
      ...commits(person(null, 'Inès', 'ines@beta.gouv.fr'), 3),
      ...commits(person(null, 'Hugo', null), 3),
    ]);
    expect(result.metrics.activeContributors).toBe(3);
    expect(result.metrics.topContributorShare).toBe(0.67);
  });

  it('leaves out machine users by shape and AI agents, naming them and why', () => {
    const result = evaluate([
      ...commits(person('camille'), 10),
      ...commits(person(null, 'Inès Roy', 'ines@beta.gouv.fr'), 8),
      ...commits(person(null, 'Hugo Blanc', 'hugo@beta.gouv.fr'), 6),
      ...commits(person(null, 'produit-bot', '4242+produit-bot@users.noreply.github.com'), 7),
      ...commits(person(null, 'Joyeux Release Bot', '777+JoyeuxBot@users.noreply.github.com'), 9),
      ...commits(person(null, 'Secretariat Bot', 'secretariat@beta.gouv.fr'), 2),
      ...commits(person(null, 'Copilot', '198982749+Copilot@users.noreply.github.com'), 3),
      ...commits(person(null, 'Claude', 'noreply@anthropic.com'), 1),
      ...commits(person(null, 'Deploy Robot', 'no-reply@example.org'), 1),
    ]);
    expect(result.metrics).toMatchObject({ activeContributors: 3, commits: 24, botCommits: 23 });
    expect(result.metrics.botsLeftOut).toEqual([
      'Joyeux Release Bot',
      'produit-bot',
      'Copilot',
      'Secretariat Bot',
      'Claude',
      'Deploy Robot',
    ]);
    expect(result.measured.en).toContain('left out: Joyeux Release Bot (9), produit-bot (7), Copilot (3)');
  });

  it('does not take a person for a bot because of a similar word', () => {
    const result = evaluate([
      ...commits(person(null, 'Abbott Talbot', 'talbot@beta.gouv.fr'), 3),
      ...commits(person(null, 'Robotte Ines', 'robotte@beta.gouv.fr'), 3),
      ...commits(person(null, 'Hugo', '98765+hugo-botanique@users.noreply.github.com'), 3),
    ]);
    expect(result.metrics).toMatchObject({ activeContributors: 3, botCommits: 0 });
  });

  it('merges the same name written differently, and a login used as a name', () => {
    const result = evaluate([
      ...commits(person(null, 'Nadia BENALI', 'nbenali@agency.gouv.fr'), 3),
      ...commits(person(null, 'Benali Nadia', 'nadia.perso@example.org'), 1),
      ...commits(person(null, 'Élodie Marchand', 'elodie@agency.gouv.fr'), 3),
      ...commits(person(null, 'elodie marchand', '31337+emarchand@users.noreply.github.com'), 1),
      ...commits(person(null, 'emarchand', 'em@laptop.local'), 1),
      ...commits(person(null, 'Paul', 'paul@agency.gouv.fr'), 3),
      ...commits(person(null, 'Karim Lefort', 'karim@agency.gouv.fr'), 3),
      ...commits(person(null, 'KarimLefort', '4455+KarimLefort@users.noreply.github.com'), 1),
    ]);
    expect(result.metrics).toMatchObject({ activeContributors: 4, mergedIdentities: 4 });
    expect(result.measured.fr).toContain('4 identités en double');
  });

  it('is unknown when commits cannot be read', () => {
    const snap = snapshot({ commits: unavailable('not-a-git-repository', '') });
    const result = teamContinuitySignal.evaluate({
      snapshot: snap,
      config: DEFAULT_CONFIG,
      thresholds: { ...teamContinuitySignal.defaults },
      now: new Date(NOW),
    });
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });

  it('quotes the petit guide on turnover', () => {
    expect(teamContinuitySignal.why.fr).toContain('le turnover est généralement à éviter');
  });
});
