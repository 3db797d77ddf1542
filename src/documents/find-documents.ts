import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import type { Part } from '../model/part.js';
import type { FileContent, RawSnapshot } from '../model/raw-snapshot.js';
import { recordDocuments } from '../product-record/snapshot-record.js';
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
  /** `record`: the product's public record outside the repository (beta.gouv.fr), read by its own module. */
  location: 'file' | 'section' | 'declared-url' | 'record';
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
  // The public record is detected, not declared: a kind the config declares does not take it.
  const record = config.documents[kind].length > 0 ? [] : recordDocuments(snapshot, kind);
  return {
    documents: [...declared.documents, ...files, ...sections, ...record],
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
