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
export const SIGNALS = [
    deploymentFrequencySignal,
    releaseCadenceSignal,
    visionSignal,
    indicatorsSignal,
    roadmapSignal,
    feedbackHandlingSignal,
    feedbackChannelSignal,
    teamContinuitySignal,
    deliveryAutomationSignal,
];
/** Names of each signal's thresholds, for validating the configuration. */
export function thresholdNames() {
    return Object.fromEntries(SIGNALS.map((s) => [s.id, Object.keys(s.defaults)]));
}
