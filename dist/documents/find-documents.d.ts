import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import type { Localized } from '../model/ids.js';
import type { Part } from '../model/part.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
/**
 * How sure the product is that a candidate is the team's document of that kind, best first:
 * `declared` (the config names it), `high` (a file or section named after the kind), `medium` (a
 * README lead, a monorepo package's document, a page named after the kind), `low` (a link whose
 * address or text names the kind: linked, not verified).
 */
export type Confidence = 'declared' | 'high' | 'medium' | 'low';
export declare const CONFIDENCE_RANK: Record<Confidence, number>;
export interface ProductDocument {
    kind: DocumentKind;
    /**
     * `lead`: a README's text before its first section; `link`: a page linked from a README or a
     * contribution guide (then `url` and `heading` = the link's text); `record`: a product record
     * outside the repository (e.g. beta.gouv.fr), read by its own module.
     */
    location: 'file' | 'section' | 'lead' | 'link' | 'declared-url' | 'record';
    /** Where the candidate comes from: the configuration, the repository, or a public product record. */
    source: 'config' | 'repository' | 'record';
    confidence: Confidence;
    /** Why it was taken, in a few words (shown in the report). */
    reason: Localized;
    /** Repository path (the file, or the file holding the section). */
    path: string | null;
    /** Section heading when location is 'section'; the link's text when location is 'link'. */
    heading: string | null;
    /** Declared external URL, or the linked page's address. */
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
    unreadableDeclared: {
        entry: string;
        part: UnavailablePart;
    }[];
}
export type UnavailablePart = Extract<Part<unknown>, {
    available: false;
}>;
/** Whether a section heading names the kind of document, in French or English. */
export declare function headingMatchesKind(heading: string, kind: DocumentKind): boolean;
/** The product documents of one kind in the snapshot, best first. Pure: reads `files` and `contents` only. */
export declare function findDocuments(snapshot: RawSnapshot, kind: DocumentKind, config: ProductHealthConfig): ProductDocument[];
/**
 * `findDocuments` plus the declared paths that could not be read, so a signal can say so. A kind
 * declared in the config replaces detection for that kind (never added to it); detection ranks its
 * candidates by confidence and leaves out `documents.exclude`.
 */
export declare function searchDocuments(snapshot: RawSnapshot, kind: DocumentKind, config: ProductHealthConfig, 
/**
 * Candidates found outside the repository (e.g. `source: 'record'`, `location: 'record'`: the
 * product's public record), ranked with the detected ones by their confidence. Like detection,
 * they give way to what the config declares for this kind.
 */
external?: readonly ProductDocument[]): DocumentSearch;
/** Best first, by confidence; the order found is kept within a confidence. */
export declare function rankByConfidence(docs: readonly ProductDocument[]): ProductDocument[];
