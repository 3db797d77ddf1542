import type { SignalDefinition } from '../model/signal.js';
export type DeliveryAutomationThresholds = Record<string, never>;
export declare const deliveryAutomationSignal: SignalDefinition<DeliveryAutomationThresholds>;
