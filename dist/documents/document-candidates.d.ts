import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
export declare const MAX_DOCUMENT_CANDIDATES = 200;
/** Static-site pages read for their front-matter title, per scan (a site may hold thousands). */
export declare const MAX_STATIC_PAGES = 30;
/**
 * The files the collector must read for the product documents: root READMEs and contribution
 * guides, root and documentation files named after a product document, monorepo package
 * documents, static-site pages (at most `MAX_STATIC_PAGES`), and the paths the config declares.
 * Traps and `documents.exclude` are left out. Sorted, deduplicated, at most 200 (declared paths
 * and READMEs are kept first).
 */
export declare function documentCandidatePaths(paths: readonly string[], config: ProductHealthConfig): string[];
/** Whether a repository path matches one of `documents.exclude` (globs; `**` crosses folders). */
export declare function excludeMatcher(config: ProductHealthConfig): (path: string) => boolean;
/** Repository paths (not URLs) of every declared document, `#section` anchors removed. */
export declare function declaredDocumentPaths(config: ProductHealthConfig): string[];
/** A declared entry as a repository path and an optional `#section` anchor. */
export declare function splitDeclaredPath(entry: string): {
    path: string;
    anchor: string | null;
};
export declare function isUrl(entry: string): boolean;
/** A README at the repository's root (`README.md`, `readme`, `LISEZMOI.md`, `README.fr.md`…). */
export declare function isRootReadme(path: string): boolean;
/**
 * True for a path the product may read as a product document: a root README or contribution
 * guide, a root or documentation-folder file named after a product document, a monorepo package's
 * document, a static-site page. Never a trap (`isTrapPath`).
 */
export declare function isDocumentCandidate(path: string): boolean;
/** A contribution guide: `CONTRIBUTING.md` at the root, in `.github/` or `docs/`, or a docs page about contributing or support. */
export declare function isContributingGuide(path: string): boolean;
/** A Markdown page of a static site: `_pages/stats.md`, `content/a-propos.md`, `pages/indicateurs.mdx`. */
export declare function isStaticSitePage(path: string): boolean;
/** `packages/<name>/…` or `apps/<name>/…` (outside code folders): the package's name and the path inside it. */
export declare function packageOf(path: string): {
    name: string;
    inner: string[];
} | null;
/**
 * Kinds of product document a path is named after: the file name for a root file; the file name
 * or any folder below the documentation folder for a file under `docs/`, `gitbook/`…
 * (`docs/roadmap/2026.md` is a roadmap); for a monorepo package, the file name, or the package's
 * name for its README (`packages/app-stats/README.md` is about indicators).
 */
export declare function documentKindsOfPath(path: string): DocumentKind[];
/**
 * A path that must never become a product document, whatever its name: decision records
 * (`docs/decisions/`, `adr/`), plans folders, change logs, AI prompt files (`.claude/`, `*.prompt.md`,
 * `AGENTS.md`), templates explaining how to write a document, examples.
 */
export declare function isTrapPath(path: string): boolean;
/** Root READMEs, then other root files, then shallow before deep, then by path: best documents first. */
export declare function sortDocumentPaths(paths: string[]): string[];
