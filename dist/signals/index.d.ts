import type { SignalId } from '../model/ids.js';
import type { SignalDefinition, Thresholds } from '../model/signal.js';
/** The nine signals, in the order PRODUCT.md lists them. */
export declare const SIGNALS: readonly SignalDefinition<Thresholds>[];
/** Names of each signal's thresholds, for validating the configuration. */
export declare function thresholdNames(): Record<SignalId, string[]>;
