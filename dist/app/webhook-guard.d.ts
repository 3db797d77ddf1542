import type { IncomingMessage, ServerResponse } from 'node:http';
/** GitHub caps a delivery's payload at 25 MB: nothing larger can be genuine. */
export declare const DEFAULT_WEBHOOK_BODY_LIMIT_BYTES: number;
/** A delivery's body must have arrived whole within this (GitHub gives up on an answer after 10 s). */
export declare const DEFAULT_WEBHOOK_BODY_TIMEOUT_MS = 30000;
/** A Node middleware as `@octokit/webhooks` (and so Probot) makes them. */
export type NodeMiddleware = (request: IncomingMessage, response: ServerResponse, next?: () => void) => boolean | Promise<boolean>;
export interface WebhookGuardOptions {
    /** The webhook path (`WEBHOOK_PATH`, `/api/github/webhooks` by default). */
    path: string;
    /** The webhook secret deliveries are signed with. */
    secret: string;
    /** Largest body taken, in bytes. */
    limitBytes?: number;
    /** Most bytes held at once for all the deliveries being read; 2 bodies at the limit unless told. */
    inFlightLimitBytes?: number;
    /** Longest a body may take to arrive. */
    bodyTimeoutMs?: number;
    /** Where each refusal is said, in one short line. */
    log: {
        warn(message: string): void;
    };
}
/**
 * Puts a guard in front of `next` (Probot's webhook middleware) on the webhook path: a POST without
 * a well-formed `X-Hub-Signature-256` is refused (400) before its body is read; one announcing more
 * than the limit (`Content-Length`) is refused at once (413), one that grows past it while read is
 * refused and its connection cut (413); the body is checked against the secret as it arrives, and
 * a forged one refused (400) and logged in one short line, never passed on. A genuine delivery goes
 * on to `next`, its body already read (`request.body`, which `@octokit/webhooks` takes as is).
 * Anything else is `next`'s.
 */
export declare function guardWebhooks(next: NodeMiddleware, options: WebhookGuardOptions): NodeMiddleware;
