/**
 * A small seeded pseudo-random generator (mulberry32) for the sample organisations: the same seed
 * gives the same sequence on every platform, so generated repositories are reproducible. Not for
 * anything secret.
 */
export interface SeededRandom {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [min, max], both included. */
    int(min: number, max: number): number;
    /** A float in [min, max). */
    float(min: number, max: number): number;
    /** True with probability `probability`. */
    chance(probability: number): boolean;
    /** One of the items (throws on an empty list). */
    pick<T>(items: readonly T[]): T;
    /** One of the items, each with its weight (weights ≥ 0, not all 0). */
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
    /** A shuffled copy (Fisher–Yates). */
    shuffle<T>(items: readonly T[]): T[];
}
/** mulberry32: a 32-bit state generator, floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;
/**
 * One 32-bit seed from several integers (e.g. the organisation's seed and a repository's index),
 * well mixed so that neighbouring inputs give unrelated sequences.
 */
export declare function mixSeed(...parts: number[]): number;
export declare function seededRandom(seed: number): SeededRandom;
