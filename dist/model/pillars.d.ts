import type { Localized, PillarId } from './ids.js';
/** The five pillars, named as the guide names them (guide/piliers.md), with a short name for table headers. */
export declare const PILLARS: Record<PillarId, {
    short: Localized;
    title: Localized;
    gist: Localized;
}>;
