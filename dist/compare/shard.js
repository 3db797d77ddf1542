import { byName } from './assemble-comparison.js';
/** `I/N` with 1 ≤ I ≤ N ≤ 256; null when the text is not one. */
export function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!match)
        return null;
    const index = Number(match[1]);
    const count = Number(match[2]);
    return index >= 1 && count >= 1 && count <= 256 && index <= count ? { index, count } : null;
}
/**
 * The repositories shard `index` of `count` covers: every `count`-th name in case-insensitive
 * order, starting at the `index`-th. Every shard lists the same names, so the shards never overlap
 * and together cover them all, however many repositories there are.
 */
export function selectShard(items, name, shard) {
    const sorted = [...items].sort((a, b) => byName(name(a), name(b)));
    return shard === null ? sorted : sorted.filter((_, position) => position % shard.count === shard.index - 1);
}
