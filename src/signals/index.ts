import type { SignalId } from '../model/ids.js';
import type { SignalDefinition, Thresholds } from '../model/signal.js';
import { deliveryAutomationSignal } from './delivery-automation.js';
import { deploymentFrequencySignal } from './deployment-frequency.js';
import { feedbackChannelSignal } from './feedback-channel.js';
import { feedbackHandlingSignal } from './feedback-handling.js';
import { indicatorsSignal } from './indicators.js';
import { releaseCadenceSignal } from './release-cadence.js';
import { roadmapSignal } from './roadmap.js';
import { teamContinuitySignal } from './team-continuity.js';
import { visionSignal } from './vision.js';

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
