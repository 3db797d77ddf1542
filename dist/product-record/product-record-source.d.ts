/**
 * The product's public record outside the repository: a beta.gouv.fr startup page
 * (`content/_startups/<id>.md` in `betagouv/beta.gouv.fr`). This is the raw part a source collects
 * (`RawSnapshot.productRecord`); reading what it says is `parse-product-record.ts`, pure.
 */
export type ProductRecordSource = 
/** Read: the record's Markdown text. */
(RecordIdentity & {
    status: 'found';
    /** `owner/name` of the repository (or the folder) it was read from. */
    repository: string;
    /** Path of the record in that repository. */
    path: string;
    text: string;
    /** Date of the last commit touching the record, null when unknown. */
    lastChangedAt: string | null;
    truncated: boolean;
})
/** Identified, but nothing could read it (offline without a checkout of the records): linked, not verified. */
 | (RecordIdentity & {
    status: 'linked';
})
/** The records' repository has no record by that id. */
 | (RecordIdentity & {
    status: 'unknown-id';
    repository: string;
    path: string;
})
/** It could not be read (permission, API fault, a binary or oversized file…), with why. */
 | (RecordIdentity & {
    status: 'unreadable';
    detail: string;
});
export interface RecordIdentity {
    /** The startup's id (`aides.jeunes`), the record's file name without `.md`. */
    id: string;
    /** How the scan knew it: `product.betagouv` in the config, or a README link to the startup page. */
    identifiedBy: 'config' | 'readme';
    /** The record's public page. */
    url: string;
}
/** Where beta.gouv.fr keeps its records, unless the config names a mirror. */
export declare const DEFAULT_RECORDS_REPOSITORY = "betagouv/beta.gouv.fr";
export declare function isRecordId(id: string): boolean;
/** Path of a record in the records' repository. */
export declare function recordPath(id: string): string;
export declare function recordUrl(id: string): string;
/** The first startup page a README links to, its id; null when there is none. */
export declare function startupIdInText(text: string): string | null;
/**
 * Which record the scan should read: `product.betagouv` first (the team has the last word), else
 * the README's link to the startup page. Null when neither names one.
 */
export declare function identifyProductRecord(configuredId: string | null, readmeText: string | null): RecordIdentity | null;
