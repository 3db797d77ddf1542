import picomatch from 'picomatch';
import { normalizeText } from './markdown-sections.js';
export const MAX_DOCUMENT_CANDIDATES = 200;
/** Static-site pages read for their front-matter title, per scan (a site may hold thousands). */
export const MAX_STATIC_PAGES = 30;
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
const KIND_NAMES = {
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
        'tracking plan',
        'plan de tracking',
        'plan de marquage',
        'plan de taggage',
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
 * The files the collector must read for the product documents: root READMEs and contribution
 * guides, root and documentation files named after a product document, monorepo package
 * documents, static-site pages (at most `MAX_STATIC_PAGES`), and the paths the config declares.
 * Traps and `documents.exclude` are left out. Sorted, deduplicated, at most 200 (declared paths
 * and READMEs are kept first).
 */
export function documentCandidatePaths(paths, config) {
    const declared = declaredDocumentPaths(config);
    const excluded = excludeMatcher(config);
    const found = paths.filter((path) => isDocumentCandidate(path) && !excluded(path));
    const pages = sortDocumentPaths(found.filter(isStaticSitePage)).slice(0, MAX_STATIC_PAGES);
    const others = found.filter((path) => !isStaticSitePage(path));
    const byPriority = [...declared, ...sortDocumentPaths(others), ...pages];
    const kept = [...new Set(byPriority)].slice(0, MAX_DOCUMENT_CANDIDATES);
    return kept.sort(compareStrings);
}
/** Whether a repository path matches one of `documents.exclude` (globs; `**` crosses folders). */
export function excludeMatcher(config) {
    const globs = config.documents.exclude ?? [];
    if (globs.length === 0)
        return () => false;
    const matchers = globs.map((glob) => picomatch(glob.replace(/^(\.\/|\/)+/, ''), { dot: true, nocase: true }));
    return (path) => matchers.some((matches) => matches(path));
}
const KINDS = ['vision', 'indicators', 'roadmap'];
/** Repository paths (not URLs) of every declared document, `#section` anchors removed. */
export function declaredDocumentPaths(config) {
    const entries = KINDS.flatMap((kind) => config.documents[kind]);
    return entries
        .filter((entry) => !isUrl(entry))
        .map((entry) => splitDeclaredPath(entry).path)
        .filter((path) => path !== '');
}
/** A declared entry as a repository path and an optional `#section` anchor. */
export function splitDeclaredPath(entry) {
    const hash = entry.indexOf('#');
    const rawPath = hash === -1 ? entry : entry.slice(0, hash);
    const anchor = hash === -1 ? null : entry.slice(hash + 1).trim() || null;
    const path = rawPath
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/|\/)+/, '');
    return { path, anchor };
}
export function isUrl(entry) {
    return /^https?:\/\//i.test(entry.trim());
}
/** A README at the repository's root (`README.md`, `readme`, `LISEZMOI.md`, `README.fr.md`…). */
export function isRootReadme(path) {
    return !path.includes('/') && README.test(path);
}
/**
 * True for a path the product may read as a product document: a root README or contribution
 * guide, a root or documentation-folder file named after a product document, a monorepo package's
 * document, a static-site page. Never a trap (`isTrapPath`).
 */
export function isDocumentCandidate(path) {
    const segments = path.split('/');
    if (segments.length > MAX_SEGMENTS || segments.some((s) => SKIPPED_FOLDERS.has(s.toLowerCase())))
        return false;
    if (isTrapPath(path))
        return false;
    const name = segments[segments.length - 1] ?? '';
    if (segments.length === 1) {
        if (README.test(name) || isContributingGuide(path))
            return true;
        if (!TEXT_EXTENSION.test(name) && name.includes('.'))
            return false;
        return documentKindsOfPath(path).length > 0 || isProductSheetName(name);
    }
    if (!TEXT_EXTENSION.test(name))
        return false;
    if (isContributingGuide(path) || isStaticSitePage(path))
        return true;
    if (packageOf(path))
        return documentKindsOfPath(path).length > 0;
    if (!DOC_FOLDERS.has((segments[0] ?? '').toLowerCase()))
        return false;
    return documentKindsOfPath(path).length > 0 || isProductSheetName(name);
}
/** A contribution guide: `CONTRIBUTING.md` at the root, in `.github/` or `docs/`, or a docs page about contributing or support. */
export function isContributingGuide(path) {
    const segments = path.split('/');
    const name = segments[segments.length - 1] ?? '';
    if (segments.length > 2 || !(TEXT_EXTENSION.test(name) || !name.includes('.')))
        return false;
    const folder = segments.length === 2 ? (segments[0] ?? '').toLowerCase() : '';
    if (folder !== '' && folder !== '.github' && !DOC_FOLDERS.has(folder))
        return false;
    const words = nameWords(name);
    if (/^(contributing|contribuer)$/i.test(name.replace(/\.[a-z]+$/i, '')))
        return true;
    return folder !== '' && folder !== '.github' && words.some((word) => GUIDE_WORDS.has(word));
}
/** Words naming a docs page that tells users how to reach the team or contribute. */
const GUIDE_WORDS = new Set([
    'contributing',
    'contribuer',
    'contribution',
    'contributions',
    'support',
    'contact',
    'faq',
    'feedback',
    'retours',
]);
/** Folders of static sites (Jekyll, Hugo, Eleventy, Next…) whose pages are read for their front-matter title. */
const STATIC_PAGE_FOLDERS = new Set(['_pages', 'content', 'pages']);
/** A Markdown page of a static site: `_pages/stats.md`, `content/a-propos.md`, `pages/indicateurs.mdx`. */
export function isStaticSitePage(path) {
    const segments = path.split('/');
    return (segments.length >= 2 &&
        segments.length <= 4 &&
        STATIC_PAGE_FOLDERS.has((segments[0] ?? '').toLowerCase()) &&
        /\.(md|mdx|markdown)$/i.test(path));
}
/** Monorepo workspace folders whose packages may hold product documents. */
const WORKSPACE_FOLDERS = new Set(['packages', 'apps']);
/** Folders inside a package that hold code, tests or build output, never product documents. */
const CODE_FOLDERS = new Set([
    'src',
    'lib',
    'dist',
    'build',
    'out',
    'test',
    'tests',
    '__tests__',
    'spec',
    'specs',
    'e2e',
    'cypress',
    'fixtures',
    '__fixtures__',
    'mocks',
    '__mocks__',
    'public',
    'static',
    'assets',
    'components',
    'scripts',
    'migrations',
]);
/** `packages/<name>/…` or `apps/<name>/…` (outside code folders): the package's name and the path inside it. */
export function packageOf(path) {
    const segments = path.split('/');
    if (segments.length < 3 || !WORKSPACE_FOLDERS.has((segments[0] ?? '').toLowerCase()))
        return null;
    const inner = segments.slice(2);
    if (inner.slice(0, -1).some((folder) => CODE_FOLDERS.has(folder.toLowerCase())))
        return null;
    return { name: segments[1] ?? '', inner };
}
/**
 * Kinds of product document a path is named after: the file name for a root file; the file name
 * or any folder below the documentation folder for a file under `docs/`, `gitbook/`…
 * (`docs/roadmap/2026.md` is a roadmap); for a monorepo package, the file name, or the package's
 * name for its README (`packages/app-stats/README.md` is about indicators).
 */
export function documentKindsOfPath(path) {
    const segments = path.split('/');
    const pkg = packageOf(path);
    const file = segments[segments.length - 1] ?? '';
    const names = pkg
        ? README.test(file) && pkg.inner.length === 1
            ? [pkg.name]
            : [file]
        : segments.length === 1
            ? segments
            : segments.slice(1);
    const kinds = Object.keys(KIND_NAMES).filter((kind) => names.some((name) => namesOneOf(name, KIND_NAMES[kind])));
    return kinds;
}
/** Folders that hold decision records, plans, change logs, AI prompts, templates or examples: never product documents. */
const TRAP_FOLDERS = new Set([
    'decisions',
    'decision',
    'decision-records',
    'architecture-decisions',
    'adr',
    'adrs',
    'rfc',
    'rfcs',
    'plans',
    'changelog',
    'changelogs',
    'changes',
    'release-notes',
    'releases',
    'prompts',
    'instructions',
    'skills',
    '.claude',
    '.cursor',
    '.windsurf',
    '.continue',
    '.codex',
    '.gemini',
    '.aider',
    'templates',
    'template',
    '_templates',
    'modeles',
    'gabarits',
    'examples',
    'exemples',
    'samples',
    'fixtures',
    '__fixtures__',
    'archive',
    'archives',
]);
/** File names (as words, `nameWords`) of traps: change logs, decision records, prompt files, templates. */
const TRAP_FILE = /^(?:changelog|changes|history|historique|release notes?|notes de version|news)\b|^adr\b|\badr \d|^\d{4} adr\b|\b(?:decision|decisions)\b|\bprompts?\b|^(?:agents|claude|gemini|copilot instructions|skill|cursorrules)$|\btemplates?\b|\bmodeles?\b|\bgabarits?\b|^(?:exemples?|examples?|samples?)\b|\b(?:how to write|comment (?:ecrire|rediger))\b/;
/**
 * A path that must never become a product document, whatever its name: decision records
 * (`docs/decisions/`, `adr/`), plans folders, change logs, AI prompt files (`.claude/`, `*.prompt.md`,
 * `AGENTS.md`), templates explaining how to write a document, examples.
 */
export function isTrapPath(path) {
    const segments = path.split('/');
    if (segments.slice(0, -1).some((folder) => TRAP_FOLDERS.has(folder.toLowerCase())))
        return true;
    const file = segments[segments.length - 1] ?? '';
    if (/\.prompt\.md$/i.test(file))
        return true;
    return TRAP_FILE.test(nameWords(file).join(' '));
}
function isProductSheetName(fileName) {
    return namesOneOf(fileName, PRODUCT_SHEET_NAMES);
}
/** Whether a file or folder name contains one of the names, as words or glued (`FICHEPRODUIT`). */
function namesOneOf(fileName, names) {
    const words = nameWords(fileName);
    const glued = words.join('');
    return names.some((name) => {
        const target = name.split(' ');
        const compact = target.join('');
        if (glued === compact || words.includes(compact))
            return true;
        return words.some((_, i) => target.every((word, j) => words[i + j] === word));
    });
}
function nameWords(fileName) {
    const stem = fileName.replace(/\.[a-z0-9]+$/i, '');
    const split = stem.replace(/([a-z])([A-Z])/g, '$1 $2');
    return normalizeText(split)
        .split(/[^a-z0-9]+/)
        .filter((word) => word !== '');
}
/** Root READMEs, then other root files, then shallow before deep, then by path: best documents first. */
export function sortDocumentPaths(paths) {
    const rank = (path) => (isRootReadme(path) ? 0 : path.includes('/') ? 2 : 1);
    return [...paths].sort((a, b) => rank(a) - rank(b) || a.split('/').length - b.split('/').length || compareStrings(a, b));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
