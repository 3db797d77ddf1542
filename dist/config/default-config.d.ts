import type { ProductHealthConfig } from './config.js';
export declare const DEFAULT_CONFIG: ProductHealthConfig;
