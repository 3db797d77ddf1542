import type { Language, Localized } from '../model/ids.js';
/** Values a message may name: numbers choose plural forms, strings choose `select` branches. */
export type MessageValues = Record<string, string | number>;
/**
 * Formats one ICU MessageFormat pattern (plural, select, `#`) in `language`. Compiled patterns are
 * cached: the catalogue is small and fixed, so the cache is bounded by it.
 */
export declare function formatMessage(language: Language, pattern: string, values?: MessageValues): string;
/** Formats a message given in both languages with the same values. */
export declare function localize(message: Localized, values?: MessageValues): Localized;
/** "1 repository", "3 repositories": a count with its noun in English, for log and CLI lines. */
export declare function countOf(count: number, one: string, other: string): string;
