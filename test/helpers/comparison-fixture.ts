/**
 * Realistic comparisons for the renderers' tests, built through `assembleComparison` and fully
 * deterministic: varied grades (A to E and unknown), topics, two products, one failed row,
 * histories with a gap, health issues open and closed.
 *
 *   const comparison = sampleComparison(9);
 *   const withHostile = comparisonOf([...sampleRows(9), hostileRow()]);
 */
import { assembleComparison, emptyCost, graded } from '../../src/compare/assemble-comparison.js';
import type { Comparison, ComparisonRow, GradedScore } from '../../src/compare/comparison.js';
import { PILLAR_IDS, type PillarId, type SignalId, type Status } from '../../src/model/ids.js';
import { SIGNALS } from '../../src/signals/index.js';

export const FIXTURE_OWNER = 'beta-example';
export const FIXTURE_NOW = '2026-06-15T12:00:00.000Z';
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

const NAMES = [
  'aides-jeunes',
  'carte-chantiers',
  'demarches-simplifiees',
  'domifa',
  'emplois-inclusion',
  'mon-suivi-justice',
  'rdv-solidarites',
  'signal-conso',
  'zero-logement-vacant',
];
/** Base score of each row: every grade appears in the first five rows. */
const BASES = [88, 72, 57, 41, 18, 83, 66, 49, 30];
/** How far each pillar sits from the row's base. */
const OFFSETS: Record<PillarId, number> = { team: 6, users: -4, impact: -9, iteration: 3, vision: 1 };
const TOPICS = [['social', 'jeunesse'], ['logement'], ['social'], [], ['emploi', 'social'], ['justice']];
const PRODUCTS: Record<number, string> = {
  1: 'Carte des chantiers',
  4: 'Inclusion',
  6: 'Carte des chantiers',
  7: 'Inclusion',
};
const HISTORY_DATES = ['2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15'];

/** `n` rows; the last one failed (no scores, no issue, a problem). */
export function sampleRows(n: number): ComparisonRow[] {
  return Array.from({ length: n }, (_, index) => (index === n - 1 ? failedRow(index) : scoredRow(index)));
}

export function sampleComparison(n = 9): Comparison {
  return comparisonOf(sampleRows(n));
}

export function comparisonOf(rows: readonly ComparisonRow[]): Comparison {
  return assembleComparison({
    scope: { kind: 'owner', owner: FIXTURE_OWNER, shards: 1, shard: null },
    rows,
    skipped: [{ repository: `${FIXTURE_OWNER}/old-site`, reason: 'archived' }],
    cost: emptyCost(),
    now: new Date(FIXTURE_NOW),
  });
}

/** A row whose every repository-provided string tries to inject markup or script. */
export function hostileRow(): ComparisonRow {
  return {
    ...scoredRow(2),
    repository: `evil-org/${HOSTILE_NAME}`,
    url: 'javascript:alert(1)',
    product: '<script>alert("product")</script>',
    topics: ['<b>bold</b>', '"><svg onload=alert(1)>'],
    issue: { number: 3, url: 'javascript:alert(2)', state: 'open' },
    problems: ['</script><script>alert(3)</script>', '<iframe src="https://evil.example"></iframe>'],
  };
}

export function repositoryName(index: number): string {
  return `${FIXTURE_OWNER}/${NAMES[index % NAMES.length]}${index < NAMES.length ? '' : `-${index}`}`;
}

function scoredRow(index: number): ComparisonRow {
  const base = BASES[index % BASES.length] ?? 50;
  const pillars = Object.fromEntries(
    PILLAR_IDS.map((id, p) => [id, graded(isUnknown(index, p) ? null : clamp(base + OFFSETS[id]))]),
  ) as Record<PillarId, GradedScore>;
  const known = PILLAR_IDS.flatMap((id) => (pillars[id].score === null ? [] : [pillars[id].score]));
  const overall = Math.round(known.reduce((sum, score) => sum + score, 0) / known.length);
  const repository = repositoryName(index);
  const issueNumber = 10 + index;
  return {
    repository,
    url: `https://github.com/${repository}`,
    product: PRODUCTS[index] ?? null,
    topics: TOPICS[index % TOPICS.length] ?? [],
    overall: graded(overall),
    pillars,
    signals: signalsOf(pillars, index),
    history: historyOf(overall, index),
    issue:
      index % 3 === 2
        ? null
        : {
            number: issueNumber,
            url: `https://github.com/${repository}/issues/${issueNumber}`,
            state: index % 4 === 3 ? 'closed' : 'open',
          },
    origin: index % 2 === 0 ? 'stored' : 'scanned',
    problems: index === 3 ? ['Déploiements : permission manquante (deployments: read)'] : [],
  };
}

function failedRow(index: number): ComparisonRow {
  const repository = repositoryName(index);
  return {
    repository,
    url: `https://github.com/${repository}`,
    product: null,
    topics: ['logement'],
    overall: graded(null),
    pillars: Object.fromEntries(PILLAR_IDS.map((id) => [id, graded(null)])) as Record<PillarId, GradedScore>,
    signals: Object.fromEntries(SIGNALS.map((signal) => [signal.id, 'unknown'])) as Record<SignalId, Status>,
    history: [],
    issue: null,
    origin: 'failed',
    problems: ['Dépôt illisible : HTTP 404 (not found)'],
  };
}

/** Every second row has one pillar it could not read; row 5 has two. */
function isUnknown(index: number, pillar: number): boolean {
  return (index % 2 === 1 && pillar === index % PILLAR_IDS.length) || (index === 5 && pillar === 0);
}

function signalsOf(pillars: Record<PillarId, GradedScore>, index: number): Record<SignalId, Status> {
  return Object.fromEntries(
    SIGNALS.map((signal) => {
      const status =
        signal.id === 'release-cadence' && index % 4 === 0
          ? 'not-applicable'
          : statusOf(pillars[signal.pillar].score);
      return [signal.id, status];
    }),
  ) as Record<SignalId, Status>;
}

function statusOf(score: number | null): Status {
  if (score === null) return 'unknown';
  return score >= 65 ? 'pass' : score >= 50 ? 'warn' : 'fail';
}

/** Four monthly scores ending on the current one; row 2's history has a gap (an unreadable month). */
function historyOf(overall: number, index: number): ComparisonRow['history'] {
  const drift = (index % 3) - 1;
  return HISTORY_DATES.map((date, step) => {
    const stepsBack = HISTORY_DATES.length - 1 - step;
    const score = index === 2 && step === 1 ? null : clamp(overall - drift * 4 * stepsBack);
    return { date, score };
  });
}

function clamp(score: number): number {
  return Math.max(0, Math.min(100, score));
}
