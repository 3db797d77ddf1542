import type { ProductHealthConfig } from '../config/config.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { SignalDefinition, SignalResult, Thresholds } from '../model/signal.js';
import { type ContextAdjustment } from '../product-record/product-context.js';
export interface EvaluatedSignal {
    definition: SignalDefinition<Thresholds>;
    thresholds: Thresholds;
    result: SignalResult;
    disabled: boolean;
    /** How the product's context (its phase, its public record) changed the verdict, when it did. */
    adjustment?: ContextAdjustment;
}
/** Runs every signal on the snapshot. Pure; a signal that throws becomes `unknown`, never a crash. */
export declare function evaluateSignals(snapshot: RawSnapshot, config: ProductHealthConfig, signals?: readonly SignalDefinition<Thresholds>[]): EvaluatedSignal[];
