import type { DocumentKind } from '../config/config.js';
import type { ProductDocument } from '../documents/find-documents.js';
import type { Localized } from '../model/ids.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import { type ProductRecord } from './parse-product-record.js';
import { type ProductRecordSource } from './product-record-source.js';
/** What the scan knows of the product's public record, read from the snapshot. Pure. */
export type RecordReading = {
    state: 'none';
} | {
    state: 'found';
    source: Extract<ProductRecordSource, {
        status: 'found';
    }>;
    record: ProductRecord;
} | {
    state: 'linked';
    source: ProductRecordSource;
} | {
    state: 'unknown-id';
    source: Extract<ProductRecordSource, {
        status: 'unknown-id';
    }>;
} | {
    state: 'unreadable';
    source: ProductRecordSource;
    detail: string;
}
/** Read, but not a Markdown record, or its front matter is broken. */
 | {
    state: 'broken';
    source: ProductRecordSource;
    detail: string;
};
export declare function readSnapshotRecord(snapshot: RawSnapshot): RecordReading;
/** The record as named in a sentence, by the file it was read from (a renamed record is found under its new id). */
export declare function recordLabel(source: ProductRecordSource): string;
/** One sentence on the record's status, for the report. */
export declare function recordStatusText(reading: RecordReading): Localized | null;
/**
 * The record as product documents of one kind: its mission and body as a vision document; its
 * impact sections and its stats and impact pages (linked, not verified) as an indicators document.
 * None for other kinds, or when the record was not read.
 */
export declare function recordDocuments(snapshot: RawSnapshot, kind: DocumentKind): ProductDocument[];
