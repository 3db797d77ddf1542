import type { SignalDefinition } from '../model/signal.js';
export type DeploymentFrequencyThresholds = {
    /** Successful production deployments a week for `pass` (beta.gouv standard: one a week). */
    passPerWeek: number;
    /** Below this many a week (about once a month, 7/30) the signal fails. */
    warnPerWeek: number;
};
export type DeploymentBand = 'elite' | 'high' | 'medium' | 'low';
export type DeploymentSource = 'deployments' | 'workflow-runs' | 'paas-pushes' | 'branch-pushes' | 'tags';
/** DORA 2023 deployment frequency band for a rate of deployments a day. */
export declare function deploymentBand(perDay: number): DeploymentBand;
export declare const deploymentFrequencySignal: SignalDefinition<DeploymentFrequencyThresholds>;
