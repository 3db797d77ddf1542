import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { run } from 'probot';
import { redactCredentials } from '../util/redact.js';
import productHealthApp from './app.js';
import { DEFAULT_WEBHOOK_PATH, readServerSettings } from './server-settings.js';
import { startAppServer } from './start-app-server.js';
export const APP_USAGE = `Usage: node dist/app/main.js [--development | --setup]

Runs the product-health GitHub App (npm start). It needs APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
and WEBHOOK_SECRET (from the environment or a .env file in the working folder).

  --development   also starts without WEBHOOK_SECRET (Probot's public default "development" is used)
  --setup         registers a new GitHub App from app.yml in the browser (Probot's setup, on
                  http://localhost:3000), then writes APP_ID, PRIVATE_KEY and WEBHOOK_SECRET to .env.
                  It needs PUBLIC_URL, the app's public address (its webhook URL is PUBLIC_URL
                  followed by WEBHOOK_PATH, /api/github/webhooks by default), or WEBHOOK_PROXY_URL
                  (a smee.io channel, development); GH_ORG registers it for that organisation
  --help          prints this`;
/**
 * `npm start`: checks the settings — every problem one line saying what to set, exit code 1, no
 * server — then starts the app's server. Probot's setup (the app registration flow, whose pages
 * write credentials into .env) runs only with `--setup`. Every failure ends here, reported.
 */
export async function runAppCommand(args, io) {
    try {
        let flags;
        try {
            flags = parseArgs({
                args: [...args],
                options: {
                    development: { type: 'boolean' },
                    setup: { type: 'boolean' },
                    help: { type: 'boolean', short: 'h' },
                },
                strict: true,
            }).values;
        }
        catch (error) {
            io.say(`product-health: ${error.message}\n${APP_USAGE}`);
            return 1;
        }
        if (flags.help) {
            io.say(APP_USAGE);
            return 0;
        }
        loadDotEnv(io.env, io.cwd);
        if (flags.setup) {
            const webhook = setupWebhookUrl(io.env);
            if ('problem' in webhook) {
                io.say(`product-health: ${webhook.problem}`);
                return 1;
            }
            const owner = io.env.GH_ORG
                ? `the organisation ${io.env.GH_ORG}`
                : 'your personal account (GH_ORG unset)';
            io.say(`product-health: registering a GitHub App for ${owner}, webhook URL ${webhook.url}`);
            // Probot's manifest reads the webhook URL from process.env; the server is given no proxy, so
            // setup opens no smee.io channel of its own.
            process.env.WEBHOOK_PROXY_URL = webhook.url;
            // Probot's setup starts only without credentials: those set are put aside, not used.
            await run(productHealthApp, {
                env: {
                    ...io.env,
                    APP_ID: '',
                    PRIVATE_KEY: '',
                    PRIVATE_KEY_PATH: '',
                    WEBHOOK_PROXY_URL: webhook.proxy ? webhook.url : '',
                },
            });
            return 0;
        }
        const read = await readServerSettings(io.env, io.cwd, { development: flags.development === true });
        if ('problems' in read) {
            for (const problem of read.problems)
                io.say(`product-health: ${problem}`);
            io.say('product-health: the app was not started. To register a new GitHub App and write its settings to .env, run npm run setup.');
            return 1;
        }
        const server = await startAppServer(read.settings);
        io.started?.(server);
        return 0;
    }
    catch (error) {
        const message = redactCredentials(error instanceof Error ? error.message : String(error));
        io.say(`product-health: the app could not start: ${message}`);
        return 1;
    }
}
/**
 * The webhook URL an app registered by `--setup` gets: `PUBLIC_URL` + `WEBHOOK_PATH`, else a smee.io
 * channel (`WEBHOOK_PROXY_URL`, development). Never Probot's default, the address the setup page
 * happens to be opened at (`http://localhost:3000/`), which GitHub cannot reach.
 */
export function setupWebhookUrl(env) {
    const publicUrl = env.PUBLIC_URL?.trim();
    if (publicUrl) {
        let parsed;
        try {
            parsed = new URL(publicUrl);
        }
        catch {
            return {
                problem: `PUBLIC_URL is not a URL (${publicUrl}): set it to the app's public address, e.g. https://product-health.example.fr`,
            };
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            return { problem: `PUBLIC_URL must be an https:// address (${publicUrl})` };
        }
        const path = env.WEBHOOK_PATH?.trim() || DEFAULT_WEBHOOK_PATH;
        return {
            url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`,
            proxy: false,
        };
    }
    const proxy = env.WEBHOOK_PROXY_URL?.trim();
    if (proxy)
        return { url: proxy, proxy: true };
    return {
        problem: "PUBLIC_URL is not set: set it to the app's public address (e.g. https://product-health.example.fr), where GitHub will send its webhooks; to try the app on your machine, set WEBHOOK_PROXY_URL to a https://smee.io channel instead.",
    };
}
/**
 * The variables of `.env` in `cwd`, as `probot run` reads them, for those not set already (the
 * environment wins).
 */
function loadDotEnv(env, cwd) {
    let text;
    try {
        text = readFileSync(join(cwd, '.env'), 'utf8');
    }
    catch {
        return;
    }
    for (const [name, value] of Object.entries(parseEnv(text))) {
        if (env[name] === undefined)
            env[name] = value;
    }
}
