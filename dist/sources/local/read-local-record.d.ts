import { type ProductRecordSource, type RecordIdentity } from '../../product-record/product-record-source.js';
/**
 * Reads a product record from a local checkout of the records' repository (`--betagouv-dir`).
 * In a git checkout, the record is read as committed at the last commit before `now` (a scan of
 * the past reads the record of the time); a renamed record is found by its `redirect_from`.
 * Without a checkout, the record is linked, not verified. Never throws.
 */
export declare function readLocalRecord(identity: RecordIdentity, directory: string | null, now: Date): Promise<ProductRecordSource>;
