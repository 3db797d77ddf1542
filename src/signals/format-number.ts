import type { Localized } from '../model/ids.js';
import { round } from '../util/stats.js';

/** A number rounded for reading, with a decimal comma in French. */
export function formatNumber(value: number, decimals = 1): Localized {
  const en = String(round(value, decimals));
  return { fr: en.replace('.', ','), en };
}
