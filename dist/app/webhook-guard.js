import { createHmac, timingSafeEqual } from 'node:crypto';
/** GitHub caps a delivery's payload at 25 MB: nothing larger can be genuine. */
export const DEFAULT_WEBHOOK_BODY_LIMIT_BYTES = 25 * 1024 * 1024;
/** A delivery's body must have arrived whole within this (GitHub gives up on an answer after 10 s). */
export const DEFAULT_WEBHOOK_BODY_TIMEOUT_MS = 30_000;
/**
 * Puts a guard in front of `next` (Probot's webhook middleware) on the webhook path: a POST without
 * a well-formed `X-Hub-Signature-256` is refused (400) before its body is read; one announcing more
 * than the limit (`Content-Length`) is refused at once (413), one that grows past it while read is
 * refused and its connection cut (413); the body is checked against the secret as it arrives, and
 * a forged one refused (400) and logged in one short line, never passed on. A genuine delivery goes
 * on to `next`, its body already read (`request.body`, which `@octokit/webhooks` takes as is).
 * Anything else is `next`'s.
 */
export function guardWebhooks(next, options) {
    const limit = options.limitBytes ?? DEFAULT_WEBHOOK_BODY_LIMIT_BYTES;
    const inFlightLimit = options.inFlightLimitBytes ?? limit * 2;
    const timeoutMs = options.bodyTimeoutMs ?? DEFAULT_WEBHOOK_BODY_TIMEOUT_MS;
    const path = trimTrailingSlashes(options.path);
    const inFlight = { bytes: 0 };
    return async (request, response, nextHandler) => {
        if (request.method !== 'POST' || pathnameOf(request.url ?? '') !== path) {
            return next(request, response, nextHandler);
        }
        const refuse = (status, why) => {
            refuseDelivery(request, response, status, why);
            options.log.warn(`product-health: webhook delivery refused (HTTP ${status}): ${why} ${origin(request)}`);
            return true;
        };
        const signature = header(request, 'x-hub-signature-256');
        if (!signature)
            return refuse(400, 'no X-Hub-Signature-256 header');
        const expected = /^sha256=([0-9a-f]{64})$/i.exec(signature)?.[1];
        if (!expected)
            return refuse(400, 'the X-Hub-Signature-256 header is not sha256=<64 hex digits>');
        const announced = header(request, 'content-length');
        if (announced !== undefined && !(Number(announced) <= limit)) {
            return refuse(413, `the body announces ${Number(announced)} bytes, over the limit of ${limit}`);
        }
        const read = await readSigned(request, { secret: options.secret, limit, inFlightLimit, timeoutMs }, inFlight);
        if (read.kind !== 'read') {
            if (read.kind === 'gone')
                return true;
            const refusals = {
                'too-large': [413, `the body grew past the limit of ${limit} bytes`],
                busy: [503, `deliveries being read hold over ${inFlightLimit} bytes`],
                slow: [408, `the body did not arrive within ${timeoutMs / 1000} s`],
            };
            return refuse(...refusals[read.kind]);
        }
        if (!timingSafeEqual(read.digest, Buffer.from(expected, 'hex'))) {
            return refuse(400, 'the signature does not match WEBHOOK_SECRET');
        }
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(read.chunks));
        }
        catch {
            return refuse(400, 'the body is not UTF-8');
        }
        request.body = text;
        return next(request, response, nextHandler);
    };
}
/** The body and its HMAC, computed as it arrives; stops at the first limit crossed. */
function readSigned(request, limits, inFlight) {
    return new Promise((resolve) => {
        const hmac = createHmac('sha256', limits.secret);
        const chunks = [];
        let bytes = 0;
        let settled = false;
        const finish = (read) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            inFlight.bytes -= bytes;
            request.off('data', onData);
            request.off('end', onEnd);
            request.off('error', onGone);
            request.off('close', onClose);
            if (read.kind !== 'read')
                request.pause();
            resolve(read);
        };
        const onData = (chunk) => {
            bytes += chunk.length;
            inFlight.bytes += chunk.length;
            if (bytes > limits.limit)
                return finish({ kind: 'too-large' });
            if (inFlight.bytes > limits.inFlightLimit)
                return finish({ kind: 'busy' });
            hmac.update(chunk);
            chunks.push(chunk);
        };
        // The chunks are joined only once the signature matches: a forged body is never copied.
        const onEnd = () => finish({ kind: 'read', chunks, digest: hmac.digest() });
        const onGone = () => finish({ kind: 'gone' });
        const onClose = () => {
            if (!request.complete)
                onGone();
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
function refuseDelivery(request, response, status, error) {
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
        if (!request.complete)
            request.socket.destroy();
    });
}
/** The delivery's id, event and sender address, cut and cleaned: attacker-chosen, they stay short. */
function origin(request) {
    const clean = (value) => (value ?? '-').replace(/[^\w.:-]/g, '?').slice(0, 64);
    return `(delivery ${clean(header(request, 'x-github-delivery'))}, event ${clean(header(request, 'x-github-event'))}, from ${clean(request.socket.remoteAddress)})`;
}
function header(request, name) {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The request's path as `@octokit/webhooks` matches it: trailing slashes dropped, then parsed. */
function pathnameOf(url) {
    try {
        return new URL(trimTrailingSlashes(url), 'http://localhost').pathname;
    }
    catch {
        return null;
    }
}
function trimTrailingSlashes(path) {
    const trimmed = path.replace(/\/+$/, '');
    return trimmed === '' ? '/' : trimmed;
}
