import { registerSecretValue } from '../util/secret-values.js';
import { appEndpoints, readAppCredentials } from './app-credentials.js';
import { DEFAULT_WEBHOOK_BODY_LIMIT_BYTES } from './webhook-guard.js';
/** Probot's webhook secret when none is given: public, so anyone could sign deliveries with it. */
export const PROBOT_DEFAULT_SECRET = 'development';
export const DEFAULT_PORT = 3000;
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';
export const WEBHOOK_LIMIT_VARIABLE = 'WEBHOOK_BODY_LIMIT_MB';
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
/**
 * The app server's settings from Probot's variables (`APP_ID`, `PRIVATE_KEY` or `PRIVATE_KEY_PATH`,
 * `WEBHOOK_SECRET`, `PORT`, `HOST`, `WEBHOOK_PATH`, `WEBHOOK_PROXY_URL`, `LOG_LEVEL`, `LOG_FORMAT`,
 * `LOG_LEVEL_IN_STRING`, `LOG_MESSAGE_KEY`, `SENTRY_DSN`, `GHE_HOST`, `GHE_PROTOCOL`, `REDIS_URL`)
 * and `WEBHOOK_BODY_LIMIT_MB`. Every problem that stops the server is listed, one line each saying
 * what to set. Without `WEBHOOK_SECRET` the server does not start, unless `development` is true.
 * The key and the secret are registered as secret values (`registerSecretValue`).
 */
export async function readServerSettings(env, cwd, { development }) {
    const problems = [];
    const warnings = [];
    const read = await readAppCredentials(env, cwd);
    if ('problem' in read) {
        problems.push(read.problem);
        // The id's problem hides the key's: look at the key on its own too.
        if (/^APP_ID\b/.test(read.problem)) {
            const key = await readAppCredentials({ ...env, APP_ID: '1' }, cwd);
            if ('problem' in key)
                problems.push(key.problem);
        }
    }
    let secret = env.WEBHOOK_SECRET ?? '';
    registerSecretValue(secret);
    if (secret.trim() === '') {
        if (development) {
            secret = PROBOT_DEFAULT_SECRET;
            warnings.push(`WEBHOOK_SECRET is not set: deliveries are checked against Probot's public default "${PROBOT_DEFAULT_SECRET}" (development only).`);
        }
        else {
            problems.push('WEBHOOK_SECRET is not set: set it to the "Webhook secret" of the GitHub App\'s settings (without it anyone could send the app deliveries). To try the app locally without one, start it with --development.');
        }
    }
    const rawPort = env.PORT?.trim();
    const port = rawPort ? Number(rawPort) : DEFAULT_PORT;
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        problems.push(`PORT=${JSON.stringify(rawPort)} is not a port: set it to a number from 0 to 65535.`);
    }
    const rawLevel = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
    const level = LOG_LEVELS.find((candidate) => candidate === rawLevel);
    if (!level) {
        problems.push(`LOG_LEVEL=${JSON.stringify(env.LOG_LEVEL)} is not a level: set it to one of ${LOG_LEVELS.join(', ')}.`);
    }
    const webhookPath = env.WEBHOOK_PATH?.trim() || DEFAULT_WEBHOOK_PATH;
    if (!webhookPath.startsWith('/')) {
        problems.push(`WEBHOOK_PATH=${JSON.stringify(webhookPath)} is not a path: set it to one starting with "/".`);
    }
    const rawLimit = env[WEBHOOK_LIMIT_VARIABLE]?.trim();
    let webhookLimitBytes = DEFAULT_WEBHOOK_BODY_LIMIT_BYTES;
    if (rawLimit) {
        const megabytes = Number(rawLimit);
        if (Number.isFinite(megabytes) && megabytes > 0 && megabytes <= 100) {
            webhookLimitBytes = Math.round(megabytes * 1024 * 1024);
        }
        else {
            warnings.push(`${WEBHOOK_LIMIT_VARIABLE}=${JSON.stringify(rawLimit)} is not a number of megabytes above 0 and up to 100; ${DEFAULT_WEBHOOK_BODY_LIMIT_BYTES / 1024 / 1024} is used.`);
        }
    }
    if (problems.length > 0 || !('credentials' in read) || !level)
        return { problems };
    const format = env.LOG_FORMAT?.trim()
        ? env.LOG_FORMAT.trim() === 'pretty'
            ? 'pretty'
            : 'json'
        : env.NODE_ENV === 'production'
            ? 'json'
            : 'pretty';
    return {
        settings: {
            ...read.credentials,
            secret,
            port,
            host: env.HOST?.trim() || undefined,
            webhookPath,
            webhookProxy: env.WEBHOOK_PROXY_URL?.trim() || undefined,
            baseUrl: appEndpoints(env).baseUrl,
            redisUrl: env.REDIS_URL?.trim() || undefined,
            webhookLimitBytes,
            log: {
                level,
                format,
                levelInString: env.LOG_LEVEL_IN_STRING === 'true',
                messageKey: env.LOG_MESSAGE_KEY?.trim() || undefined,
                sentryDsn: env.SENTRY_DSN?.trim() || undefined,
            },
            warnings,
        },
    };
}
