import type { ProductHealthConfig } from '../config/config.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
export interface CollectRequest {
    now: Date;
    config: ProductHealthConfig;
}
export interface ReadConfigHint {
    now: Date;
    /** Window the scan will most likely use (the configuration may still change it). */
    windowDays?: number;
}
/**
 * Where raw data comes from: a local checkout or GitHub's API. Collection is the only place that
 * does I/O; everything after it is pure.
 */
export interface Source {
    /** Short name shown in reports: `local` or `github`. */
    readonly kind: 'local' | 'github';
    /**
     * Text of `.github/product-health.yml` (null when absent), read before anything else. The hint
     * lets a source that reads everything in few requests fetch the history alongside. `problem`
     * says why a file that is there was not read (the defaults then apply).
     */
    readConfig(hint?: ReadConfigHint): Promise<{
        file: string;
        text: string;
        problem?: string;
    } | null>;
    collect(request: CollectRequest): Promise<RawSnapshot>;
}
