/**
 * Maps `items` through `work` with at most `limit` calls going on at once; results keep the items'
 * order. `work` should catch its own failures: the first one it throws rejects the whole map.
 */
export declare function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]>;
