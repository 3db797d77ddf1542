import { type ApplicationFunction, type Logger, ProbotOctokit } from 'probot';
import type { ServerSettings } from './server-settings.js';
export interface StartAppServerOptions {
    /** The app; the product-health app paced by the environment unless given. */
    app?: ApplicationFunction;
    /** Where to log; a pino logger made from `settings.log` (standard output) unless given. */
    log?: Logger;
    /** The Octokit class to build on (tests); Probot's unless given. */
    Octokit?: typeof ProbotOctokit;
}
export interface RunningAppServer {
    /** `http://HOST:PORT`, as it listens (`127.0.0.1` when it listens on every interface). */
    url: string;
    log: Logger;
    stop(): Promise<void>;
}
/**
 * Probot's server (`/ping`, request log, 404, `WEBHOOK_PROXY_URL`) with the app loaded, `/healthz`,
 * and `guardWebhooks` in front of its webhook path; listening once it resolves. Nothing of Probot's
 * setup mode: the settings carry checked credentials.
 */
export declare function startAppServer(settings: ServerSettings, options?: StartAppServerOptions): Promise<RunningAppServer>;
/** The logger `probot run` makes: pino, JSON or pretty, to standard output. */
export declare function createAppLog(options: ServerSettings['log']): Promise<Logger>;
