import type { Localized } from '../model/ids.js';
import type { ProductRecord, RecordPhase } from './parse-product-record.js';
/** The product's phases, beta.gouv.fr's names; the ministries' POC → MVP → construction → généralisation map onto them. */
export declare const PRODUCT_PHASES: readonly ['investigation', 'construction', 'acceleration', 'consolidation'];
export type ProductPhase = (typeof PRODUCT_PHASES)[number];
export declare const PHASE_TEXT: Record<ProductPhase, Localized>;
/** The phase a name means (`Accélération`, `MVP`, `généralisation`), null for a name that is not a phase. */
export declare function phaseOfName(name: string): ProductPhase | null;
/** The record's current phase: the one that started last (a later phase first when two start the same day). */
export declare function latestRecordPhase(record: ProductRecord): RecordPhase | null;
export interface ResolvedPhase {
    /** Null when the record's latest phase is not one of the four (an abandoned product, say). */
    phase: ProductPhase | null;
    /** As written in the config or the record. */
    name: string;
    source: 'config' | 'record';
    /** Start of the record's phase (YYYY-MM-DD), null from the config. */
    since: string | null;
}
/** The phase the scan judges against: `product.phase` from the config, else the record's latest phase. */
export declare function resolvePhase(configured: string | null, record: ProductRecord | null): ResolvedPhase | null;
