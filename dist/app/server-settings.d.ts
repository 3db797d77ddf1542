/** Probot's webhook secret when none is given: public, so anyone could sign deliveries with it. */
export declare const PROBOT_DEFAULT_SECRET = "development";
export declare const DEFAULT_PORT = 3000;
export declare const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
export declare const WEBHOOK_LIMIT_VARIABLE = "WEBHOOK_BODY_LIMIT_MB";
declare const LOG_LEVELS: readonly ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
/** Everything the app's server needs, read from the environment and checked. */
export interface ServerSettings {
    appId: number;
    privateKey: string;
    /** The webhook secret; Probot's public `development` only in development, said in `warnings`. */
    secret: string;
    port: number;
    /** Where to listen; Probot's default (all interfaces, `localhost` printed) when absent. */
    host: string | undefined;
    webhookPath: string;
    /** A smee.io channel forwarding GitHub's deliveries (development). */
    webhookProxy: string | undefined;
    /** REST base URL: `GHE_HOST`, `GITHUB_API_URL`, else github.com. */
    baseUrl: string;
    redisUrl: string | undefined;
    /** Largest webhook body taken, in bytes (`WEBHOOK_BODY_LIMIT_MB`, GitHub's cap of 25 MB by default). */
    webhookLimitBytes: number;
    log: {
        level: (typeof LOG_LEVELS)[number];
        format: 'json' | 'pretty';
        levelInString: boolean;
        messageKey: string | undefined;
        sentryDsn: string | undefined;
    };
    /** Set but odd, the server starts anyway: each says what was done and what to set. */
    warnings: string[];
}
export type ServerSettingsResult = {
    settings: ServerSettings;
} | {
    problems: string[];
};
/**
 * The app server's settings from Probot's variables (`APP_ID`, `PRIVATE_KEY` or `PRIVATE_KEY_PATH`,
 * `WEBHOOK_SECRET`, `PORT`, `HOST`, `WEBHOOK_PATH`, `WEBHOOK_PROXY_URL`, `LOG_LEVEL`, `LOG_FORMAT`,
 * `LOG_LEVEL_IN_STRING`, `LOG_MESSAGE_KEY`, `SENTRY_DSN`, `GHE_HOST`, `GHE_PROTOCOL`, `REDIS_URL`)
 * and `WEBHOOK_BODY_LIMIT_MB`. Every problem that stops the server is listed, one line each saying
 * what to set. Without `WEBHOOK_SECRET` the server does not start, unless `development` is true.
 * The key and the secret are registered as secret values (`registerSecretValue`).
 */
export declare function readServerSettings(env: Readonly<Record<string, string | undefined>>, cwd: string, { development }: {
    development: boolean;
}): Promise<ServerSettingsResult>;
export {};
