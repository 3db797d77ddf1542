import { type ProductPhase } from './product-phase.js';
/** What a beta.gouv.fr record says, read from its front matter and its Markdown body. */
export interface ProductRecord {
    title: string | null;
    /** The one-sentence mission. */
    mission: string | null;
    /** The phases as listed, each with the product phase its name maps onto (null for an unknown name). */
    phases: RecordPhase[];
    /** Dated events: investment committees (`committee`), launch, national impact… */
    events: Array<{
        name: string;
        date: string | null;
        comment: string | null;
    }>;
    statsUrl: string | null;
    impactUrl: string | null;
    /** `stats: true`: the product publishes a stats page at its site's `/stats`. */
    stats: boolean;
    /** The product's site. */
    link: string | null;
    contact: string | null;
    repository: string | null;
    /** Who the users are, as the record's `usertypes` codes (`particulier`, `etat`…). */
    userTypes: string[];
    /** The Markdown after the front matter: problem, users, solution, impact. */
    body: string;
}
export interface RecordPhase {
    name: string;
    phase: ProductPhase | null;
    start: string | null;
    end: string | null;
}
export type ParsedRecord = {
    ok: true;
    record: ProductRecord;
} | {
    ok: false;
    /** `not-markdown`: no front matter or not text; `invalid`: the front matter is not a readable YAML mapping. */
    kind: 'not-markdown' | 'invalid';
    /** Why, in English. */
    detail: string;
};
/**
 * Reads a record: front matter (`---` … `---`, YAML with the bounded loader) and body. Never
 * throws: a record that is not Markdown with front matter, or whose front matter is broken, says why.
 */
export declare function parseProductRecord(text: string): ParsedRecord;
/** A record's statistics page: `stats_url`, else the site's `/stats` when `stats: true`. */
export declare function recordStatsPage(record: ProductRecord): string | null;
