export interface Shard {
    /** 1-based. */
    index: number;
    count: number;
}
/** `I/N` with 1 ≤ I ≤ N ≤ 256; null when the text is not one. */
export declare function parseShard(text: string): Shard | null;
/**
 * The repositories shard `index` of `count` covers: every `count`-th name in case-insensitive
 * order, starting at the `index`-th. Every shard lists the same names, so the shards never overlap
 * and together cover them all, however many repositories there are.
 */
export declare function selectShard<T>(items: readonly T[], name: (item: T) => string, shard: Shard | null): T[];
