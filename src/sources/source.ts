import type { ProductHealthConfig } from '../config/config.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';

export interface CollectRequest {
  now: Date;
  config: ProductHealthConfig;
}

/**
 * Where raw data comes from: a local checkout or GitHub's API. Collection is the only place that
 * does I/O; everything after it is pure.
 */
export interface Source {
  /** Short name shown in reports: `local` or `github`. */
  readonly kind: 'local' | 'github';
  /** Text of `.github/product-health.yml` (null when absent), read before anything else. */
  readConfig(): Promise<{ file: string; text: string } | null>;
  collect(request: CollectRequest): Promise<RawSnapshot>;
}
