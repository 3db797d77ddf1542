import { Ajv } from 'ajv';
import { readPackageJson } from '../util/package-files.js';
import { addCost, assembleComparison, emptyCost } from './assemble-comparison.js';
import type { Comparison, ComparisonScope } from './comparison.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile<Comparison>(
  readPackageJson('schemas/comparison.schema.json'),
);

/** A file `merge` cannot use, with what is wrong in it. */
export class ComparisonFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ComparisonFileError';
  }
}

/** A comparison written by `compare --format json`, validated against schemas/comparison.schema.json. */
export function parseComparison(text: string, file: string): Comparison {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ComparisonFileError(
      file,
      `not JSON (${(error as Error).message}); write it with \`compare --format json\``,
    );
  }
  if (!validate(value)) {
    const first = (validate.errors ?? [])
      .slice(0, 3)
      .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
      .join('; ');
    throw new ComparisonFileError(file, `not a product-health comparison (${first})`);
  }
  return value;
}

export interface MergedComparison {
  comparison: Comparison;
  /** Shards missing from a sharded set, and other things the user should know. */
  warnings: string[];
}

/**
 * The comparisons of several shards (or runs) as one: rows and skipped repositories put together
 * (a repository present twice keeps its row from the later file), products and costs recomputed,
 * dated like the latest input. Gives the same result as one run over all the repositories.
 */
export function mergeComparisons(comparisons: readonly Comparison[]): MergedComparison {
  if (comparisons.length === 0) throw new Error('merge needs at least one comparison file');
  const latest = comparisons
    .map((c) => c.generatedAt)
    .sort()
    .at(-1) as string;
  const merged = assembleComparison({
    scope: mergedScope(comparisons.map((c) => c.scope)),
    rows: comparisons.flatMap((c) => c.rows),
    skipped: comparisons.flatMap((c) => c.skipped),
    cost: comparisons.reduce((total, c) => addCost(total, c.cost), emptyCost()),
    now: new Date(latest),
  });
  return { comparison: merged, warnings: missingShards(comparisons.map((c) => c.scope)) };
}

function mergedScope(scopes: readonly ComparisonScope[]): ComparisonScope {
  const owners = new Set(scopes.map((scope) => (scope.kind === 'owner' ? scope.owner?.toLowerCase() : null)));
  const [owner] = owners;
  const sameOwner = owners.size === 1 && owner !== null && owner !== undefined;
  return {
    kind: sameOwner ? 'owner' : 'list',
    owner: sameOwner ? (scopes[0]?.owner ?? null) : null,
    shards: scopes.reduce((sum, scope) => sum + scope.shards, 0),
    shard: null,
  };
}

function missingShards(scopes: readonly ComparisonScope[]): string[] {
  const sharded = scopes.flatMap((scope) => (scope.shard ? [scope.shard] : []));
  if (sharded.length === 0) return [];
  const counts = new Set(sharded.map((shard) => shard.count));
  if (counts.size > 1) return [`the files come from different shardings (${[...counts].join(', ')} shards)`];
  const count = sharded[0]?.count ?? 0;
  const present = new Set(sharded.map((shard) => shard.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !present.has(index));
  return missing.length > 0
    ? [
        `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: their repositories are not in the result`,
      ]
    : [];
}
