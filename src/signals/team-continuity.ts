import { GUIDE } from '../guide/guide-references.js';
import { isBotLogin } from '../model/bots.js';
import type { Localized } from '../model/ids.js';
import type { Commit } from '../model/raw-snapshot.js';
import type { SignalContext, SignalDefinition, SignalResult } from '../model/signal.js';
import { round, scoreBetween } from '../util/stats.js';
import { unknownResult } from './outcome.js';
import { inWindow, signalWindow } from './signal-window.js';
import { tieredScore } from './tiered-score.js';

export type TeamContinuityThresholds = {
  /** Fail with this many active contributors or fewer. */
  failMaxContributors: number;
  /** Warn with this many active contributors or fewer. */
  warnMaxContributors: number;
  /** Fail when the top contributor authors at least this share of the commits. */
  failTopShare: number;
  /** Warn when the top contributor authors more than this share of the commits. */
  warnTopShare: number;
};

const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i;

export const teamContinuitySignal: SignalDefinition<TeamContinuityThresholds> = {
  id: 'team-continuity',
  pillar: 'team',
  title: { fr: 'Continuité de l’équipe', en: 'Team continuity' },
  definition: {
    fr: 'Personnes actives sur la période (commits de la branche par défaut, robots exclus) et part des commits de la personne la plus active (dépendance à une seule personne).',
    en: 'People active in the window (commits on the default branch, bots excluded) and the share of commits of the most active one (single-person dependency).',
  },
  why: {
    fr: '« Plus une équipe connaît son produit et son sujet, plus elle est performantes : le turnover est généralement à éviter »',
    en: '“The better a team knows its product and its subject, the better it performs: turnover is generally to be avoided”',
  },
  guide: GUIDE.petitGuide,
  defaults: { failMaxContributors: 1, warnMaxContributors: 2, failTopShare: 0.9, warnTopShare: 0.7 },
  evaluate: evaluateTeamContinuity,
};

function evaluateTeamContinuity(context: SignalContext<TeamContinuityThresholds>): SignalResult {
  const part = context.snapshot.commits;
  if (!part.available) return unknownResult({ fr: 'Contributeurs actifs', en: 'Active contributors' }, part);
  const window = signalWindow(context);
  const inPeriod = part.value.filter((commit) => inWindow(commit.date, window));
  const human = inPeriod.filter((commit) => !isBotCommit(commit));
  const botCommits = inPeriod.length - human.length;
  const counts = new Map<string, number>();
  const identify = identityResolver(human);
  for (const commit of human) {
    const key = identify(commit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const contributors = counts.size;
  const top = Math.max(0, ...counts.values());
  const topShare = human.length > 0 ? top / human.length : null;
  const days = Math.round(window.days);
  const t = context.thresholds;

  const status =
    contributors <= t.failMaxContributors || (topShare ?? 1) >= t.failTopShare
      ? 'fail'
      : contributors <= t.warnMaxContributors || (topShare ?? 1) > t.warnTopShare
        ? 'warn'
        : 'pass';
  const share = topShare ?? 1;
  const fraction =
    status === 'pass'
      ? scoreBetween(share, t.warnTopShare, 0.4) / 100
      : status === 'warn'
        ? scoreBetween(share, t.failTopShare, t.warnTopShare) / 100
        : contributors === 0
          ? 0
          : scoreBetween(share, 1, t.failTopShare) / 100;
  return {
    status,
    score: tieredScore(status, fraction),
    metrics: {
      activeContributors: contributors,
      commits: human.length,
      botCommits,
      topContributorShare: topShare === null ? null : round(topShare, 2),
      windowDays: days,
    },
    evidence: [{ kind: 'git', ref: 'commits' }],
    measured: measuredText(contributors, human.length, botCommits, topShare, days),
    advice: adviceText(status, contributors),
  };
}

function isBotCommit(commit: Commit): boolean {
  const { author } = commit;
  return (
    author.isBot ||
    isBotLogin(author.login) ||
    isBotLogin(author.name) ||
    /\[bot\]@/i.test(author.email ?? '')
  );
}

/**
 * One key per person: the login, else the e-mail (a GitHub no-reply address gives the login back),
 * else the name. E-mails and names seen on commits with a login resolve to that login.
 */
function identityResolver(commits: Commit[]): (commit: Commit) => string {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const loginKey = (commit: Commit): string | null => {
    const login = commit.author.login ?? NOREPLY.exec(normalise(commit.author.email))?.[1] ?? null;
    return login ? `login:${login.toLowerCase()}` : null;
  };
  for (const commit of commits) {
    const key = loginKey(commit);
    if (!key) continue;
    const email = normalise(commit.author.email);
    if (email && !byEmail.has(email)) byEmail.set(email, key);
    const name = normalise(commit.author.name);
    if (name && !byName.has(name)) byName.set(name, key);
  }
  return (commit) => {
    const email = normalise(commit.author.email);
    const name = normalise(commit.author.name);
    return (
      loginKey(commit) ??
      (email ? (byEmail.get(email) ?? `email:${email}`) : (byName.get(name) ?? `name:${name}`))
    );
  };
}

function normalise(value: string | null): string {
  return (value ?? '').trim().toLowerCase();
}

function measuredText(
  contributors: number,
  commits: number,
  botCommits: number,
  topShare: number | null,
  days: number,
): Localized {
  const bots =
    botCommits > 0
      ? { fr: ` (${botCommits} commit(s) de robots écartés)`, en: ` (${botCommits} bot commit(s) left out)` }
      : { fr: '', en: '' };
  if (commits === 0) {
    return {
      fr: `Aucun commit humain sur la branche par défaut en ${days} jours${bots.fr} : personne n’est actif sur le dépôt.`,
      en: `No human commit on the default branch in ${days} days${bots.en}: nobody is active on the repository.`,
    };
  }
  const percent = Math.round((topShare ?? 0) * 100);
  return {
    fr: `${contributors} personne(s) active(s) en ${days} jours, ${commits} commit(s)${bots.fr} ; la plus active en signe ${percent} %.`,
    en: `${contributors} active contributor(s) in ${days} days, ${commits} commit(s)${bots.en}; the most active one authored ${percent}%.`,
  };
}

function adviceText(status: 'pass' | 'warn' | 'fail', contributors: number): Localized | null {
  if (status === 'pass') return null;
  if (contributors === 0) {
    return {
      fr: 'Le produit n’a plus d’équipe active sur ce dépôt : assurez-vous qu’une équipe dédiée le fait vivre, ou déclarez son statut (archivé, en pause).',
      en: 'The product no longer has an active team on this repository: make sure a dedicated team keeps it alive, or state its status (archived, paused).',
    };
  }
  return {
    fr: 'Réduisez la dépendance à une seule personne : relectures croisées, binômage, documentation des décisions et des déploiements, pour que plusieurs personnes connaissent le produit.',
    en: 'Reduce the dependency on a single person: cross reviews, pairing, written decisions and deployment steps, so several people know the product.',
  };
}
