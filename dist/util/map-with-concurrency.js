/**
 * Maps `items` through `work` with at most `limit` calls going on at once; results keep the items'
 * order. `work` should catch its own failures: the first one it throws rejects the whole map.
 */
export async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}
