import type { Localized } from '../model/ids.js';
/** A number rounded for reading, with a decimal comma in French. */
export declare function formatNumber(value: number, decimals?: number): Localized;
