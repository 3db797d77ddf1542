import type { SignalDefinition } from '../../model/signal.js';
export type FeedbackHandlingThresholds = {
    /** Pass at this share of feedback answered within the target (and no open one left unanswered past it). */
    passShareWithinTarget: number;
    /** Warn at this share; fail below. */
    warnShareWithinTarget: number;
};
export declare const feedbackHandlingSignal: SignalDefinition<FeedbackHandlingThresholds>;
