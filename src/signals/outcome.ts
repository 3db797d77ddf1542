import type { Localized } from '../model/ids.js';
import type { Part, UnavailableReason } from '../model/part.js';
import type { Evidence, Metric, SignalResult } from '../model/signal.js';

const REASONS: Record<UnavailableReason, Localized> = {
  offline: { fr: 'non lisible hors ligne (copie locale)', en: 'not readable offline (local checkout)' },
  'no-permission': { fr: 'permission manquante', en: 'missing permission' },
  'api-fault': { fr: 'erreur de l’API', en: 'API fault' },
  disabled: { fr: 'désactivé sur ce dépôt', en: 'disabled on this repository' },
  'not-found': { fr: 'introuvable', en: 'not found' },
  'not-a-git-repository': {
    fr: 'le dossier n’est pas un dépôt git',
    en: 'the folder is not a git repository',
  },
  'empty-repository': { fr: 'dépôt vide', en: 'empty repository' },
  'too-large': { fr: 'trop volumineux', en: 'too large' },
  'not-needed': {
    fr: 'non lu : une source plus fiable a suffi',
    en: 'not read: a more trusted source was enough',
  },
};

export function reasonText(reason: UnavailableReason): Localized {
  return REASONS[reason];
}

/**
 * Reasons whose localized text says it all: their `detail` (English, for logs and the JSON report)
 * only repeats it, and stays out of the report's sentences.
 */
const SELF_EXPLAINING: ReadonlySet<UnavailableReason> = new Set([
  'offline',
  'disabled',
  'not-needed',
  'not-a-git-repository',
  'empty-repository',
]);

/** The detail worth showing next to the reason in a sentence, or '' when the reason says it all. */
export function shownDetail(part: { reason: UnavailableReason; detail: string }): string {
  return SELF_EXPLAINING.has(part.reason) ? '' : part.detail;
}

/**
 * The `unknown` outcome for a signal whose data part could not be read: it says what could not be
 * read and why, and is never averaged into scores.
 */
export function unknownResult(
  what: Localized,
  part: Extract<Part<unknown>, { available: false }>,
  evidence: Evidence[] = [],
): SignalResult {
  const reason = REASONS[part.reason];
  const detail = shownDetail(part);
  return {
    status: 'unknown',
    score: null,
    metrics: { unavailable: part.reason },
    evidence,
    measured: {
      fr: `${what.fr} : donnée indisponible, ${reason.fr}${detail ? ` — ${detail}` : ''}.`,
      en: `${what.en}: data unavailable, ${reason.en}${detail ? ` — ${detail}` : ''}.`,
    },
    advice: null,
  };
}

export function notApplicableResult(
  measured: Localized,
  metrics: Record<string, Metric> = {},
  evidence: Evidence[] = [],
): SignalResult {
  return { status: 'not-applicable', score: null, metrics, evidence, measured, advice: null };
}
