/** A configured pattern, tested against names (workflows, jobs, stages, environments, paths). */
export interface ConfigPattern {
    /** True when the pattern matches anywhere in the text, case-insensitively. */
    test(text: string): boolean;
}
/** Longest text tested: names are short, and a longer one is tested on its start. */
export declare const MAX_TESTED_CHARS = 1000;
/**
 * Compiles a configured pattern for RE2, which runs in linear time whatever the pattern (no
 * catastrophic backtracking), case-insensitive. A pattern RE2 refuses (see
 * `configPatternProblem`) is matched literally instead of throwing.
 */
export declare function configPattern(pattern: string): ConfigPattern;
/**
 * Why RE2 refuses a pattern (backreferences, lookarounds, a syntax error, a program too large), in
 * English; null when it accepts it.
 */
export declare function configPatternProblem(pattern: string): string | null;
