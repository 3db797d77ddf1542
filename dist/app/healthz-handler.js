/** The path of the liveness probe. */
export const HEALTHZ_PATH = '/healthz';
/**
 * A Probot HTTP handler (`addHandler`) answering `GET /healthz` with `200 {"status":"ok","version"}`
 * for load balancers and orchestrators; any other request is left to the next handler.
 */
export function healthzHandler(version) {
    const body = JSON.stringify({ status: 'ok', version });
    return (request, response) => {
        const path = (request.url ?? '').split('?')[0];
        if (path !== HEALTHZ_PATH || (request.method !== 'GET' && request.method !== 'HEAD'))
            return false;
        response.writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return true;
    };
}
