import { isBotAuthor } from '../../model/bots.js';
import type { Localized } from '../../model/ids.js';
import type { Commit } from '../../model/raw-snapshot.js';
import type { SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import { round, scoreBetween } from '../../util/stats.js';
import { unknownResult } from '../outcome.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';
import { inWindow, signalWindow } from '../signal-window.js';
import { tieredScore } from '../tiered-score.js';

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

const DATA = loadSignalData('team-continuity');
const message = signalMessages(DATA);

export const teamContinuitySignal: SignalDefinition<TeamContinuityThresholds> = {
  ...signalBasics<TeamContinuityThresholds>(DATA),
  evaluate: evaluateTeamContinuity,
};

function evaluateTeamContinuity(context: SignalContext<TeamContinuityThresholds>): SignalResult {
  const part = context.snapshot.commits;
  if (!part.available) return unknownResult(message('unknown-what'), part);
  const window = signalWindow(context);
  const inPeriod = part.value.filter((commit) => inWindow(commit.date, window));
  const human = inPeriod.filter((commit) => !isBotCommit(commit));
  const botCommits = inPeriod.length - human.length;
  const bots = new Map<string, number>();
  for (const commit of inPeriod) {
    if (!isBotCommit(commit)) continue;
    const label = botLabel(commit);
    bots.set(label, (bots.get(label) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  const identities = new Map<string, Set<string>>();
  const identify = identityResolver(human);
  for (const commit of human) {
    const key = identify(commit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const seen = identities.get(key) ?? new Set<string>();
    seen.add(`${commit.author.name.trim()} <${normalise(commit.author.email)}>`);
    identities.set(key, seen);
  }
  const merged = [...identities.values()].reduce((sum, set) => sum + set.size - 1, 0);
  const leftOut = [...bots.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
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
      botsLeftOut: leftOut.map(([label]) => label),
      mergedIdentities: merged,
      topContributorShare: topShare === null ? null : round(topShare, 2),
      windowDays: days,
    },
    evidence: [{ kind: 'git', ref: 'commits' }],
    measured: measuredText(contributors, human.length, leftOut, merged, topShare, days),
    advice: adviceText(status, contributors, topShare, days, t.warnTopShare),
  };
}

function isBotCommit(commit: Commit): boolean {
  const { author } = commit;
  return author.isBot || isBotAuthor(author.name, author.email, author.login);
}

/** The label under which a bot is shown as left out: its name, else its login or address. */
function botLabel(commit: Commit): string {
  const { name, login, email } = commit.author;
  return (name.trim() || login || email || '?').slice(0, 80);
}

/**
 * One key per person. Identities sharing an e-mail address, a name (case, accents, punctuation and
 * word order aside), a GitHub login (from the API or an `ID+login@users.noreply.github.com`
 * address) are one person: a union of every identity that shares one of these with another.
 * Names come after git's `.mailmap` (the sources read `%aN <%aE>`).
 */
export function identityResolver(commits: readonly Commit[]): (commit: Commit) => string {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  const keysOf = (commit: Commit): string[] => {
    const email = normalise(commit.author.email);
    const login = commit.author.login ?? NOREPLY.exec(email)?.[1] ?? null;
    const name = nameKey(commit.author.name);
    const keys: string[] = [];
    if (login) keys.push(`login:${login.toLowerCase()}`, `name:${nameKey(login)}`, `flat:${flatKey(login)}`);
    if (email) keys.push(`email:${email}`);
    if (name) keys.push(`name:${name}`);
    // "Jalil Dupont" and the login "JalilDupont" are one person; short names are too common to join this way.
    if (name && flatKey(commit.author.name).length >= 8) keys.push(`flat:${flatKey(commit.author.name)}`);
    return keys;
  };
  for (const commit of commits) {
    const [first, ...rest] = keysOf(commit);
    if (first === undefined) continue;
    find(first);
    for (const key of rest) union(first, key);
  }
  return (commit) => {
    const first = keysOf(commit)[0];
    return first === undefined ? `sha:${commit.sha}` : find(first);
  };
}

/** A name or login without case, accents, spaces or punctuation, in its own order. */
function flatKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name compared without case, accents, punctuation or word order ("BOURHIM Nouhaila" = "Nouhaila Bourhim"). */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

function normalise(value: string | null): string {
  return (value ?? '').trim().toLowerCase();
}

function measuredText(
  contributors: number,
  commits: number,
  bots: ReadonlyArray<readonly [string, number]>,
  merged: number,
  topShare: number | null,
  days: number,
): Localized {
  const botCommits = bots.reduce((sum, [, count]) => sum + count, 0);
  const names = bots
    .slice(0, 5)
    .map(([label, count]) => `${label} (${count})`)
    .join(', ');
  const more = bots.length > 5 ? ` +${bots.length - 5}` : '';
  const left =
    botCommits > 0 ? message('bots-left-out', { count: botCommits, names: `${names}${more}` }) : null;
  const fused = merged > 0 ? message('identities-merged', { count: merged }) : null;
  if (commits === 0)
    return message('measured-nobody', (language) => ({ days, left: left?.[language] ?? '' }));
  return message('measured', (language) => ({
    contributors,
    days,
    commits,
    left: left?.[language] ?? '',
    merged: fused?.[language] ?? '',
    percent: Math.round((topShare ?? 0) * 100),
  }));
}

function adviceText(
  status: 'pass' | 'warn' | 'fail',
  contributors: number,
  topShare: number | null,
  days: number,
  warnTopShare: number,
): Localized | null {
  if (status === 'pass') return null;
  if (contributors === 0) return message('advice-no-team', { days });
  const share = topShare ?? 0;
  const reason = contributors === 1 ? 'single' : share > warnTopShare ? 'share' : 'few';
  return message('advice-single-person', { reason, contributors, days, percent: Math.round(share * 100) });
}
