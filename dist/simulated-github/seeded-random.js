/** mulberry32: a 32-bit state generator, floats in [0, 1). */
export function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/**
 * One 32-bit seed from several integers (e.g. the organisation's seed and a repository's index),
 * well mixed so that neighbouring inputs give unrelated sequences.
 */
export function mixSeed(...parts) {
    let hash = 0x811c9dc5;
    for (const part of parts) {
        hash = Math.imul(hash ^ (Math.trunc(part) >>> 0), 0x01000193) >>> 0;
        hash ^= hash >>> 16;
        hash = Math.imul(hash, 0x85ebca6b) >>> 0;
        hash ^= hash >>> 13;
        hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
        hash ^= hash >>> 16;
    }
    return hash >>> 0;
}
export function seededRandom(seed) {
    const next = mulberry32(seed);
    const random = {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        float: (min, max) => min + next() * (max - min),
        chance: (probability) => next() < probability,
        pick(items) {
            if (items.length === 0)
                throw new Error('seededRandom.pick: no item to pick from');
            return items[Math.floor(next() * items.length)];
        },
        weighted(items) {
            const total = items.reduce((sum, [, weight]) => sum + weight, 0);
            let target = next() * total;
            for (const [item, weight] of items) {
                target -= weight;
                if (target < 0)
                    return item;
            }
            const last = items.at(-1);
            if (!last)
                throw new Error('seededRandom.weighted: no item to pick from');
            return last[0];
        },
        shuffle(items) {
            const copy = [...items];
            for (let i = copy.length - 1; i > 0; i--) {
                const j = Math.floor(next() * (i + 1));
                [copy[i], copy[j]] = [copy[j], copy[i]];
            }
            return copy;
        },
    };
    return random;
}
//# sourceMappingURL=seeded-random.js.map