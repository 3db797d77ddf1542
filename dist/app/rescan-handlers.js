import { describeDraftOutcome, proposeTickedDrafts } from '../drafts/propose-ticked-drafts.js';
import { rescanDecision } from '../events/event-filters.js';
import { tickedCommands } from '../events/ticked-commands.js';
import { GitHubClient } from '../github/github-client.js';
import { isRateLimitedError } from '../github/rate-limited-error.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { countOf } from '../messages/format-message.js';
import { describeRateLimited, describeScanFailure, describeScanOutcome, scanProblems, } from './describe-scan.js';
import { fullName, listInstallationRepositories, repositoriesToScan } from './installation-repositories.js';
import { scanInstallationRepository } from './scan-installation-repository.js';
const HOUR_MS = 3_600_000;
/** After GitHub's reset time, so that the rescan does not meet the last second of the old hour. */
const RESET_MARGIN_MS = 5_000;
/**
 * The app's reactions. Handlers only decide and schedule, so a webhook is answered at once; the
 * scans run later through the scheduler, one place catches and logs their failures with what to
 * fix, and nothing is ever thrown back to Probot.
 */
export function createRescanHandlers(options) {
    const { scheduler, log } = options;
    /** Per repository key, the starter documents people asked for by ticking steps, for its next scan. */
    const askedDrafts = new Map();
    const askDrafts = (key, kinds, issueNumber) => {
        const asked = askedDrafts.get(key) ?? { kinds: new Set(), issueNumber };
        for (const kind of kinds)
            asked.kinds.add(kind);
        asked.issueNumber = issueNumber;
        askedDrafts.set(key, asked);
    };
    /**
     * One scan, its outcome logged: never throws. A scan GitHub's rate limit stopped wrote nothing
     * and says when to scan again; the organisation overview follows any other end.
     */
    const scanRepository = async (target, logger, installationId) => {
        const name = fullName(target);
        let end = { kind: 'scanned' };
        // Taken when the scan starts: a tick during the scan is for the run that follows it.
        const asked = askedDrafts.get(repositoryKey(name));
        askedDrafts.delete(repositoryKey(name));
        try {
            const result = await scanInstallationRepository({ ...target, now: options.now() });
            logger.info(`product-health: ${describeScanOutcome(result)}`);
            for (const problem of scanProblems(result))
                logger.warn(`product-health: ${name}: ${problem}`);
            if (asked && asked.kinds.size > 0) {
                const client = new GitHubClient(target.octokit, { writePacer: SHARED_WRITE_PACER });
                const proposed = await proposeTickedDrafts({
                    client,
                    owner: target.owner,
                    repo: target.repo,
                    scan: result,
                    kinds: [...asked.kinds],
                    issueNumber: asked.issueNumber,
                });
                for (const { kind, path, outcome } of proposed) {
                    const line = `product-health: ${name}: ${describeDraftOutcome(kind, path, outcome)}`;
                    if (outcome.action === 'failed')
                        logger.warn(line);
                    else
                        logger.info(line);
                }
            }
            options.onScanned?.(result);
        }
        catch (error) {
            if (isRateLimitedError(error)) {
                // The starters asked for wait for the rescan after the reset too.
                if (asked)
                    askDrafts(repositoryKey(name), asked.kinds, asked.issueNumber);
                // Nothing was written from the truncated scan: the repository is scanned again after the reset.
                const at = (error.resetAt?.getTime() ?? Date.now() + HOUR_MS) + RESET_MARGIN_MS;
                logger.warn(`product-health: ${describeRateLimited(name, error)}; rescan scheduled at ${new Date(at).toISOString()}`);
                // The overview follows the rescan after the reset: now it would only meet the limit too.
                return { kind: 'rate-limited', at };
            }
            logger.error(`product-health: ${describeScanFailure(error, name)}`);
            end = { kind: 'failed', error };
        }
        // An installation is on one account: the repository's owner.
        if (installationId !== undefined) {
            options.onInstallationScanned?.({ installationId, account: target.owner, octokit: target.octokit });
        }
        return end;
    };
    /** A scan run by the in-process scheduler: a rate-limited one is put off until the reset. */
    const scanNow = async (target, logger, installationId) => {
        const end = await scanRepository(target, logger, installationId);
        if (end.kind !== 'rate-limited')
            return;
        scheduler.deferUntil(repositoryKey(fullName(target)), () => scanNow(target, logger, installationId), end.at, rescanTarget(installationId, target));
    };
    /** Asks the scheduler for a rescan of one repository (debounced, coalesced across instances with Redis). */
    const requestRescan = (target, logger, installationId) => scheduler.schedule(repositoryKey(fullName(target)), () => scanNow(target, logger, installationId), rescanTarget(installationId, target));
    /** push, release, deployment_status, issues, issue_comment. */
    const onRepositoryEvent = (context) => {
        const payload = context.payload;
        const repository = payload.repository;
        if (!repository)
            return;
        const owner = repository.owner.login;
        const repo = repository.name;
        const name = `${owner}/${repo}`;
        const commands = tickedCommands(context.name, payload);
        if (commands) {
            if (repository.archived) {
                context.log.debug(`product-health: ${name} is archived: ticks ignored`);
                return;
            }
            const target = { octokit: context.octokit, owner, repo };
            const installationId = payload.installation?.id;
            // The starters asked for are held by this instance, so a scan that proposes one runs here;
            // a plain "rescan now" goes through the shared queue like any event.
            askDrafts(repositoryKey(name), commands.drafts, commands.issueNumber);
            const outcome = commands.drafts.length > 0
                ? scheduler.schedule(repositoryKey(name), () => scanNow(target, context.log, installationId))
                : requestRescan(target, context.log, installationId);
            const asked = [
                ...(commands.rescan ? ['rescan now'] : []),
                ...commands.drafts.map((kind) => `${kind} starter`),
            ];
            context.log.info(`product-health: ${name} rescan ${outcome} (ticked in the product-health issue: ${asked.join(', ')})`);
            return;
        }
        const decision = rescanDecision(context.name, payload);
        if (!decision.rescan) {
            context.log.debug(`product-health: ${name} not rescanned: ${decision.reason}`);
            return;
        }
        if (repository.archived) {
            context.log.debug(`product-health: ${name} is archived: not rescanned`);
            return;
        }
        const outcome = requestRescan({ octokit: context.octokit, owner, repo }, context.log, payload.installation?.id);
        context.log.info(`product-health: ${name} rescan ${outcome} (${decision.reason})`);
    };
    /**
     * installation created (or its new permissions accepted, or unsuspended), repositories added:
     * scan them, archived ones left out, paced by the scheduler's concurrency.
     */
    /** Per installation, what its waiting listing job should scan: everything, or the repositories named. */
    const wanted = new Map();
    const onInstallationRepositories = (context, only) => {
        const installationId = context.payload.installation?.id;
        if (installationId === undefined)
            return;
        // Events coalesce into one listing: what each asked for adds up (everything wins).
        const request = wanted.get(installationId) ?? { all: false, repositories: [] };
        if (only === null)
            request.all = true;
        else
            request.repositories.push(...only);
        wanted.set(installationId, request);
        scheduler.schedule(`installation:${installationId}`, async () => {
            const asked = wanted.get(installationId);
            wanted.delete(installationId);
            if (!asked)
                return;
            try {
                const listed = await listInstallationRepositories(context.octokit);
                const { scan, archived } = repositoriesToScan(listed, asked.all ? undefined : asked.repositories);
                const skipped = archived.length > 0
                    ? `; ${countOf(archived.length, 'archived one', 'archived ones')} left out`
                    : '';
                log.info(`product-health: installation ${installationId}: ${countOf(scan.length, 'repository', 'repositories')} to scan${skipped}`);
                for (const repository of scan) {
                    requestRescan({ octokit: context.octokit, owner: repository.owner, repo: repository.repo }, context.log, installationId);
                }
            }
            catch (error) {
                log.error(`product-health: ${describeScanFailure(error, `installation ${installationId}`)}`);
            }
        });
    };
    /** Repositories removed, installation deleted or suspended: their waiting rescans are dropped. */
    const onRepositoriesGone = (context, gone) => {
        for (const repository of gone ?? []) {
            if (repository.full_name && scheduler.cancel(repositoryKey(repository.full_name))) {
                context.log.info(`product-health: ${repository.full_name}: waiting rescan dropped (app access removed)`);
            }
        }
    };
    /**
     * A rescan the shared queue hands to this instance, with an Octokit of the installation: its
     * end tells the queue whether to put it off (rate limit), retry it (a fault) or drop it.
     */
    const runQueuedRescan = (target, octokit, logger = log) => scanRepository({ octokit, owner: target.owner, repo: target.repo }, logger, target.installationId);
    return {
        onRepositoryEvent,
        onInstallationRepositories,
        onRepositoriesGone,
        requestRescan,
        runQueuedRescan,
    };
}
/** The queue's description of a rescan; none without an installation (the job then runs in process). */
function rescanTarget(installationId, repository) {
    return installationId === undefined
        ? undefined
        : { installationId, owner: repository.owner, repo: repository.repo };
}
/** The scheduler's key of a repository: one rescan at a time per repository, whatever the case. */
export function repositoryKey(name) {
    return name.toLowerCase();
}
