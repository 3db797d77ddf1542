import { DEFAULT_CONFIG } from '../config/default-config.js';
import { readFailure } from '../github/classify-error.js';
import { rateLimitWaitFromEnv } from '../github/create-octokit.js';
import { GitHubClient } from '../github/github-client.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { createGitHubSource } from '../github/github-source.js';
import { RateBudget } from '../github/rate-budget.js';
import { isRateLimitedError } from '../github/rate-limited-error.js';
import { RepositoryAccessError } from '../github/read-overview.js';
import { scanGitHubRepository } from '../scan/scan-github-repository.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import { redactCredentials } from '../util/redact.js';
import { addCost, assembleComparison } from './assemble-comparison.js';
import { comparedSettings, failedRow, rateLimitedRow, scannedRow, storedRow } from './comparison-rows.js';
import { listOwnerRepositories } from './list-owner-repositories.js';
import { readComparedRepositories } from './read-compared-repositories.js';
import { selectShard } from './shard.js';
/**
 * `product-health compare`: lists the repositories (an owner's, or the ones given), reads every
 * repository's product-health issue in batches, keeps the rows whose stored state is fresh and
 * scans the others with the same core as the app. A repository that cannot be read is a `failed`
 * row with the reason; one GitHub's hourly budget cannot scan now (as its answers tell what is
 * left) is a `rate-limited` row with the reset time, never half-scanned: the comparison always
 * completes.
 */
export async function compareRepositories(options) {
    // One token, one budget: every client of the comparison shares what GitHub says is left.
    const budget = new RateBudget();
    const client = new GitHubClient(options.octokit, {
        graphqlUrl: options.graphqlUrl ?? null,
        writePacer: options.writePacer ?? null,
        budget,
    });
    const skipped = [];
    const candidates = 'owner' in options.target
        ? await listedCandidates(client, options.target.owner, options, skipped)
        : selectShard(options.target.repositories, (name) => name, options.shard);
    const label = DEFAULT_CONFIG.issue.label;
    const total = candidates.length;
    let done = 0;
    const progress = () => options.onProgress?.(done, total);
    progress();
    const compared = await readComparedRepositories(client, candidates, label);
    const rows = [];
    const toScan = [];
    for (const entry of compared) {
        const product = productOf(entry, options);
        const { node, problem } = entry;
        if (node && skipReason(node, options)) {
            skipped.push({
                repository: node.nameWithOwner,
                reason: skipReason(node, options),
            });
        }
        else if (problem?.notFound) {
            rows.push(failedRow(entry.repository, null, product, problem.detail, options.webUrl));
        }
        else {
            const stored = node
                ? storedRow(node, { now: options.now, maxAgeDays: options.maxAgeDays, label, product })
                : null;
            if (stored)
                rows.push(stored);
            else {
                toScan.push(entry);
                continue;
            }
        }
        done += 1;
        progress();
    }
    let cost = client.cost();
    const scanned = await mapWithConcurrency(toScan, options.concurrency, async (entry) => {
        const row = await scanRow(entry, options, budget);
        done += 1;
        progress();
        return row;
    });
    for (const { row, scanCost } of scanned) {
        rows.push(row);
        if (scanCost)
            cost = addCost(cost, scanCost);
    }
    return assembleComparison({
        scope: {
            kind: 'owner' in options.target ? 'owner' : 'list',
            owner: 'owner' in options.target ? options.target.owner : null,
            shards: 1,
            shard: options.shard,
        },
        rows,
        skipped,
        cost,
        now: options.now,
    });
}
async function listedCandidates(client, owner, options, skipped) {
    const listed = selectShard(await listOwnerRepositories(client, owner), (entry) => entry.repository, options.shard);
    const candidates = [];
    for (const entry of listed) {
        const reason = skipReason({ nameWithOwner: entry.repository, isArchived: entry.archived, isFork: entry.fork }, options);
        if (reason)
            skipped.push({ repository: entry.repository, reason });
        else
            candidates.push(entry.repository);
    }
    return candidates;
}
function skipReason(node, options) {
    if (node.nameWithOwner.toLowerCase().endsWith('/.github'))
        return 'settings';
    if (node.isArchived && !options.includeArchived)
        return 'archived';
    if (node.isFork && !options.includeForks)
        return 'fork';
    return null;
}
function productOf(entry, options) {
    const mapped = options.products?.get(entry.repository.toLowerCase());
    if (mapped !== undefined)
        return mapped;
    return entry.node ? comparedSettings(entry.node).product : null;
}
async function scanRow(entry, options, budget) {
    const [owner = '', repo = ''] = (entry.node?.nameWithOwner ?? entry.repository).split('/');
    const product = productOf(entry, options);
    const client = new GitHubClient(options.octokit, {
        graphqlUrl: options.graphqlUrl ?? null,
        writePacer: options.writePacer ?? null,
        budget,
    });
    // Not started when what is left cannot finish it.
    const refusal = await budget.admitWithin(rateLimitWaitFromEnv(process.env) * 1000);
    if (refusal) {
        return {
            row: rateLimitedRow(entry.repository, entry.node, product, refusal, options.webUrl),
            scanCost: client.cost(),
        };
    }
    const finish = budget.start();
    try {
        const result = await scanGitHubRepository(createGitHubSource({ client, owner, repo }), {
            now: options.now,
            writeIssue: options.writeIssues && !options.dryRun,
            dryRun: options.writeIssues && options.dryRun,
        });
        finish(client.cost());
        return { row: scannedRow(entry.repository, entry.node, result, product), scanCost: client.cost() };
    }
    catch (error) {
        finish(null);
        if (isRateLimitedError(error)) {
            return {
                row: rateLimitedRow(entry.repository, entry.node, product, error, options.webUrl),
                scanCost: client.cost(),
            };
        }
        const problem = scanFailure(error, entry.repository);
        return {
            row: failedRow(entry.repository, entry.node, product, problem, options.webUrl),
            scanCost: client.cost(),
        };
    }
}
/** Why a repository could not be scanned: the core's own words, else GitHub's answer classified; never a credential. */
function scanFailure(error, repository) {
    if (error instanceof RepositoryAccessError)
        return redactCredentials(error.message);
    return readFailure(error, repository, PERMISSIONS.metadata).detail;
}
