import { getTransformStream } from '@probot/pino';
import { pino } from 'pino';
import { Probot, ProbotOctokit, Server } from 'probot';
import { createProductHealthApp } from './app.js';
import { pacedProbotOctokit } from './paced-probot-octokit.js';
import { guardWebhooks } from './webhook-guard.js';
/**
 * Probot's server (`/ping`, request log, 404, `WEBHOOK_PROXY_URL`) with the app loaded, `/healthz`,
 * and `guardWebhooks` in front of its webhook path; listening once it resolves. Nothing of Probot's
 * setup mode: the settings carry checked credentials.
 */
export async function startAppServer(settings, options = {}) {
    const log = options.log ?? (await createAppLog(settings.log));
    for (const warning of settings.warnings)
        log.warn(`product-health: ${warning}`);
    const guard = {
        path: settings.webhookPath,
        secret: settings.secret,
        limitBytes: settings.webhookLimitBytes,
        log,
    };
    class GuardedProbot extends Probot {
        async getNodeMiddleware(middlewareOptions) {
            const webhooks = (await super.getNodeMiddleware(middlewareOptions));
            return guardWebhooks(webhooks, guard);
        }
    }
    const server = new Server({
        host: settings.host,
        port: settings.port,
        webhookPath: settings.webhookPath,
        webhookProxy: settings.webhookProxy,
        log,
        Probot: GuardedProbot.defaults({
            appId: settings.appId,
            privateKey: settings.privateKey,
            secret: settings.secret,
            baseUrl: settings.baseUrl,
            redisConfig: settings.redisUrl,
            log,
            Octokit: pacedProbotOctokit(options.Octokit ?? ProbotOctokit, log),
        }),
    });
    const stops = [];
    await server.load(options.app ??
        createProductHealthApp({ redisUrl: settings.redisUrl, onStop: (stop) => stops.push(stop) }));
    const http = await server.start();
    const { address, port } = http.address();
    const host = address === '::' || address === '0.0.0.0' ? '127.0.0.1' : address;
    return {
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        log,
        stop: async () => {
            const stopped = server.stop();
            http.closeAllConnections();
            await stopped;
            // The running jobs finish (or, past the orchestrator's grace, are taken over by the others).
            for (const stop of stops)
                await stop().catch((error) => log.error(`product-health: ${String(error)}`));
        },
    };
}
/** The logger `probot run` makes: pino, JSON or pretty, to standard output. */
export async function createAppLog(options) {
    const transform = await getTransformStream({
        logFormat: options.format,
        logLevelInString: options.levelInString,
        sentryDsn: options.sentryDsn,
    });
    // pino's SonicBoom is a writable stream in all but its declared type.
    transform.pipe(pino.destination(1));
    return pino({ level: options.level, name: 'probot', messageKey: options.messageKey ?? 'msg' }, transform);
}
