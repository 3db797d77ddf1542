/** The path of the liveness probe. */
export const HEALTHZ_PATH = '/healthz';
/**
 * A Probot HTTP handler (`addHandler`) answering `GET /healthz` with `200 {"status":"ok","version"}`
 * for load balancers and orchestrators; any other request is left to the next handler. With a
 * shared queue (Redis), its counts are added as `queue`; Redis out of reach answers 503
 * `{"status":"unavailable"}`: this instance cannot take or run rescans.
 */
export function healthzHandler(version, queue) {
    return async (request, response) => {
        const path = (request.url ?? '').split('?')[0];
        if (path !== HEALTHZ_PATH || (request.method !== 'GET' && request.method !== 'HEAD'))
            return false;
        let status = 200;
        let body = { status: 'ok', version };
        if (queue) {
            try {
                body = { ...body, queue: await withTimeout(queue(), QUEUE_TIMEOUT_MS) };
            }
            catch {
                status = 503;
                body = { status: 'unavailable', version, queue: null };
            }
        }
        response.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : JSON.stringify(body));
        return true;
    };
}
/** Longer than this, Redis counts as out of reach (a probe must answer fast). */
const QUEUE_TIMEOUT_MS = 2000;
function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
