import type { ProductHealthConfig } from '../config/config.js';
import type { Localized, PillarId, SignalId, Status } from './ids.js';
import type { RawSnapshot } from './raw-snapshot.js';
export type Thresholds = Record<string, number>;
export type Metric = number | string | boolean | null | string[];
/** What a signal looked at: a file, a README section, a declared URL, git history, an API part. */
export interface Evidence {
    kind: 'file' | 'section' | 'url' | 'git' | 'api' | 'config';
    /** Path, `path#heading`, URL or a short name of the data part. */
    ref: string;
    /** True when the config declares it and the scan could not verify it ("declared, not verified"). */
    declared?: boolean;
    /** Text shown instead of `ref` (e.g. an issue's title); repository content, escaped when rendered. */
    label?: string;
}
export interface SignalResult {
    status: Status;
    /** 0–100; null for `unknown` and `not-applicable`, which are never averaged. */
    score: number | null;
    metrics: Record<string, Metric>;
    evidence: Evidence[];
    /** What was measured, in a sentence or two. */
    measured: Localized;
    /** The next concrete step; null when there is nothing to do. */
    advice: Localized | null;
    /** Which data source the signal relied on, when it has a choice (e.g. deployments). */
    source?: string | null;
}
export interface GuideReference {
    title: Localized;
    /** Null when the source has no stable public address (the DINUM guide is a PDF handed out in training). */
    url: string | null;
}
export interface SignalContext<T extends Thresholds = Thresholds> {
    snapshot: RawSnapshot;
    config: ProductHealthConfig;
    thresholds: T;
    now: Date;
}
export interface SignalDefinition<T extends Thresholds = Thresholds> {
    id: SignalId;
    pillar: PillarId;
    title: Localized;
    definition: Localized;
    /** Why it matters, in the guide's words. */
    why: Localized;
    guide: GuideReference;
    /** Default thresholds; each can be overridden in `.github/product-health.yml`. */
    defaults: T;
    evaluate(context: SignalContext<T>): SignalResult;
}
