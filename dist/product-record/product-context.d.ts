import type { ProductHealthConfig } from '../config/config.js';
import type { Localized, SignalId, Status } from '../model/ids.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { SignalResult, Thresholds } from '../model/signal.js';
import { type ProductPhase, type ResolvedPhase } from './product-phase.js';
import { type RecordReading } from './snapshot-record.js';
/** The product's context the scan judges in: its public record and its phase. */
export interface ProductContext {
    record: RecordReading;
    phase: ResolvedPhase | null;
}
/** How the context changed a signal's verdict. */
export interface ContextAdjustment {
    from: Status;
    because: 'phase' | 'record';
    note: Localized;
}
export declare function productContextOf(snapshot: RawSnapshot, config: ProductHealthConfig): ProductContext;
/** The phase in words: `accélération (fiche beta.gouv.fr, depuis le 2023-01-13)`. */
export declare function phaseText(phase: ResolvedPhase): Localized;
/** What each phase expects, as a coach would say it; shown once in the report. */
export declare const PHASE_EXPECTATIONS: Record<ProductPhase, Localized>;
/**
 * A signal's result in the product's context: the record's contact counts as a way in for users;
 * the phase changes what is expected (release cadence is not expected in investigation, measurable
 * targets are in acceleration and later). Null when nothing changes. Pure.
 */
export declare function adjustForContext(id: SignalId, result: SignalResult, context: ProductContext, thresholds?: Thresholds): {
    result: SignalResult;
    adjustment: ContextAdjustment;
} | null;
