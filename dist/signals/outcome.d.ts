import type { Localized } from '../model/ids.js';
import type { Part, UnavailableReason } from '../model/part.js';
import type { Evidence, Metric, SignalResult } from '../model/signal.js';
export declare function reasonText(reason: UnavailableReason): Localized;
/** The detail worth showing next to the reason in a sentence, or '' when the reason says it all. */
export declare function shownDetail(part: {
    reason: UnavailableReason;
    detail: string;
}): string;
/**
 * The `unknown` outcome for a signal whose data part could not be read: it says what could not be
 * read and why, and is never averaged into scores.
 */
export declare function unknownResult(what: Localized, part: Extract<Part<unknown>, {
    available: false;
}>, evidence?: Evidence[]): SignalResult;
export declare function notApplicableResult(measured: Localized, metrics?: Record<string, Metric>, evidence?: Evidence[]): SignalResult;
