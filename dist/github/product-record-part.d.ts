import type { ProductRecordSource, RecordIdentity } from '../product-record/product-record-source.js';
import type { ReadFailure } from './classify-error.js';
import type { ProductRecordNode } from './queries/details-query.js';
/** Where the record is read on GitHub: the identity, and the records' repository and path. */
export interface RecordRequest {
    identity: RecordIdentity;
    owner: string;
    name: string;
    path: string;
}
/** The record as the details request answered it: found, unknown id, or unreadable with why. */
export declare function productRecordPart(request: RecordRequest, node: ProductRecordNode | null | undefined, failure: ReadFailure | null): ProductRecordSource;
