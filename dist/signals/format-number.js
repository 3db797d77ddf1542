import { round } from '../util/stats.js';
/** A number rounded for reading, with a decimal comma in French. */
export function formatNumber(value, decimals = 1) {
    const en = String(round(value, decimals));
    return { fr: en.replace('.', ','), en };
}
