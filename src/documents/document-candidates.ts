import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import { normalizeText } from './markdown-sections.js';

export const MAX_DOCUMENT_CANDIDATES = 200;
const MAX_SEGMENTS = 20;

const TEXT_EXTENSION = /\.(md|mdx|markdown|txt|rst|adoc|asciidoc)$/i;
const README = /^(readme|lisezmoi|lisez[-_ ]moi)([._-][a-z]{2}([-_][a-z]{2})?)?(\.[a-z0-9]+)?$/i;
const DOC_FOLDERS = new Set([
  'docs',
  'doc',
  'documentation',
  'gitbook',
  '.gitbook',
  'wiki',
  'produit',
  'product',
]);
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'vendor',
  'vendors',
  'vendored',
  'third_party',
  'third-party',
  'thirdparty',
  'bower_components',
  '.git',
]);

/** File and folder names (as word sequences) that name each kind of product document. */
const KIND_NAMES: Record<DocumentKind, string[]> = {
  vision: ['vision', 'north star', 'mission', 'raison d etre', 'raison detre'],
  indicators: [
    'indicateurs',
    'indicateur',
    'kpi',
    'kpis',
    'stats',
    'statistiques',
    'statistics',
    'metrics',
    'metriques',
    'impact',
    'impacts',
    'objectifs',
    'objectives',
    'okr',
    'okrs',
  ],
  roadmap: [
    'roadmap',
    'road map',
    'feuille de route',
    'feuilles de route',
    'prochaines etapes',
    'next steps',
    'jalons',
    'milestones',
    'planning',
  ],
};

/** Names of documents that usually hold several product parts (read for their sections). */
const PRODUCT_SHEET_NAMES = [
  'fiche produit',
  'fiches produit',
  'product brief',
  'product sheet',
  'product',
  'produit',
  'strategie',
  'strategy',
];

/**
 * The files the collector must read for the product documents: root READMEs, root files and
 * documentation files named after a product document, and the paths the config declares.
 * Sorted, deduplicated, at most 200 (declared paths and READMEs are kept first).
 */
export function documentCandidatePaths(paths: readonly string[], config: ProductHealthConfig): string[] {
  const declared = declaredDocumentPaths(config);
  const found = paths.filter((path) => isDocumentCandidate(path));
  const byPriority = [...declared, ...sortDocumentPaths(found)];
  const kept = [...new Set(byPriority)].slice(0, MAX_DOCUMENT_CANDIDATES);
  return kept.sort(compareStrings);
}

/** Repository paths (not URLs) of every declared document, `#section` anchors removed. */
export function declaredDocumentPaths(config: ProductHealthConfig): string[] {
  const entries = Object.values(config.documents).flat();
  return entries
    .filter((entry) => !isUrl(entry))
    .map((entry) => splitDeclaredPath(entry).path)
    .filter((path) => path !== '');
}

/** A declared entry as a repository path and an optional `#section` anchor. */
export function splitDeclaredPath(entry: string): { path: string; anchor: string | null } {
  const hash = entry.indexOf('#');
  const rawPath = hash === -1 ? entry : entry.slice(0, hash);
  const anchor = hash === -1 ? null : entry.slice(hash + 1).trim() || null;
  const path = rawPath
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '');
  return { path, anchor };
}

export function isUrl(entry: string): boolean {
  return /^https?:\/\//i.test(entry.trim());
}

/** A README at the repository's root (`README.md`, `readme`, `LISEZMOI.md`, `README.fr.md`…). */
export function isRootReadme(path: string): boolean {
  return !path.includes('/') && README.test(path);
}

/** True for a path the product may read as a product document (README, named root file, doc folder file). */
export function isDocumentCandidate(path: string): boolean {
  const segments = path.split('/');
  if (segments.length > MAX_SEGMENTS || segments.some((s) => SKIPPED_FOLDERS.has(s.toLowerCase())))
    return false;
  const name = segments[segments.length - 1] ?? '';
  if (segments.length === 1) {
    if (README.test(name)) return true;
    if (!TEXT_EXTENSION.test(name) && name.includes('.')) return false;
    return documentKindsOfPath(path).length > 0 || isProductSheetName(name);
  }
  if (!DOC_FOLDERS.has((segments[0] ?? '').toLowerCase()) || !TEXT_EXTENSION.test(name)) return false;
  return documentKindsOfPath(path).length > 0 || isProductSheetName(name);
}

/**
 * Kinds of product document a path is named after: the file name for a root file; the file name
 * or any folder below the documentation folder for a file under `docs/`, `gitbook/`…
 * (`docs/roadmap/2026.md` is a roadmap).
 */
export function documentKindsOfPath(path: string): DocumentKind[] {
  const segments = path.split('/');
  const names = segments.length === 1 ? segments : segments.slice(1);
  const kinds = (Object.keys(KIND_NAMES) as DocumentKind[]).filter((kind) =>
    names.some((name) => namesOneOf(name, KIND_NAMES[kind])),
  );
  return kinds;
}

function isProductSheetName(fileName: string): boolean {
  return namesOneOf(fileName, PRODUCT_SHEET_NAMES);
}

/** Whether a file or folder name contains one of the names, as words or glued (`FICHEPRODUIT`). */
function namesOneOf(fileName: string, names: readonly string[]): boolean {
  const words = nameWords(fileName);
  const glued = words.join('');
  return names.some((name) => {
    const target = name.split(' ');
    const compact = target.join('');
    if (glued === compact || words.includes(compact)) return true;
    return words.some((_, i) => target.every((word, j) => words[i + j] === word));
  });
}

function nameWords(fileName: string): string[] {
  const stem = fileName.replace(/\.[a-z0-9]+$/i, '');
  const split = stem.replace(/([a-z])([A-Z])/g, '$1 $2');
  return normalizeText(split)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Root READMEs, then other root files, then shallow before deep, then by path: best documents first. */
export function sortDocumentPaths(paths: string[]): string[] {
  const rank = (path: string): number => (isRootReadme(path) ? 0 : path.includes('/') ? 2 : 1);
  return [...paths].sort(
    (a, b) => rank(a) - rank(b) || a.split('/').length - b.split('/').length || compareStrings(a, b),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
