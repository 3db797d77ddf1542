// Loaded only when REDIS_URL is set (`import()` in app.ts): one instance needs neither bullmq nor ioredis.
import { randomUUID } from 'node:crypto';
import Bottleneck from 'bottleneck';
import { DelayedError, Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { RepositoryAccessError } from '../github/read-overview.js';
import { SHARED_WRITE_PACER, writeSpacingMs } from '../github/write-pacer.js';
import { redactSecrets } from '../issue/write-failure-message.js';
import { fullName, listAppInstallations, listInstallationRepositories, repositoriesToScan, } from './installation-repositories.js';
import { repositoryKey } from './rescan-handlers.js';
import { RescanScheduler, } from './rescan-scheduler.js';
/** The queue every instance shares; its keys in Redis start with `bull:product-health`. */
export const QUEUE_NAME = 'product-health';
/** The Bottleneck limiter every instance's writes go through. */
export const WRITE_LIMITER_ID = 'product-health-writes';
const REFRESH_SCHEDULER_ID = 'product-health-refresh';
/** A rescan that met a fault is tried this many times in all, 15 s, 30 s, 60 s apart. */
const ATTEMPTS = 4;
const BACKOFF_MS = 15_000;
const CLUSTER_MARGIN = 1.05;
/** Failed jobs kept for `GET /healthz` and a look with a Redis client (the newest ones). */
const FAILED_KEPT = 1000;
/**
 * The rescans of several app instances on one Redis, with BullMQ:
 * - one job id per repository (`rescan@owner/repo`): an event on any instance adds it or, when it
 *   waits, pushes its start back by the quiet delay, never past the longest wait from the first
 *   event; an event during its run asks for exactly one more run after it. No two jobs of one
 *   repository exist at once, and BullMQ's job lock keeps a job on one worker: no two instances
 *   scan or write the same repository together;
 * - each instance runs `concurrency` jobs at once; a job whose instance stopped without finishing
 *   it (its lock expired) is taken over by another (BullMQ's stalled-job check);
 * - a scan GitHub's rate limit stopped is put off until the reset (not failed), a fault is retried
 *   with backoff, a repository that cannot be read is not;
 * - the writes of every instance go through one Bottleneck limiter kept in Redis;
 * - a job scheduler (one per queue, whatever the instances) sweeps every installation on a cron.
 */
export async function startRedisScheduling(options) {
    const { settings, log } = options;
    const lockMs = settings.queueLockMs ?? 30_000;
    const say = (message) => `product-health: ${message}`;
    const client = new Redis(options.url, { maxRetriesPerRequest: null });
    client.on('error', (error) => log.error(say(`Redis: ${redactSecrets(error.message)}`)));
    // The queue and the worker open (and close) connections of their own.
    const connection = { url: options.url, maxRetriesPerRequest: null };
    const queue = new Queue(QUEUE_NAME, {
        connection,
        defaultJobOptions: {
            removeOnComplete: true,
            removeOnFail: { count: FAILED_KEPT },
            attempts: ATTEMPTS,
            backoff: { type: 'exponential', delay: BACKOFF_MS },
        },
    });
    queue.on('error', (error) => log.error(say(`queue: ${redactSecrets(error.message)}`)));
    await queue.waitUntilReady();
    const previousPacer = SHARED_WRITE_PACER.use(clusteredWritePacer(client, options.writesPerMinute, log));
    // Rescans without a target (no installation in the payload) and installation listings stay here.
    const local = new RescanScheduler({
        delayMs: settings.rescanDelayMs,
        maxDelayMs: settings.rescanMaxDelayMs,
        concurrency: settings.concurrency,
        onError: (key, error) => log.error(say(`rescan of ${key} failed: ${String(error)}`)),
    });
    const againKey = (jobId) => `${QUEUE_NAME}:again:${jobId}`;
    /**
     * Adds the job `jobId` or folds the request into the one there: a waiting one starts `delayMs`
     * from now, never later than `maxDelayMs` after the first request; a running one is followed by
     * exactly one more.
     */
    const request = async (jobId, data, delayMs, maxDelayMs) => {
        const now = data.firstAt;
        for (let round = 0; round < 3; round++) {
            await queue.add(data.kind, data, { jobId, delay: delayMs });
            const stored = await Job.fromId(queue, jobId);
            // Already run and removed, or the job just added.
            if (!stored || stored.data.nonce === data.nonce)
                return 'scheduled';
            let state = await stored.getState();
            if (state === 'completed' || state === 'failed' || state === 'unknown') {
                // A finished job holds its id: make room for the new one.
                await stored.remove().catch(() => { });
                continue;
            }
            if (state === 'delayed') {
                const firstAt = stored.data.firstAt ?? now;
                const due = Math.min(now + delayMs, firstAt + maxDelayMs);
                try {
                    await stored.changeDelay(Math.max(0, due - Date.now()));
                    return 'coalesced';
                }
                catch {
                    state = await stored.getState();
                }
            }
            if (state !== 'active')
                return 'coalesced';
            await client.set(againKey(jobId), '1', 'PX', Math.max(maxDelayMs, lockMs) * 10);
            // The run may have ended meanwhile, before seeing the flag: then take it back and add again.
            const current = await Job.fromId(queue, jobId);
            const still = current ? await current.getState() : 'unknown';
            if (still === 'active' || still === 'delayed' || still === 'waiting')
                return 'after-current';
            if ((await client.getdel(againKey(jobId))) === null)
                return 'after-current';
        }
        return 'coalesced';
    };
    const requestRescan = (target, delayMs) => {
        const key = repositoryKey(fullName(target));
        return request(rescanJobId(key), { kind: 'rescan', target, firstAt: Date.now(), nonce: randomUUID() }, delayMs, Math.max(delayMs, settings.rescanMaxDelayMs));
    };
    const overviewDelayMs = Math.max(1, settings.overviewDelayMs ?? 0);
    const requestOverviewJob = (installationId, account, delayMs = overviewDelayMs) => request(overviewJobId(installationId), { kind: 'overview', installationId, account, firstAt: Date.now(), nonce: randomUUID() }, delayMs, Math.max(delayMs, overviewDelayMs * 3));
    const queued = (what, promise) => {
        promise.then((outcome) => log.debug(say(`${what}: ${outcome} in the shared queue`)), (error) => log.error(say(`${what} could not be queued: ${redactSecrets(String(error))}`)));
    };
    const scheduler = {
        schedule(key, job, target) {
            if (!target)
                return local.schedule(key, job);
            queued(`rescan of ${fullName(target)}`, requestRescan(target, settings.rescanDelayMs));
            return 'queued';
        },
        deferUntil(key, job, atMs, target) {
            if (!target) {
                local.deferUntil(key, job, atMs);
                return;
            }
            queued(`rescan of ${fullName(target)}`, requestRescan(target, Math.max(0, atMs - Date.now())));
        },
        cancel(key) {
            const dropped = local.cancel(key);
            const jobId = rescanJobId(key);
            void Job.fromId(queue, jobId)
                .then(async (job) => {
                if (!job || !['delayed', 'waiting', 'prioritized'].includes(await job.getState()))
                    return;
                await job.remove();
                log.info(say(`${key}: waiting rescan dropped from the shared queue (app access removed)`));
            })
                .catch(() => { });
            return dropped;
        },
    };
    let worker = null;
    /** Every installation's repositories queued for a rescan, now: the periodic refresh. */
    const refresh = async () => {
        const installations = await listAppInstallations(await options.auth());
        let repositories = 0;
        for (const installation of installations) {
            if (installation.suspended)
                continue;
            const listed = await listInstallationRepositories(await options.auth(installation.id));
            for (const repository of repositoriesToScan(listed).scan) {
                await requestRescan({ installationId: installation.id, owner: repository.owner, repo: repository.repo }, 0);
                repositories += 1;
            }
        }
        const summary = `refresh: ${repositories} repository(ies) of ${installations.length} installation(s) queued for a rescan`;
        log.info(say(summary));
        return summary;
    };
    const followUp = (job) => {
        if (!job?.id || job.data.kind === 'refresh')
            return;
        const { data } = job;
        void client
            .getdel(againKey(job.id))
            .then((flag) => {
            if (flag === null)
                return;
            if (data.kind === 'rescan')
                queued(`rescan of ${fullName(data.target)}`, requestRescan(data.target, settings.rescanDelayMs));
            else
                queued(`overview of ${data.account}`, requestOverviewJob(data.installationId, data.account));
        })
            .catch((error) => log.error(say(`Redis: ${redactSecrets(String(error))}`)));
    };
    return {
        scheduler,
        requestOverview({ installationId, account }) {
            queued(`overview of ${account}`, requestOverviewJob(installationId, account));
        },
        start(processors) {
            worker = new Worker(QUEUE_NAME, async (job, token) => {
                const { data } = job;
                if (data.kind === 'refresh')
                    return refresh();
                if (data.kind === 'overview') {
                    if (!processors.overview)
                        return 'no overview';
                    const octokit = await options.auth(data.installationId);
                    await processors.overview({
                        installationId: data.installationId,
                        account: data.account,
                        octokit,
                    });
                    return 'refreshed';
                }
                log.info(say(`${fullName(data.target)}: rescan started (job ${job.id}, attempt ${job.attemptsMade + 1})`));
                const octokit = await options.auth(data.target.installationId);
                const end = await processors.rescan(data.target, octokit);
                if (end.kind === 'rate-limited') {
                    // Not a failure: the same job runs again after GitHub's reset.
                    await job.moveToDelayed(end.at, token);
                    throw new DelayedError();
                }
                if (end.kind === 'failed') {
                    const message = redactSecrets(end.error instanceof Error ? end.error.message : String(end.error));
                    if (end.error instanceof RepositoryAccessError)
                        throw new UnrecoverableError(message);
                    throw new Error(message);
                }
                return 'scanned';
            }, {
                connection,
                concurrency: settings.concurrency,
                lockDuration: lockMs,
                stalledInterval: lockMs,
                maxStalledCount: 2,
            });
            worker.on('error', (error) => log.error(say(`queue worker: ${redactSecrets(error.message)}`)));
            worker.on('completed', (job) => followUp(job));
            worker.on('failed', (job, error) => {
                if (!job || job.data.kind === 'refresh')
                    return;
                const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
                if (final)
                    followUp(job);
                else
                    log.warn(say(`job ${job.id}: attempt ${job.attemptsMade} of ${job.opts.attempts} failed; tried again later`));
            });
            worker.on('stalled', (jobId) => log.warn(say(`job ${jobId}: its instance stopped; taken over`)));
            if (settings.refreshCron) {
                const cron = settings.refreshCron;
                queue
                    .upsertJobScheduler(REFRESH_SCHEDULER_ID, { pattern: cron, tz: 'UTC' }, { name: 'refresh', data: { kind: 'refresh' }, opts: { attempts: 1, removeOnComplete: true } })
                    .then(() => log.info(say(`every installation is refreshed on the cron "${cron}" (UTC)`)), (error) => log.error(say(`PRODUCT_HEALTH_REFRESH_CRON="${cron}" is not a cron pattern (${String(error)}); no periodic refresh`)));
            }
            else {
                void queue.removeJobScheduler(REFRESH_SCHEDULER_ID).catch(() => { });
            }
        },
        async health() {
            const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
            return {
                waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
                active: counts.active ?? 0,
                delayed: counts.delayed ?? 0,
                failed: counts.failed ?? 0,
            };
        },
        async close() {
            await worker?.close();
            await queue.close();
            SHARED_WRITE_PACER.use(previousPacer);
            client.disconnect();
        },
    };
}
/** The job of a repository's rescan: one per repository, whatever the instance. */
export function rescanJobId(key) {
    return `rescan@${key}`;
}
function overviewJobId(installationId) {
    return `overview@${installationId}`;
}
/**
 * The writes of every instance, one after another, `writesPerMinute` a minute at most: a Bottleneck
 * limiter whose state is kept in Redis (clustering), as Probot's own throttling does with REDIS_URL.
 */
function clusteredWritePacer(client, writesPerMinute, log) {
    const connection = new Bottleneck.IORedisConnection({ client });
    connection.on('error', (error) => log.error(`product-health: write pacer: ${redactSecrets(error.message)}`));
    const limiter = new Bottleneck({
        id: WRITE_LIMITER_ID,
        datastore: 'ioredis',
        connection,
        maxConcurrent: 1,
        // 5 % apart more than the rate says: writes leave from several machines, and GitHub counts
        // them as they arrive, a few milliseconds earlier or later than they left.
        minTime: Math.ceil(writeSpacingMs(writesPerMinute) * CLUSTER_MARGIN),
    });
    return { schedule: (write) => limiter.schedule(write) };
}
