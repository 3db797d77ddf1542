import type { SignalId } from '../model/ids.js';
import type { SignalDefinition, Thresholds } from '../model/signal.js';
import { deliveryAutomationSignal } from './delivery-automation/signal.js';
import { deploymentFrequencySignal } from './deployment-frequency/signal.js';
import { feedbackChannelSignal } from './feedback-channel/signal.js';
import { feedbackHandlingSignal } from './feedback-handling/signal.js';
import { indicatorsSignal } from './indicators/signal.js';
import { releaseCadenceSignal } from './release-cadence/signal.js';
import { roadmapSignal } from './roadmap/signal.js';
import { teamContinuitySignal } from './team-continuity/signal.js';
import { visionSignal } from './vision/signal.js';

/** The nine signals, in the order PRODUCT.md lists them. */
export const SIGNALS: readonly SignalDefinition<Thresholds>[] = [
  deploymentFrequencySignal,
  releaseCadenceSignal,
  visionSignal,
  indicatorsSignal,
  roadmapSignal,
  feedbackHandlingSignal,
  feedbackChannelSignal,
  teamContinuitySignal,
  deliveryAutomationSignal,
] as SignalDefinition<Thresholds>[];

/** Names of each signal's thresholds, for validating the configuration. */
export function thresholdNames(): Record<SignalId, string[]> {
  return Object.fromEntries(SIGNALS.map((s) => [s.id, Object.keys(s.defaults)])) as Record<
    SignalId,
    string[]
  >;
}
