import type { IncomingMessage, ServerResponse } from 'node:http';
/** The path of the liveness probe. */
export declare const HEALTHZ_PATH = "/healthz";
/**
 * A Probot HTTP handler (`addHandler`) answering `GET /healthz` with `200 {"status":"ok","version"}`
 * for load balancers and orchestrators; any other request is left to the next handler.
 */
export declare function healthzHandler(version: string): (request: IncomingMessage, response: ServerResponse) => boolean;
