import type { ScanCost } from '../github/github-client.js';
import type { Language, PillarId, SignalId, Status } from '../model/ids.js';
import type { Grade } from '../scoring/grade.js';
/** Version of the comparison's JSON shape (schemas/comparison.schema.json); bumped on breaking changes. */
export declare const COMPARISON_SCHEMA_VERSION = 1;
/**
 * Product health of many repositories side by side: what `product-health compare` outputs as JSON,
 * what `product-health merge` reads back, and what every renderer (Markdown, CSV, HTML, the
 * organisation overview issue) draws. Language-neutral: renderers name pillars and signals.
 */
export interface Comparison {
    schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
    tool: {
        name: string;
        version: string;
    };
    generatedAt: string;
    /** What was compared: an owner's repositories or a list. */
    scope: ComparisonScope;
    /** One per repository compared, sorted by `repository` (case-insensitive). */
    rows: ComparisonRow[];
    /** Repositories that form one product, aggregated; sorted by name. Empty when none is grouped. */
    products: ProductRow[];
    /** Repositories listed but left out (archived, forks, the owner's `.github` settings repository), sorted by name. */
    skipped: SkippedRepository[];
    /** Requests made for this comparison (summed over shards by `merge`). */
    cost: ScanCost;
}
export interface ComparisonScope {
    /** `owner` when an owner's repositories were listed, `list` for `--repos` or a list file. */
    kind: 'owner' | 'list';
    /** The owner's login for `owner`, null for a list. */
    owner: string | null;
    /** Shards merged into this comparison (1 for a single run); `shard` names the one a run covered. */
    shards: number;
    shard: {
        index: number;
        count: number;
    } | null;
}
/** Score and grade of one pillar, or of the whole repository; both null when nothing is known. */
export interface GradedScore {
    score: number | null;
    grade: Grade | null;
    /** True when the grade rests on fewer known signals than apply (some are unknown). */
    partial?: boolean;
}
export interface ComparisonRow {
    /** `owner/name`. */
    repository: string;
    url: string;
    /** Product name from the repository's config (`product:`) or the mapping file; null when alone. */
    product: string | null;
    topics: string[];
    overall: GradedScore;
    pillars: Record<PillarId, GradedScore>;
    /** Every signal's outcome (what the detail view lists). */
    signals: Record<SignalId, Status>;
    /** Past overall scores kept in the health issue, oldest first, the current one last. */
    history: Array<{
        date: string;
        score: number | null;
    }>;
    /** The repository's product-health issue, when it has one. */
    issue: {
        number: number;
        url: string;
        state: 'open' | 'closed';
    } | null;
    /**
     * `stored`: read from the health issue's state (fresh); `scanned`: scanned during this run;
     * `failed`: neither; `rate-limited`: not scanned (or stopped) because GitHub's hourly budget was
     * spent — `problems` gives the reset time; compare again after it.
     */
    origin: 'stored' | 'scanned' | 'failed' | 'rate-limited';
    /** For a `rate-limited` row: when GitHub gives the budget back (ISO 8601; null: it did not say). */
    rateLimitedUntil?: string | null;
    /** Why the row has no scores (`failed`), or what could not be read during its scan; empty otherwise. */
    problems: string[];
}
/** Repositories sharing a `product` name, judged together: each pillar takes its best-known score. */
export interface ProductRow {
    name: string;
    repositories: string[];
    overall: GradedScore;
    pillars: Record<PillarId, GradedScore>;
    topics: string[];
}
export interface SkippedRepository {
    repository: string;
    /** `settings`: the owner's `.github` repository (community files, shared configuration), not a product. */
    reason: 'archived' | 'fork' | 'settings';
}
/** Options every renderer takes. */
export interface ComparisonRenderOptions {
    language: Language;
}
