// Agreement between a coach's verdicts (bench/field/cases.yml) and the statuses a scan reported.
// A case gives, per signal, the verdict a coach expects (or a short list of verdicts a coach would
// accept when the evidence sits on a threshold) and, when it differs, the verdict from the
// repository's contents alone (without the product's public beta.gouv.fr record).

export const SIGNAL_IDS = [
  'deployment-frequency',
  'release-cadence',
  'vision',
  'indicators',
  'roadmap',
  'feedback-handling',
  'feedback-channel',
  'team-continuity',
  'delivery-automation',
];

export const VERDICTS = ['pass', 'warn', 'fail', 'not-applicable', 'unknown'];

/**
 * The sets a case belongs to: `training` (the product was tuned on it) or `held-out` (judged before
 * the product was ever run on it, and never used to tune it). A case without `set` is training.
 */
export const CASE_SETS = ['training', 'held-out'];

/** The set of a case (`training` when it names none). */
export function caseSet(entry) {
  return entry?.set ?? 'training';
}

/** The pillar of each signal (PRODUCT.md). */
export const SIGNAL_PILLARS = {
  'deployment-frequency': 'iteration',
  'release-cadence': 'iteration',
  roadmap: 'iteration',
  vision: 'vision',
  indicators: 'impact',
  'feedback-handling': 'users',
  'feedback-channel': 'users',
  'team-continuity': 'team',
  'delivery-automation': 'team',
};

/** What a verdict is worth in a verdict-only score; unknown and not-applicable are left out. */
const VERDICT_POINTS = { pass: 100, warn: 50, fail: 0 };

/** The verdicts a coach accepts: a verdict or a list of them, as a list. */
export function acceptedVerdicts(expected) {
  return Array.isArray(expected) ? [...expected] : [expected];
}

/**
 * Problems in the cases file, one sentence each ([] when it is sound): every case names its
 * repository, checkout folder, full commit hash, `now` instant and window, and judges the nine
 * signals with known verdicts, a reason and evidence; `set`, when given, is one of CASE_SETS.
 */
export function validateCases(cases) {
  const problems = [];
  if (!Array.isArray(cases) || cases.length === 0) return ['the cases file holds no list of cases'];
  const ids = new Set();
  cases.forEach((entry, index) => {
    const name = entry?.id ?? `case #${index + 1}`;
    if (typeof entry?.id !== 'string' || entry.id === '') problems.push(`${name}: no id`);
    else if (ids.has(entry.id)) problems.push(`${name}: id used twice`);
    else ids.add(entry.id);
    if (entry?.set !== undefined && !CASE_SETS.includes(entry.set)) {
      problems.push(`${name}: set must be one of ${CASE_SETS.join(', ')} (or left out for training)`);
    }
    if (!/^[\w.-]+\/[\w.-]+$/.test(entry?.repository ?? ''))
      problems.push(`${name}: repository is not OWNER/NAME`);
    if (typeof entry?.checkout !== 'string' || entry.checkout === '' || /[/\\]/.test(entry.checkout)) {
      problems.push(`${name}: checkout must be a folder name (no slash)`);
    }
    if (!/^[0-9a-f]{40}$/.test(entry?.commit ?? ''))
      problems.push(`${name}: commit is not a full 40-hex hash`);
    if (Number.isNaN(Date.parse(entry?.now ?? ''))) problems.push(`${name}: now is not an ISO 8601 instant`);
    if (!Number.isInteger(entry?.windowDays) || entry.windowDays < 7 || entry.windowDays > 730) {
      problems.push(`${name}: windowDays must be a whole number of days between 7 and 730`);
    }
    const signals = entry?.signals ?? {};
    for (const id of SIGNAL_IDS) {
      const judged = signals[id];
      if (!judged) {
        problems.push(`${name}: no verdict for ${id}`);
        continue;
      }
      for (const field of ['expected', 'repoOnly']) {
        if (field === 'repoOnly' && judged.repoOnly === undefined) continue;
        const verdicts = acceptedVerdicts(judged[field]);
        if (verdicts.length === 0 || verdicts.some((v) => !VERDICTS.includes(v))) {
          problems.push(`${name}: ${id}.${field} must be one of ${VERDICTS.join(', ')} (or a list of them)`);
        }
      }
      if (typeof judged.why !== 'string' || judged.why.trim() === '')
        problems.push(`${name}: ${id} has no why`);
      if (!Array.isArray(judged.evidence) || judged.evidence.length === 0) {
        problems.push(`${name}: ${id} has no evidence`);
      }
    }
    for (const id of Object.keys(signals)) {
      if (!SIGNAL_IDS.includes(id)) problems.push(`${name}: unknown signal ${id}`);
    }
  });
  return problems;
}

/**
 * One row per signal of a case: what the coach expects (on the chosen basis: 'coach', or
 * 'repoOnly' which falls back to the coach's verdict when the case gives none), what the scan
 * reported (`null` when the report has no such signal, which never agrees) and whether they agree.
 */
export function compareCase(entry, reportedStatuses, basis = 'coach') {
  return SIGNAL_IDS.map((signal) => {
    const judged = entry.signals[signal];
    const expected = acceptedVerdicts(
      basis === 'repoOnly' && judged.repoOnly !== undefined ? judged.repoOnly : judged.expected,
    );
    const got = reportedStatuses[signal] ?? null;
    return { signal, expected, got, agree: got !== null && expected.includes(got) };
  });
}

/**
 * Per-signal and overall agreement over the cases that were scanned: `{ signals: { id: { agree,
 * total } }, overall: { agree, total } }`. Skipped cases are not passed in, so they never count.
 */
export function summarize(comparisons) {
  const signals = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { agree: 0, total: 0 }]));
  const overall = { agree: 0, total: 0 };
  for (const rows of comparisons) {
    for (const row of rows) {
      const tally = signals[row.signal];
      if (!tally) continue;
      tally.total += 1;
      overall.total += 1;
      if (row.agree) {
        tally.agree += 1;
        overall.agree += 1;
      }
    }
  }
  return { signals, overall };
}

/**
 * Agreement per set (every set of CASE_SETS, even when empty) and over all sets, on both bases:
 * `{ training: { coach, repoOnly }, 'held-out': { coach, repoOnly }, overall: { coach, repoOnly } }`,
 * each a `summarize` result. Takes the scanned cases as `{ set, coach, repoOnly }`.
 */
export function summarizeBySet(scanned) {
  const tally = (items) => ({
    coach: summarize(items.map((item) => item.coach)),
    repoOnly: summarize(items.map((item) => item.repoOnly)),
  });
  const tallies = Object.fromEntries(
    CASE_SETS.map((set) => [set, tally(scanned.filter((item) => item.set === set))]),
  );
  return { ...tallies, overall: tally(scanned) };
}

/** `x/y (z %)`, or `–` when nothing was compared. */
export function formatRatio({ agree, total }) {
  return total === 0 ? '–' : `${agree}/${total} (${Math.round((agree / total) * 100)} %)`;
}

/**
 * A grade from verdicts alone, so that the coach's verdicts and the scan's can be graded the same
 * way: pass 100, warn 50, fail 0, unknown and not-applicable left out; a pillar is the mean of its
 * signals, the overall score the mean of the pillars that have one (equal weights, as the product's
 * defaults). For a list of accepted verdicts, the first one (the coach's preferred) is used.
 * `gradeOf` is the product's own score-to-grade function.
 */
export function verdictGrade(verdicts, gradeOf) {
  const pillars = {};
  for (const [signal, pillar] of Object.entries(SIGNAL_PILLARS)) {
    const given = verdicts[signal];
    const points = VERDICT_POINTS[Array.isArray(given) ? given[0] : given];
    if (points === undefined) continue;
    pillars[pillar] ??= [];
    pillars[pillar].push(points);
  }
  const means = Object.values(pillars).map((points) => points.reduce((a, b) => a + b, 0) / points.length);
  if (means.length === 0) return { score: null, grade: null };
  const score = Math.round(means.reduce((a, b) => a + b, 0) / means.length);
  return { score, grade: gradeOf(score) };
}
