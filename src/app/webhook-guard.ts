import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** GitHub caps a delivery's payload at 25 MB: nothing larger can be genuine. */
export const DEFAULT_WEBHOOK_BODY_LIMIT_BYTES = 25 * 1024 * 1024;
/** A delivery's body must have arrived whole within this (GitHub gives up on an answer after 10 s). */
export const DEFAULT_WEBHOOK_BODY_TIMEOUT_MS = 30_000;

/** A Node middleware as `@octokit/webhooks` (and so Probot) makes them. */
export type NodeMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => boolean | Promise<boolean>;

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
  log: { warn(message: string): void };
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
export function guardWebhooks(next: NodeMiddleware, options: WebhookGuardOptions): NodeMiddleware {
  const limit = options.limitBytes ?? DEFAULT_WEBHOOK_BODY_LIMIT_BYTES;
  const inFlightLimit = options.inFlightLimitBytes ?? limit * 2;
  const timeoutMs = options.bodyTimeoutMs ?? DEFAULT_WEBHOOK_BODY_TIMEOUT_MS;
  const path = trimTrailingSlashes(options.path);
  const inFlight = { bytes: 0 };

  return async (request, response, nextHandler) => {
    if (request.method !== 'POST' || pathnameOf(request.url ?? '') !== path) {
      return next(request, response, nextHandler);
    }
    const refuse = (status: number, why: string) => {
      refuseDelivery(request, response, status, why);
      options.log.warn(
        `product-health: webhook delivery refused (HTTP ${status}): ${why} ${origin(request)}`,
      );
      return true;
    };
    const signature = header(request, 'x-hub-signature-256');
    if (!signature) return refuse(400, 'no X-Hub-Signature-256 header');
    const expected = /^sha256=([0-9a-f]{64})$/i.exec(signature)?.[1];
    if (!expected) return refuse(400, 'the X-Hub-Signature-256 header is not sha256=<64 hex digits>');
    const announced = header(request, 'content-length');
    if (announced !== undefined && !(Number(announced) <= limit)) {
      return refuse(413, `the body announces ${Number(announced)} bytes, over the limit of ${limit}`);
    }

    const read = await readSigned(
      request,
      { secret: options.secret, limit, inFlightLimit, timeoutMs },
      inFlight,
    );
    if (read.kind !== 'read') {
      if (read.kind === 'gone') return true;
      const refusals: Record<typeof read.kind, [number, string]> = {
        'too-large': [413, `the body grew past the limit of ${limit} bytes`],
        busy: [503, `deliveries being read hold over ${inFlightLimit} bytes`],
        slow: [408, `the body did not arrive within ${timeoutMs / 1000} s`],
      };
      return refuse(...refusals[read.kind]);
    }
    if (!timingSafeEqual(read.digest, Buffer.from(expected, 'hex'))) {
      return refuse(400, 'the signature does not match WEBHOOK_SECRET');
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(read.chunks));
    } catch {
      return refuse(400, 'the body is not UTF-8');
    }
    (request as IncomingMessage & { body?: unknown }).body = text;
    return next(request, response, nextHandler);
  };
}

type Read =
  | { kind: 'read'; chunks: Buffer[]; digest: Buffer }
  | { kind: 'too-large' | 'busy' | 'slow' | 'gone' };

/** The body and its HMAC, computed as it arrives; stops at the first limit crossed. */
function readSigned(
  request: IncomingMessage,
  limits: { secret: string; limit: number; inFlightLimit: number; timeoutMs: number },
  inFlight: { bytes: number },
): Promise<Read> {
  return new Promise((resolve) => {
    const hmac = createHmac('sha256', limits.secret);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (read: Read) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      inFlight.bytes -= bytes;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onGone);
      request.off('close', onClose);
      if (read.kind !== 'read') request.pause();
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      inFlight.bytes += chunk.length;
      if (bytes > limits.limit) return finish({ kind: 'too-large' });
      if (inFlight.bytes > limits.inFlightLimit) return finish({ kind: 'busy' });
      hmac.update(chunk);
      chunks.push(chunk);
    };
    // The chunks are joined only once the signature matches: a forged body is never copied.
    const onEnd = () => finish({ kind: 'read', chunks, digest: hmac.digest() });
    const onGone = () => finish({ kind: 'gone' });
    const onClose = () => {
      if (!request.complete) onGone();
    };
    const timer = setTimeout(() => finish({ kind: 'slow' }), limits.timeoutMs);
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onGone);
    request.on('close', onClose);
  });
}

/**
 * Answers `status` with a short JSON error and closes the connection once the answer is sent, so
 * the rest of the body is never read.
 */
function refuseDelivery(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  error: string,
): void {
  if (response.headersSent || response.destroyed) {
    request.socket.destroy();
    return;
  }
  const body = JSON.stringify({ error });
  response.shouldKeepAlive = false;
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  response.end(body, () => {
    if (!request.complete) request.socket.destroy();
  });
}

/** The delivery's id, event and sender address, cut and cleaned: attacker-chosen, they stay short. */
function origin(request: IncomingMessage): string {
  const clean = (value: string | undefined) => (value ?? '-').replace(/[^\w.:-]/g, '?').slice(0, 64);
  return `(delivery ${clean(header(request, 'x-github-delivery'))}, event ${clean(header(request, 'x-github-event'))}, from ${clean(request.socket.remoteAddress)})`;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The request's path as `@octokit/webhooks` matches it: trailing slashes dropped, then parsed. */
function pathnameOf(url: string): string | null {
  try {
    return new URL(trimTrailingSlashes(url), 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function trimTrailingSlashes(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
