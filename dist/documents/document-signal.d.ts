import type { DocumentKind, ProductHealthConfig } from '../config/config.js';
import type { Localized, Status } from '../model/ids.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { Evidence, Metric, SignalContext, SignalResult } from '../model/signal.js';
import { type DocumentSearch, type ProductDocument } from './find-documents.js';
/** Candidates with text to judge (not a bare address). */
export declare function hasText(doc: ProductDocument): boolean;
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
export declare function evaluateDocumentSignal<T extends DocumentSignalThresholds>({ snapshot, config, thresholds, now }: SignalContext<T>, kind: DocumentKind, judge: (text: string, docs: readonly ProductDocument[], freshness: Freshness) => DocumentJudgement, 
/** Candidates from outside the repository (a product record), ranked with the detected ones. */
external?: readonly ProductDocument[]): SignalResult;
/** How a document appears in a report's evidence. */
export declare function documentEvidence(doc: ProductDocument): Evidence;
/**
 * A short name for a document in a sentence, with why it was taken when detected:
 * `VISION.md`, `README.md › Vision`, `README.md › introduction (README lead text)`, or the URL.
 */
export declare function documentLabel(doc: ProductDocument, language?: keyof Localized): string;
/** Where a document is, as a next step names it: `VISION.md`, `README.md › Vision`, "votre fiche beta.gouv.fr". */
export declare function documentPlace(doc: ProductDocument, language: keyof Localized): string;
/** The documents' places, without repeats, for a next step. */
export declare function documentPlaces(docs: readonly ProductDocument[], language: keyof Localized): string;
/** Evidence for the documents found, best first, at most ten. */
export declare function documentsEvidence(docs: readonly ProductDocument[]): Evidence[];
/** External pages the documents link to (images left out), first five: where a section points to a stats page or a wiki. */
export declare function linkedUrls(docs: readonly ProductDocument[]): string[];
/**
 * A document too thin to judge that links to an outside page is not "nothing": the outcome is
 * `warn` at `linkedUrlScore`, and what was measured says the link was not verified.
 */
export declare function linkedUrlsFallback(result: {
    status: Status;
    score: number;
    measured: Localized;
}, urls: readonly string[], linkedUrlScore: number): {
    status: Status;
    score: number;
    measured: Localized;
};
export interface Freshness {
    /** The most recent change among the documents; null when no date is known. */
    lastChangedAt: string | null;
    ageDays: number | null;
    stale: boolean;
}
/** How recently the documents changed (the last commit touching their files); an unknown date is never stale. */
export declare function documentsFreshness(docs: readonly ProductDocument[], now: Date, maxAgeDays: number): Freshness;
export declare function freshnessText(freshness: Freshness, maxAgeDays: number): Localized;
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
export declare function documentFact(snapshot: RawSnapshot, config: ProductHealthConfig, kind: DocumentKind): DocumentFact | null;
/**
 * The outcome when there is no text to analyse: `unknown` when the files could not be listed (or a
 * declared file could not be read), `fail` when nothing is found, a capped `pass` when only external
 * URLs are declared ("declared, not verified"). Null when there is a document to analyse.
 */
export declare function resultWithoutText(search: DocumentSearch, snapshot: RawSnapshot, kind: DocumentKind, declaredUrlScore: number, linkedUrlScore?: number, fact?: DocumentFact | null): SignalResult | null;
/** A sentence (with a leading space) naming declared documents that are not in the repository, or ''. */
export declare function missingDeclaredText(missing: readonly string[]): Localized;
/** The advice, plus a request to fix the configuration when declared documents are missing. */
export declare function withDeclaredFix(advice: Localized | null, search: DocumentSearch, kind: DocumentKind): Localized | null;
