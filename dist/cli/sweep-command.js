import { Command } from 'commander';
import { ProbotOctokit } from 'probot';
import { appEndpoints, readAppCredentials } from '../app/app-credentials.js';
import { describeRateLimited, describeScanFailure, describeScanOutcome, rateLimitSummary, scanProblems, } from '../app/describe-scan.js';
import { fullName, listAppInstallations, listInstallationRepositories, } from '../app/installation-repositories.js';
import { scanInstallationRepository } from '../app/scan-installation-repository.js';
import { watchReachability } from '../github/api-reachability.js';
import { pacedOctokitOptions, rateLimitWaitFromEnv } from '../github/create-octokit.js';
import { checkApiUrl } from '../github/github-environment.js';
import { RateBudget } from '../github/rate-budget.js';
import { isRateLimitedError } from '../github/rate-limited-error.js';
import { countOf } from '../messages/format-message.js';
import { mapWithConcurrency } from '../util/map-with-concurrency.js';
import { parseConcurrency, parseNow } from './option-parsers.js';
import { UsageError } from './usage-error.js';
/** Most retries after a rate limit; past that the repository is reported rate-limited. */
const RATE_LIMIT_RETRIES = 2;
/**
 * `product-health sweep`: authenticated as the GitHub App (`APP_ID`, `PRIVATE_KEY` or
 * `PRIVATE_KEY_PATH`), visits every installation and every repository it can see, scans them with
 * bounded concurrency and keeps their product-health issues. Rate limits are honoured (Octokit's
 * throttling waits for a reset that is near); each installation's budget, as GitHub's answers tell
 * it, decides whether one more repository can be scanned now, and a repository it cannot (or whose
 * scan met the limit) is listed `rate-limited` with the reset time, never half-scanned. Exits 1
 * when a repository failed or was rate-limited, after visiting all of them.
 */
export function sweepCommand(io, dependencies = {}) {
    return new Command('sweep')
        .description('as the GitHub App (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH): scan every repository of every installation and keep its product-health issue')
        .option('--concurrency <n>', 'repositories scanned at the same time (1–16)', parseConcurrency, 4)
        .option('--dry-run', 'work out every issue’s writes, send none')
        .option('--now <date>', 'the instant to consider as now (ISO 8601)', parseNow)
        .action(async (flags) => {
        const read = await readAppCredentials(io.env, io.cwd);
        if ('problem' in read)
            throw new UsageError(read.problem);
        const { appId, privateKey } = read.credentials;
        const { baseUrl, graphqlUrl } = appEndpoints(io.env);
        const variable = io.env.GHE_HOST?.trim() ? 'GHE_HOST' : 'GITHUB_API_URL';
        if (variable === 'GHE_HOST') {
            checkApiUrl(baseUrl, 'GHE_HOST', 'the host name of your GitHub Enterprise Server (github.example.gouv.fr) and GHE_PROTOCOL to https or http');
        }
        const Octokit = dependencies.Octokit ?? ProbotOctokit;
        const warn = (message) => io.stderr(`product-health: ${message}\n`);
        const octokitFor = (installationId) => new Octokit({
            auth: { appId, privateKey, ...(installationId === undefined ? {} : { installationId }) },
            baseUrl,
            ...pacedOctokitOptions({ warn, maxRateLimitRetries: RATE_LIMIT_RETRIES }),
        });
        const now = flags.now ?? io.now();
        const maxWaitMs = rateLimitWaitFromEnv(io.env) * 1000;
        const appOctokit = octokitFor();
        const reachability = watchReachability(appOctokit, baseUrl, variable);
        const installations = await listAppInstallations(appOctokit).catch((error) => {
            reachability.throwIfUnreachable();
            throw new Error(describeScanFailure(error, 'listing the app’s installations'));
        });
        const targets = [];
        let failed = 0;
        let archived = 0;
        for (const installation of installations) {
            const where = `installation ${installation.id} (${installation.account})`;
            if (installation.suspended) {
                io.stdout(`${where}: suspended, skipped\n`);
                continue;
            }
            const octokit = octokitFor(installation.id);
            // One budget per installation: GitHub counts each installation's requests apart.
            const budget = new RateBudget();
            try {
                for (const repository of await listInstallationRepositories(octokit)) {
                    if (repository.archived)
                        archived += 1;
                    else
                        targets.push({ octokit, budget, repository });
                }
            }
            catch (error) {
                failed += 1;
                io.stdout(`${where}: failed — ${describeScanFailure(error, where)}\n`);
            }
        }
        const limited = [];
        const rateLimited = (name, limit) => {
            limited.push(limit);
            io.stdout(`${describeRateLimited(name, limit)}\n`);
            return null;
        };
        const results = await mapWithConcurrency(targets, flags.concurrency, async ({ octokit, budget, repository }) => {
            const name = fullName(repository);
            // Not started when the budget left cannot finish it: never half-scanned.
            const refusal = await budget.admitWithin(maxWaitMs);
            if (refusal)
                return rateLimited(name, refusal);
            const finish = budget.start();
            try {
                const result = await scanInstallationRepository({
                    octokit,
                    owner: repository.owner,
                    repo: repository.repo,
                    now,
                    dryRun: flags.dryRun === true,
                    graphqlUrl,
                    budget,
                });
                finish(result.report.cost ?? null);
                io.stdout(`${describeScanOutcome(result, flags.dryRun === true)}\n`);
                for (const problem of scanProblems(result))
                    warn(`${name}: ${problem}`);
                // Only what the summary needs is kept: a whole organisation's reports would grow with it.
                return {
                    failed: result.issue?.action === 'failed',
                    requests: result.report.cost?.requests.total ?? 0,
                };
            }
            catch (error) {
                finish(null);
                if (isRateLimitedError(error))
                    return rateLimited(name, error);
                failed += 1;
                io.stdout(`${name}: failed — ${describeScanFailure(error, name)}\n`);
                return null;
            }
        });
        const scanned = results.filter((result) => result !== null);
        failed += scanned.filter((result) => result.failed).length;
        const requests = scanned.reduce((sum, result) => sum + result.requests, 0);
        const notRefreshed = limited.length > 0 ? `, ${limited.length} rate-limited` : '';
        io.stdout(`Swept ${countOf(installations.length, 'installation', 'installations')}, ${countOf(targets.length, 'repository', 'repositories')}: ${scanned.length} scanned, ${failed} failed${notRefreshed}, ${archived} archived left out${flags.dryRun ? ' (dry run: nothing written)' : ''}; ${countOf(requests, 'GitHub API request', 'GitHub API requests')} for the scans\n`);
        if (limited.length > 0) {
            const summary = rateLimitSummary(limited);
            io.stdout(`${summary}\n`);
            warn(`${summary}; run the sweep again after the reset`);
        }
        if (failed > 0 || limited.length > 0) {
            const parts = [
                ...(failed > 0
                    ? [
                        `${countOf(failed, 'repository or installation', 'repositories or installations')} could not be swept`,
                    ]
                    : []),
                ...(limited.length > 0 ? [`${rateLimitSummary(limited)} (GitHub's rate limit)`] : []),
            ];
            throw new Error(`${parts.join('; ')}; the lines above say what to fix`);
        }
    });
}
