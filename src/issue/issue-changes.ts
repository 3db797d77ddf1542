import { comparisonLabelsFor } from '../compare/comparison-labels.js';
import { PILLAR_IDS } from '../model/ids.js';
import type { Report, ScoreTrend } from '../report/report.js';
import { issueLabelsFor } from './issue-labels.js';

/**
 * What changed since the scores last differed, in one sentence: "Depuis le 2026-05-01 : note
 * globale 30 → 48 (+18) ; Équipe 93 → 73 (-20)." Only kept scores are compared, so the sentence
 * is the same on every run until a score moves.
 */
export function issueChanges(report: Report): string {
  const labels = issueLabelsFor(report.language);
  const trends = report.trends;
  // No past score that differs: the same sentence on the first run and on every one after it.
  if (!trends) return labels.unchanged;
  const pillarNames = comparisonLabelsFor(report.language).pillars;
  const parts: string[] = [];
  const since = trends.overall?.since ?? Object.values(trends.pillars)[0]?.since;
  if (trends.overall && trends.overall.change !== 0) parts.push(change(labels.overallChange, trends.overall));
  for (const id of PILLAR_IDS) {
    const trend = trends.pillars[id];
    if (trend && trend.change !== 0) parts.push(change(pillarNames[id], trend));
  }
  if (parts.length === 0 || !since) return labels.unchanged;
  return labels.changes(since, parts.join(report.language === 'fr' ? '\u00a0; ' : '; '));
}

function change(name: string, trend: ScoreTrend): string {
  const sign = trend.change > 0 ? '+' : '';
  return `${name} ${trend.from} → ${trend.to} (${sign}${trend.change})`;
}
