import type { ConfigProblem, ProductHealthConfig } from './config.js';
export declare const CONFIG_PATH = ".github/product-health.yml";
export declare const MAX_CONFIG_BYTES: number;
export interface ParsedConfig {
    config: ProductHealthConfig;
    problems: ConfigProblem[];
    /** The raw `_extends` value, for callers that resolve inheritance (`resolveConfigExtends`). */
    extends: string | null;
    /** The `product` name repositories of one product share (coaches' comparisons group by it). */
    product: string | null;
    /** The file's valid keys as written, defaults not filled in (to merge an `_extends` chain); none when absent. */
    values?: Record<string, unknown>;
}
/**
 * Parses and validates a configuration file. Never throws: a broken file or key yields a problem
 * naming the key and line, and the run goes on with the defaults for what was wrong.
 */
export declare function parseConfig(text: string | null, file?: string, options?: {
    thresholdNames?: Partial<Record<string, string[]>>;
}): ParsedConfig;
/**
 * Validates a configuration already parsed (an `_extends` chain merged by `resolveConfigExtends`):
 * same rules, same problems, without line numbers.
 */
export declare function parseConfigValue(value: unknown, file?: string, options?: {
    thresholdNames?: Partial<Record<string, string[]>>;
}): ParsedConfig;
/** Deep-merges user values onto a base configuration; arrays and scalars replace. */
export declare function mergeConfig(base: ProductHealthConfig, overrides: Record<string, unknown>): ProductHealthConfig;
