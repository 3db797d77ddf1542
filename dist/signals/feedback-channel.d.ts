import type { SignalDefinition } from '../model/signal.js';
export type FeedbackChannelThresholds = Record<string, never>;
export declare const feedbackChannelSignal: SignalDefinition<FeedbackChannelThresholds>;
