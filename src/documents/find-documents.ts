import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import type { Localized, Status } from '../model/ids.js';
import type { Part } from '../model/part.js';
import type { FileContent, RawSnapshot } from '../model/raw-snapshot.js';
import type { Evidence, SignalResult } from '../model/signal.js';
import { unknownResult } from '../signals/outcome.js';
import { daysBetween, isoDay } from '../util/dates.js';
import {
  documentKindsOfPath,
  isDocumentCandidate,
  isRootReadme,
  isUrl,
  sortDocumentPaths,
  splitDeclaredPath,
} from './document-candidates.js';
import { type MarkdownSection, markdownSections, normalizeHeading } from './markdown-sections.js';

export interface ProductDocument {
  kind: DocumentKind;
  location: 'file' | 'section' | 'declared-url';
  /** Repository path (the file, or the file holding the section). */
  path: string | null;
  /** Section heading when location is 'section'. */
  heading: string | null;
  /** Declared external URL. */
  url: string | null;
  /** Markdown text; a section's text starts with its heading line. '' for a declared URL. */
  text: string;
  /** Date of the last commit touching the file. */
  lastChangedAt: string | null;
  /** Came from the configuration. */
  declared: boolean;
}

export interface DocumentSearch {
  /** Best first: declared, then dedicated files, then sections. */
  documents: ProductDocument[];
  /** Declared entries (`path` or `path#section`) that are not in the repository. */
  missingDeclared: string[];
  /** Declared entries that could not be read (permission, API fault…), with why. */
  unreadableDeclared: { entry: string; part: UnavailablePart }[];
}

export type UnavailablePart = Extract<Part<unknown>, { available: false }>;

/** Headings (normalised, see `normalizeHeading`) that open a section about each kind of document. */
const HEADING_PATTERNS: Record<DocumentKind, RegExp[]> = {
  vision: [
    /\bvision\b/,
    /\braison d ?etre\b/,
    /^(?:(?:notre|nos|our|la|the|sa|its) )?missions?\b/,
    /\bnorth ?star\b(?! metric)/,
    /\bpourquoi (?:ce|notre|le) (?:produit|service)\b/,
    /\bwhy (?:this|our|the) (?:product|service)\b/,
  ],
  indicators: [
    /\bindicateurs?\b/,
    /\bkpis?\b/,
    /\bstatistiques?\b/,
    /^(?:(?:nos|our|les|the) )?stats?\b/,
    /\bmetri(?:cs|ques?)\b/,
    /^(?:(?:notre|our|l|the|son|its) )?impacts?\b/,
    /\bmesurer? (?:de |d )?(?:l )?impact\b/,
    /\bmeasur(?:e|ing) (?:the |our )?impact\b/,
    /\bnorth ?star metric\b/,
    /\bokrs?\b/,
  ],
  roadmap: [
    /\bfeuilles? de route\b/,
    /\broad ?maps?\b/,
    /\bprochaines? etapes?\b/,
    /\bnext steps?\b/,
    /^(?:(?:le|notre|our|the) )?plan(?:ning)?(?! (?:du|de|of|d) (?:site|test|tests|code|classement|page))\b/,
    /^(?:(?:nos|our|les|the) )?(?:jalons|milestones)\b/,
    /^(?:a venir|upcoming|what s next|et ensuite|la suite)\b/,
  ],
};

/** Whether a section heading names the kind of document, in French or English. */
export function headingMatchesKind(heading: string, kind: DocumentKind): boolean {
  const normalized = normalizeHeading(heading);
  return normalized !== '' && HEADING_PATTERNS[kind].some((pattern) => pattern.test(normalized));
}

/** The product documents of one kind in the snapshot, best first. Pure: reads `files` and `contents` only. */
export function findDocuments(
  snapshot: RawSnapshot,
  kind: DocumentKind,
  config: ProductHealthConfig,
): ProductDocument[] {
  return searchDocuments(snapshot, kind, config).documents;
}

/** `findDocuments` plus the declared paths that could not be read, so a signal can say so. */
export function searchDocuments(
  snapshot: RawSnapshot,
  kind: DocumentKind,
  config: ProductHealthConfig,
): DocumentSearch {
  const declared = declaredDocuments(snapshot, kind, config);
  const taken = new Set(declared.documents.flatMap((doc) => (doc.path ? [doc.path] : [])));
  const paths = repositoryPaths(snapshot).filter((path) => isDocumentCandidate(path));

  const files: ProductDocument[] = [];
  for (const path of sortDocumentPaths(paths.filter((p) => documentKindsOfPath(p).includes(kind)))) {
    const content = readable(snapshot, path);
    if (!content || taken.has(path)) continue;
    taken.add(path);
    files.push(fileDocument(kind, path, content, false));
  }

  const sections: ProductDocument[] = [];
  for (const path of sortDocumentPaths(paths)) {
    const content = readable(snapshot, path);
    if (!content || taken.has(path)) continue;
    const all = markdownSections(content.text);
    // A README's leading H1 is the product's name, not a section about it.
    const title = isRootReadme(path) && all[0]?.level === 1 ? all[0] : null;
    for (const section of outermost(all, (s) => s !== title && headingMatchesKind(s.heading, kind))) {
      sections.push(sectionDocument(kind, path, section, content, false));
    }
  }
  return {
    documents: [...declared.documents, ...files, ...sections],
    missingDeclared: declared.missing,
    unreadableDeclared: declared.unreadable,
  };
}

function declaredDocuments(
  snapshot: RawSnapshot,
  kind: DocumentKind,
  config: ProductHealthConfig,
): Omit<DocumentSearch, 'missingDeclared' | 'unreadableDeclared'> & {
  missing: string[];
  unreadable: DocumentSearch['unreadableDeclared'];
} {
  const documents: ProductDocument[] = [];
  const missing: string[] = [];
  const unreadable: DocumentSearch['unreadableDeclared'] = [];
  for (const entry of config.documents[kind]) {
    if (isUrl(entry)) {
      documents.push({
        kind,
        location: 'declared-url',
        path: null,
        heading: null,
        url: entry.trim(),
        text: '',
        lastChangedAt: null,
        declared: true,
      });
      continue;
    }
    const { path, anchor } = splitDeclaredPath(entry);
    const content = readable(snapshot, path);
    if (!content) {
      const part = Object.hasOwn(snapshot.contents, path) ? snapshot.contents[path] : undefined;
      if (part && !part.available && part.reason !== 'not-found') unreadable.push({ entry, part });
      else if (!snapshot.files.available) unreadable.push({ entry, part: snapshot.files });
      else missing.push(entry);
      continue;
    }
    if (anchor === null) {
      documents.push(fileDocument(kind, path, content, true));
      continue;
    }
    const wanted = compactHeading(anchor);
    const section = markdownSections(content.text).find((s) => compactHeading(s.heading) === wanted);
    if (section) documents.push(sectionDocument(kind, path, section, content, true));
    else missing.push(entry);
  }
  return { documents, missing, unreadable };
}

/** A heading or a GitHub anchor (`indicateurs-dimpact`) reduced for comparison. */
function compactHeading(heading: string): string {
  return normalizeHeading(heading.replace(/-/g, ' ')).replace(/ /g, '');
}

/** Every path of the repository; the paths read in `contents` when the listing is unavailable. */
function repositoryPaths(snapshot: RawSnapshot): string[] {
  return snapshot.files.available ? snapshot.files.value : Object.keys(snapshot.contents);
}

function readable(snapshot: RawSnapshot, path: string): FileContent | null {
  const part = Object.hasOwn(snapshot.contents, path) ? snapshot.contents[path] : undefined;
  return part?.available ? part.value : null;
}

/** Matching sections, dropping those nested inside an earlier match (a section holds its sub-sections). */
function outermost(sections: MarkdownSection[], matches: (s: MarkdownSection) => boolean): MarkdownSection[] {
  const kept: MarkdownSection[] = [];
  let open: MarkdownSection | null = null;
  for (const section of sections) {
    if (open && section.level > open.level) continue;
    open = null;
    if (matches(section)) {
      kept.push(section);
      open = section;
    }
  }
  return kept;
}

function fileDocument(
  kind: DocumentKind,
  path: string,
  content: FileContent,
  declared: boolean,
): ProductDocument {
  return {
    kind,
    location: 'file',
    path,
    heading: null,
    url: null,
    text: content.text,
    lastChangedAt: content.lastChangedAt,
    declared,
  };
}

function sectionDocument(
  kind: DocumentKind,
  path: string,
  section: MarkdownSection,
  content: FileContent,
  declared: boolean,
): ProductDocument {
  return {
    kind,
    location: 'section',
    path,
    heading: section.heading,
    url: null,
    text: `${'#'.repeat(section.level)} ${section.heading}\n\n${section.text}`,
    lastChangedAt: content.lastChangedAt,
    declared,
  };
}

/** How a document appears in a report's evidence. */
export function documentEvidence(doc: ProductDocument): Evidence {
  if (doc.location === 'declared-url') return { kind: 'url', ref: doc.url ?? '', declared: true };
  if (doc.location === 'section') return { kind: 'section', ref: `${doc.path}#${doc.heading}` };
  return { kind: 'file', ref: doc.path ?? '' };
}

/** A short name for a document in a sentence: `VISION.md`, `README.md › Vision`, or the URL. */
export function documentLabel(doc: ProductDocument): string {
  if (doc.location === 'declared-url') return doc.url ?? '';
  if (doc.location === 'section') return `${doc.path} › ${doc.heading}`;
  return doc.path ?? '';
}

/** Evidence for the documents found, best first, at most ten. */
export function documentsEvidence(docs: readonly ProductDocument[]): Evidence[] {
  return docs.slice(0, 10).map(documentEvidence);
}

/** External pages the documents link to (images left out), first five: where a section points to a stats page or a wiki. */
export function linkedUrls(docs: readonly ProductDocument[]): string[] {
  const urls = docs.flatMap((doc) =>
    [...doc.text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').matchAll(/https?:\/\/[^\s)>\]"'`]+/g)].map((m) => m[0]),
  );
  return [...new Set(urls)].slice(0, 5);
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
  const days = freshness.ageDays;
  return freshness.stale
    ? {
        fr: `Dernière modification le ${day}, il y a ${days} jours (au-delà de ${maxAgeDays} jours).`,
        en: `Last changed on ${day}, ${days} days ago (more than ${maxAgeDays} days).`,
      }
    : {
        fr: `Dernière modification le ${day}, il y a ${days} jours.`,
        en: `Last changed on ${day}, ${days} days ago.`,
      };
}

const KIND_TEXT: Record<DocumentKind, { name: Localized; none: Localized; write: Localized }> = {
  vision: {
    name: { fr: 'Document de vision', en: 'Vision document' },
    none: { fr: 'Aucun document de vision trouvé', en: 'No vision document found' },
    write: { fr: 'Écrire la vision du produit', en: 'Write down the product vision' },
  },
  indicators: {
    name: { fr: 'Document d’indicateurs', en: 'Indicators document' },
    none: { fr: 'Aucun document d’indicateurs trouvé', en: 'No indicators document found' },
    write: {
      fr: 'Écrire les objectifs et indicateurs du produit',
      en: 'Write down the product’s objectives and indicators',
    },
  },
  roadmap: {
    name: { fr: 'Feuille de route', en: 'Roadmap' },
    none: { fr: 'Aucune feuille de route trouvée', en: 'No roadmap found' },
    write: {
      fr: 'Écrire une feuille de route court terme (3 à 6 mois)',
      en: 'Write a short-term roadmap (3 to 6 months)',
    },
  },
};

const WHERE_WE_LOOK: Record<DocumentKind, Localized> = {
  vision: {
    fr: 'un fichier `VISION.md` (ou `docs/produit/vision.md`, `FICHEPRODUIT.md`…) ou une section « Vision » / « Notre vision » / « Raison d’être » du README',
    en: 'a `VISION.md` file (or `docs/product/vision.md`, `FICHEPRODUIT.md`…) or a "Vision" / "Our vision" / "Mission" section of the README',
  },
  indicators: {
    fr: 'un fichier `INDICATEURS.md`, `KPI.md`, `STATS.md` (ou sous `docs/`) ou une section « Indicateurs » / « Impact » du README',
    en: 'an `INDICATEURS.md`, `KPI.md`, `METRICS.md` or `STATS.md` file (or under `docs/`) or an "Indicators" / "Impact" / "KPIs" section of the README',
  },
  roadmap: {
    fr: 'un fichier `ROADMAP.md` ou `FEUILLE-DE-ROUTE.md` (ou sous `docs/`) ou une section « Feuille de route » / « Roadmap » / « Prochaines étapes » du README',
    en: 'a `ROADMAP.md` or `FEUILLE-DE-ROUTE.md` file (or under `docs/`) or a "Roadmap" / "Next steps" section of the README',
  },
};

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
): SignalResult | null {
  const text = KIND_TEXT[kind];
  if (search.documents.some((doc) => doc.location !== 'declared-url')) return null;
  const urls = search.documents.filter((doc) => doc.location === 'declared-url');
  const missing = missingDeclaredText(search.missingDeclared);
  const configEvidence: Evidence[] = search.missingDeclared.map((entry) => ({ kind: 'config', ref: entry }));
  if (urls.length > 0) {
    const list = urls.map(documentLabel).join(', ');
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
        fr: `${text.name.fr} déclaré hors du dépôt : ${list} (déclaré, non vérifié).${missing.fr}`,
        en: `${text.name.en} declared outside the repository: ${list} (declared, not verified).${missing.en}`,
      },
      advice: search.missingDeclared.length > 0 ? fixDeclaredAdvice(kind) : null,
    };
  }
  const unreadable = search.unreadableDeclared[0];
  if (unreadable) return unknownResult(text.name, unreadable.part);
  if (!snapshot.files.available && search.missingDeclared.length === 0) {
    return unknownResult(text.name, snapshot.files);
  }
  const where = WHERE_WE_LOOK[kind];
  return {
    status: 'fail',
    score: 0,
    metrics: { documents: 0, missingDeclared: search.missingDeclared },
    evidence: configEvidence,
    measured: {
      fr: `${text.none.fr} dans le dépôt.${missing.fr}`,
      en: `${text.none.en} in the repository.${missing.en}`,
    },
    advice:
      search.missingDeclared.length > 0
        ? fixDeclaredAdvice(kind)
        : {
            fr: `${text.write.fr} dans le dépôt : ${where.fr}. Si ce document existe déjà ailleurs, le déclarer dans \`.github/product-health.yml\` sous \`documents.${kind}\` (chemin du dépôt ou URL).`,
            en: `${text.write.en} in the repository: ${where.en}. If it already lives elsewhere, declare it in \`.github/product-health.yml\` under \`documents.${kind}\` (a repository path or a URL).`,
          },
  };
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
