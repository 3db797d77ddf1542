import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import type { Localized, Status } from '../model/ids.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { Evidence, Metric, SignalContext, SignalResult } from '../model/signal.js';
import { unknownResult } from '../signals/outcome.js';
import { loadSignalData, quoteFact, type SignalMessages, signalMessages } from '../signals/signal-data.js';
import { daysBetween, isoDay } from '../util/dates.js';
import { documentKindsOfPath, isDocumentCandidate, isRootReadme } from './document-candidates.js';
import {
  CONFIDENCE_RANK,
  type DocumentSearch,
  type ProductDocument,
  searchDocuments,
  type UnavailablePart,
} from './find-documents.js';
import { analyzeIndicators } from './indicator-analysis.js';
import { visionChecklist } from './vision-checklist.js';

/** Candidates with text to judge (not a bare address). */
export function hasText(doc: ProductDocument): boolean {
  return doc.location !== 'declared-url' && doc.location !== 'link';
}

/** Thresholds every document signal has. */
export type DocumentSignalThresholds = {
  /** Documents not changed for longer are stale. */
  maxAgeDays: number;
  /** Score of a document only declared at an external URL (not verified). */
  declaredUrlScore: number;
  /** Score of a document too thin to judge that links to an outside page (not verified): `warn`. */
  linkedUrlScore: number;
};

/** A document signal's own judgement of the documents' text. */
export interface DocumentJudgement {
  status: Status;
  score: number;
  /** What was measured, without the freshness and missing-declared sentences appended after it. */
  measured: Localized;
  /** Signal-specific metrics, placed between `documents` and the common freshness metrics. */
  metrics: Record<string, Metric>;
  /** The signal's advice, before the request to fix missing declared documents. */
  advice: Localized | null;
}

/**
 * The pipeline shared by the document signals: find the documents of `kind`, return early when there
 * is no text, judge the joined text, then add freshness, linked URLs, common metrics and evidence.
 */
export function evaluateDocumentSignal<T extends DocumentSignalThresholds>(
  { snapshot, config, thresholds, now }: SignalContext<T>,
  kind: DocumentKind,
  judge: (text: string, docs: readonly ProductDocument[], freshness: Freshness) => DocumentJudgement,
  /** Candidates from outside the repository (a product record), ranked with the detected ones. */
  external: readonly ProductDocument[] = [],
): SignalResult {
  const search = searchDocuments(snapshot, kind, config, external);
  const early = search.documents.some(hasText)
    ? null
    : resultWithoutText(
        search,
        snapshot,
        kind,
        thresholds.declaredUrlScore,
        thresholds.linkedUrlScore,
        documentFact(snapshot, config, kind),
      );
  if (early) return early;

  const docs = search.documents.filter(hasText);
  const freshness = documentsFreshness(docs, now, thresholds.maxAgeDays);
  const judgement = judge(docs.map((doc) => doc.text).join('\n\n'), docs, freshness);
  const missingDeclared = missingDeclaredText(search.missingDeclared);
  const capped = capByConfidence(judgement, docs);

  const links = search.documents.filter((doc) => doc.location === 'link');
  const urls = [...new Set([...links.map((doc) => doc.url ?? ''), ...linkedUrls(docs)])].slice(0, 5);
  // A text too thin to judge that links a live page: the page is "linked, not verified", never
  // stale by the age of the text that links it.
  const onlyLinks = capped.status === 'fail' && urls.length > 0;
  const age = freshnessText(onlyLinks ? { ...freshness, stale: false } : freshness, thresholds.maxAgeDays);
  const judged = linkedUrlsFallback(
    {
      status: capped.status,
      score: capped.score,
      measured: {
        fr: `${judgement.measured.fr}${capped.note.fr} ${age.fr}${missingDeclared.fr}`,
        en: `${judgement.measured.en}${capped.note.en} ${age.en}${missingDeclared.en}`,
      },
    },
    urls,
    thresholds.linkedUrlScore,
  );

  return {
    status: judged.status,
    score: judged.score,
    metrics: {
      documents: docs.length,
      ...judgement.metrics,
      ageDays: freshness.ageDays,
      lastChangedAt: freshness.lastChangedAt,
      stale: freshness.stale && !onlyLinks,
      missingDeclared: search.missingDeclared,
      linkedUrls: urls,
    },
    evidence: [
      ...documentsEvidence(search.documents),
      ...(judged.status === capped.status
        ? []
        : urls
            .filter((ref) => !links.some((doc) => doc.url === ref))
            .map((ref) => ({ kind: 'url' as const, ref }))),
    ],
    measured: judged.measured,
    advice: withDeclaredFix(onlyLinks ? linkedAdvice(kind, urls) : judgement.advice, search, kind),
  };
}

/**
 * At most `warn` when every candidate with text is only `medium` (a README lead, a package's
 * document, a presentation section): it is where the team writes about the product, not a document
 * it keeps for that purpose. `note` (with a leading space) says so, or is empty.
 */
function capByConfidence(
  judgement: DocumentJudgement,
  docs: readonly ProductDocument[],
): { status: Status; score: number; note: Localized } {
  const best = Math.min(...docs.map((doc) => CONFIDENCE_RANK[doc.confidence]));
  if (best < CONFIDENCE_RANK.medium || judgement.status !== 'pass') {
    return { status: judgement.status, score: judgement.score, note: { fr: '', en: '' } };
  }
  return {
    status: 'warn',
    score: Math.min(judgement.score, 70),
    note: {
      fr: ' Trouvé seulement dans des textes qui ne sont pas un document dédié (au plus « à surveiller » tant que l’équipe ne le déclare pas).',
      en: ' Found only in texts that are not a dedicated document (at most “warn” until the team declares it).',
    },
  };
}

/** How a document appears in a report's evidence. */
export function documentEvidence(doc: ProductDocument): Evidence {
  if (doc.location === 'declared-url') return { kind: 'url', ref: doc.url ?? '', declared: true };
  if (doc.location === 'link')
    return { kind: 'url', ref: doc.url ?? '', ...(doc.heading ? { label: doc.heading } : {}) };
  if (doc.location === 'record')
    return { kind: 'url', ref: doc.url ?? '', label: doc.heading ?? doc.path ?? doc.url ?? '' };
  if (doc.location === 'section') return { kind: 'section', ref: `${doc.path}#${doc.heading}` };
  return { kind: 'file', ref: doc.path ?? '' };
}

/**
 * A short name for a document in a sentence, with why it was taken when detected:
 * `VISION.md`, `README.md › Vision`, `README.md › introduction (README lead text)`, or the URL.
 */
export function documentLabel(doc: ProductDocument, language: keyof Localized = 'en'): string {
  const why = doc.confidence === 'declared' || doc.confidence === 'high' ? '' : ` (${doc.reason[language]})`;
  if (doc.location === 'declared-url') return doc.url ?? '';
  if (doc.location === 'link') {
    const from = language === 'fr' ? 'lié depuis' : 'linked from';
    return `${doc.url}${doc.heading ? ` « ${doc.heading} »` : ''} (${from} ${doc.path})`;
  }
  if (doc.location === 'section') return `${doc.path} › ${doc.heading}${why}`;
  if (doc.location === 'record') return `${doc.url ?? doc.path ?? ''} (${doc.reason[language]})`;
  if (doc.location === 'lead') return `${doc.path} › ${language === 'fr' ? 'introduction' : 'lead'}${why}`;
  return `${doc.path ?? ''}${why}`;
}

/** Where a document is, as a next step names it: `VISION.md`, `README.md › Vision`, "votre fiche beta.gouv.fr". */
export function documentPlace(doc: ProductDocument, language: keyof Localized): string {
  if (doc.location === 'record')
    return language === 'fr' ? 'votre fiche beta.gouv.fr' : 'your beta.gouv.fr page';
  if (doc.location === 'section') return `${doc.path} › ${doc.heading}`;
  return doc.path ?? doc.url ?? '';
}

/** The documents' places, without repeats, for a next step. */
export function documentPlaces(docs: readonly ProductDocument[], language: keyof Localized): string {
  return [...new Set(docs.map((doc) => documentPlace(doc, language)))].join(', ');
}

/** Evidence for the documents found, best first, at most ten. */
export function documentsEvidence(docs: readonly ProductDocument[]): Evidence[] {
  return docs.slice(0, 10).map(documentEvidence);
}

/** Longest address kept as a linked page; anything longer is no page a team links to (and would bloat the report). */
const MAX_URL_CHARS = 2_048;
/** An address to an issue, pull request or discussion, up to its number. */
const ISSUE_URL = /^https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/(?:issues|pull|discussions)\/\d+/i;

/** External pages the documents link to (images left out), first five: where a section points to a stats page or a wiki. */
export function linkedUrls(docs: readonly ProductDocument[]): string[] {
  const urls = docs.flatMap((doc) =>
    // No bracket inside the image's parts: a text of a thousand `![` is read in one pass.
    [...doc.text.replace(/!\[[^[\]]*\]\([^()]*\)/g, '').matchAll(/https?:\/\/[^\s)>\]"'`]+/g)].map((m) =>
      linkedUrl(m[0]),
    ),
  );
  return [...new Set(urls.filter((url) => url.length <= MAX_URL_CHARS))].slice(0, 5);
}

/**
 * An address as written in prose, the way GitHub reads it: without the punctuation that ends the
 * sentence (`…/stats.`), and an issue's address without what is glued after its number
 * (`…/issues/5!`), so that it is recognised (and linked without a backlink) as the issue it names.
 */
function linkedUrl(written: string): string {
  const url = written.replace(/[?!.,:;*_~]+$/, '');
  const issue = ISSUE_URL.exec(url)?.[0];
  if (issue === undefined || issue.length === url.length || /^[/#?]/.test(url.slice(issue.length)))
    return url;
  return issue;
}

/**
 * A document too thin to judge that links to an outside page is not "nothing": the outcome is
 * `warn` at `linkedUrlScore`, and what was measured says the link was not verified.
 */
export function linkedUrlsFallback(
  result: { status: Status; score: number; measured: Localized },
  urls: readonly string[],
  linkedUrlScore: number,
): { status: Status; score: number; measured: Localized } {
  if (result.status !== 'fail' || urls.length === 0) return result;
  const list = urls.join(', ');
  return {
    status: 'warn',
    score: Math.max(result.score, linkedUrlScore),
    measured: {
      fr: `${result.measured.fr} Le document renvoie vers ${list} (non vérifié).`,
      en: `${result.measured.en} The document links to ${list} (not verified).`,
    },
  };
}

export interface Freshness {
  /** The most recent change among the documents; null when no date is known. */
  lastChangedAt: string | null;
  ageDays: number | null;
  stale: boolean;
}

/** How recently the documents changed (the last commit touching their files); an unknown date is never stale. */
export function documentsFreshness(
  docs: readonly ProductDocument[],
  now: Date,
  maxAgeDays: number,
): Freshness {
  const dates = docs.flatMap((doc) =>
    doc.lastChangedAt && !Number.isNaN(Date.parse(doc.lastChangedAt)) ? [doc.lastChangedAt] : [],
  );
  if (dates.length === 0) return { lastChangedAt: null, ageDays: null, stale: false };
  const lastChangedAt = dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  const ageDays = Math.max(0, Math.floor(daysBetween(lastChangedAt, now)));
  return { lastChangedAt, ageDays, stale: ageDays > maxAgeDays };
}

export function freshnessText(freshness: Freshness, maxAgeDays: number): Localized {
  if (freshness.lastChangedAt === null || freshness.ageDays === null) {
    return {
      fr: 'Date de dernière modification inconnue : fraîcheur non évaluée.',
      en: 'Last change date unknown: freshness not assessed.',
    };
  }
  const day = isoDay(freshness.lastChangedAt);
  return freshness.stale
    ? {
        fr: `Dernière modification le ${day}, plus de ${maxAgeDays} jours avant l’analyse.`,
        en: `Last changed on ${day}, more than ${maxAgeDays} days before the scan.`,
      }
    : {
        fr: `Dernière modification le ${day}.`,
        en: `Last changed on ${day}.`,
      };
}

/** The texts of the document signal of `kind` (its id is the kind's name). */
const MESSAGES: Record<DocumentKind, SignalMessages> = {
  vision: signalMessages(loadSignalData('vision')),
  indicators: signalMessages(loadSignalData('indicators')),
  roadmap: signalMessages(loadSignalData('roadmap')),
};

/** What the team's other product documents already say, for a next step built on it. */
export interface DocumentFact {
  fact: 'objective' | 'purpose' | 'impact';
  /** Where it was read (`VISION.md`, `README.md › Vision`). */
  source: Localized;
  quote: string;
}

/**
 * The fact a missing document's next step starts from: for a roadmap, the objective named in the
 * indicators document, else the vision's purpose; for indicators, the vision's expected impact,
 * else its purpose. Null for the vision, or when nothing was found.
 */
export function documentFact(
  snapshot: RawSnapshot,
  config: ProductHealthConfig,
  kind: DocumentKind,
): DocumentFact | null {
  if (kind === 'vision') return null;
  const textOf = (other: DocumentKind) => {
    const docs = searchDocuments(snapshot, other, config).documents.filter(hasText);
    return docs.length > 0
      ? {
          source: factSource(docs[0] as ProductDocument, other),
          text: docs.map((doc) => doc.text).join('\n\n'),
        }
      : null;
  };
  if (kind === 'roadmap') {
    const indicators = textOf('indicators');
    const objective = indicators ? analyzeIndicators(indicators.text).objectiveEvidence : null;
    if (indicators && objective)
      return { fact: 'objective', source: indicators.source, quote: quoteFact(objective, 110) };
  }
  const vision = textOf('vision');
  if (!vision) return null;
  const { evidence } = visionChecklist(vision.text);
  const item =
    kind === 'indicators' && evidence.impact
      ? 'impact'
      : evidence.purpose
        ? 'purpose'
        : evidence.impact
          ? 'impact'
          : null;
  const quote = item ? evidence[item] : undefined;
  return item && quote ? { fact: item, source: vision.source, quote: quoteFact(quote, 110) } : null;
}

/** "Votre fiche beta.gouv.fr", "Votre vision (`VISION.md`)": where a fact was read, as a sentence's subject. */
function factSource(doc: ProductDocument, kind: DocumentKind): Localized {
  if (doc.location === 'record') return { fr: 'Votre fiche beta.gouv.fr', en: 'Your beta.gouv.fr page' };
  const where = doc.location === 'section' ? `${doc.path} › ${doc.heading}` : (doc.path ?? doc.url ?? '');
  return kind === 'vision'
    ? { fr: `Votre vision (${where})`, en: `Your vision (${where})` }
    : { fr: `Votre document d’indicateurs (${where})`, en: `Your indicators document (${where})` };
}

function writeAdvice(kind: DocumentKind, fact: DocumentFact | null): Localized {
  const where = MESSAGES[kind]('document-where');
  return MESSAGES[kind]('advice-write', (language) => ({
    fact: fact?.fact ?? 'none',
    source: fact?.source[language] ?? '',
    quote: fact?.quote ?? '',
    where: where[language],
  }));
}

function linkedAdvice(kind: DocumentKind, urls: readonly string[]): Localized {
  const distinct = [...new Map(urls.map((url) => [url.replace(/\/+$/, ''), url])).values()];
  return MESSAGES[kind]('advice-linked', { urls: distinct.slice(0, 2).join(', ') });
}

/**
 * The outcome when there is no text to analyse: `unknown` when the files could not be listed (or a
 * declared file could not be read), `fail` when nothing is found, a capped `pass` when only external
 * URLs are declared ("declared, not verified"). Null when there is a document to analyse.
 */
export function resultWithoutText(
  search: DocumentSearch,
  snapshot: RawSnapshot,
  kind: DocumentKind,
  declaredUrlScore: number,
  linkedUrlScore = 50,
  fact: DocumentFact | null = null,
): SignalResult | null {
  const message = MESSAGES[kind];
  if (search.documents.some(hasText)) return null;
  const urls = search.documents.filter((doc) => doc.location === 'declared-url');
  const links = search.documents.filter((doc) => doc.location === 'link');
  const missing = missingDeclaredText(search.missingDeclared);
  const configEvidence: Evidence[] = search.missingDeclared.map((entry) => ({ kind: 'config', ref: entry }));
  if (urls.length > 0) {
    const list = urls.map((doc) => documentLabel(doc)).join(', ');
    return {
      status: 'pass',
      score: Math.min(declaredUrlScore, 100),
      metrics: {
        documents: urls.length,
        declaredUrls: urls.length,
        verified: false,
        missingDeclared: search.missingDeclared,
      },
      evidence: [...documentsEvidence(urls), ...configEvidence],
      measured: {
        fr: `${message('document-name').fr} déclaré hors du dépôt : ${list} (déclaré, non vérifié).${missing.fr}`,
        en: `${message('document-name').en} declared outside the repository: ${list} (declared, not verified).${missing.en}`,
      },
      advice: search.missingDeclared.length > 0 ? fixDeclaredAdvice(kind) : null,
    };
  }
  if (links.length > 0) return linkedOnlyResult(kind, links, search, linkedUrlScore);
  const unreadable = search.unreadableDeclared[0]?.part ?? unreadableCandidate(snapshot, kind);
  if (unreadable) return unknownResult(message('document-name'), unreadable);
  if (!snapshot.files.available && search.missingDeclared.length === 0) {
    return unknownResult(message('document-name'), snapshot.files);
  }
  const none = message('document-none');
  return {
    status: 'fail',
    score: 0,
    metrics: { documents: 0, missingDeclared: search.missingDeclared },
    evidence: configEvidence,
    measured: { fr: `${none.fr}${missing.fr}`, en: `${none.en}${missing.en}` },
    advice: search.missingDeclared.length > 0 ? fixDeclaredAdvice(kind) : writeAdvice(kind, fact),
  };
}

/** Only pages linked from the README or the contribution guide: `warn`, linked, not verified. */
function linkedOnlyResult(
  kind: DocumentKind,
  links: readonly ProductDocument[],
  search: DocumentSearch,
  linkedUrlScore: number,
): SignalResult {
  const name = MESSAGES[kind]('document-name');
  const list = (language: keyof Localized) => links.map((doc) => documentLabel(doc, language)).join(', ');
  const missing = missingDeclaredText(search.missingDeclared);
  return {
    status: 'warn',
    score: linkedUrlScore,
    metrics: {
      documents: 0,
      linkedPages: links.length,
      verified: false,
      linkedUrls: links.map((doc) => doc.url ?? ''),
      missingDeclared: search.missingDeclared,
    },
    evidence: documentsEvidence(links),
    measured: {
      fr: `${name.fr} : seulement une page liée, ${list('fr')} (lié, non vérifié).${missing.fr}`,
      en: `${name.en}: only a linked page, ${list('en')} (linked, not verified).${missing.en}`,
    },
    advice: withDeclaredFix(
      linkedAdvice(
        kind,
        links.map((doc) => doc.url ?? ''),
      ),
      search,
      kind,
    ),
  };
}

/**
 * A candidate document of this kind (or a README) that could not be read for a reason other than
 * its absence: "none found" would then be a guess, so the signal is unknown.
 */
function unreadableCandidate(snapshot: RawSnapshot, kind: DocumentKind): UnavailablePart | null {
  for (const [path, part] of Object.entries(snapshot.contents)) {
    if (part.available || part.reason === 'not-found' || part.reason === 'too-large') continue;
    if (!isDocumentCandidate(path)) continue;
    const kinds = documentKindsOfPath(path);
    if (isRootReadme(path) || kinds.includes(kind) || kinds.length === 0) return part;
  }
  return null;
}

/** A sentence (with a leading space) naming declared documents that are not in the repository, or ''. */
export function missingDeclaredText(missing: readonly string[]): Localized {
  if (missing.length === 0) return { fr: '', en: '' };
  const list = missing.map((entry) => `\`${entry}\``).join(', ');
  return {
    fr: ` Document déclaré introuvable dans le dépôt : ${list}.`,
    en: ` Declared document not found in the repository: ${list}.`,
  };
}

/** The advice, plus a request to fix the configuration when declared documents are missing. */
export function withDeclaredFix(
  advice: Localized | null,
  search: DocumentSearch,
  kind: DocumentKind,
): Localized | null {
  if (search.missingDeclared.length === 0) return advice;
  const fix = fixDeclaredAdvice(kind);
  return advice ? { fr: `${advice.fr} ${fix.fr}`, en: `${advice.en} ${fix.en}` } : fix;
}

function fixDeclaredAdvice(kind: DocumentKind): Localized {
  return {
    fr: `Corriger \`documents.${kind}\` dans \`.github/product-health.yml\` : le fichier (ou la section \`#…\`) déclaré est introuvable dans le dépôt.`,
    en: `Fix \`documents.${kind}\` in \`.github/product-health.yml\`: the declared file (or \`#…\` section) is not in the repository.`,
  };
}
