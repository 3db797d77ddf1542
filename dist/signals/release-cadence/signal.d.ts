import type { SignalDefinition } from '../../model/signal.js';
export type ReleaseCadenceThresholds = {
    /** Pass when the last release is at most this many days old… */
    passMaxDaysSinceLast: number;
    /** …and releases come at most this many days apart (median). */
    passMaxMedianIntervalDays: number;
    /** Warn up to this many days since the last release; fail beyond, or with nothing in the window. */
    warnMaxDaysSinceLast: number;
};
export declare const releaseCadenceSignal: SignalDefinition<ReleaseCadenceThresholds>;
