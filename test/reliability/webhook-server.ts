/**
 * The app as it runs in production, behind Probot's node middleware in a real `node:http` server on
 * 127.0.0.1, and a client speaking to it with `node:http` (nock, loaded by the fake GitHub, cannot
 * replay the body of a `fetch` it lets through).
 */
import { createHmac } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, type Logger, type Probot } from 'probot';
import { createProductHealthApp } from '../../src/app/app.js';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { recordingLogger, testProbot, WEBHOOK_SECRET } from '../app/app-harness.js';
import { GITHUB_NOW } from '../helpers/product-github-spec.js';

export const WEBHOOK_PATH = '/api/github/webhooks';

export interface ServedApp {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  scheduler: RescanScheduler;
  /** Every finished scan. */
  scanned: ScannedRepository[];
  close(): Promise<void>;
}

/**
 * The product-health app under `probot` (by default: app 1, the test key and `WEBHOOK_SECRET`,
 * logging to `logger`), in a server on a free port of 127.0.0.1. Rescans wait an hour, so a test
 * decides when they run (`scheduler.drain()`).
 */
export async function serveAppOverHttp(
  options: { logger?: Logger; probot?: Probot } = {},
): Promise<ServedApp> {
  const probot = options.probot ?? testProbot(options.logger ?? recordingLogger().logger);
  const scheduler = new RescanScheduler({ delayMs: 3_600_000, concurrency: 4 });
  const scanned: ScannedRepository[] = [];
  const app = createProductHealthApp({
    scheduler,
    now: () => new Date(GITHUB_NOW),
    onScanned: (result) => scanned.push(result),
  });
  const middleware = await createNodeMiddleware(app, { probot });
  const server: Server = createServer((incoming, outgoing) => {
    void middleware(incoming, outgoing, () => {
      outgoing.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    scheduler,
    scanned,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** GitHub's `X-Hub-Signature-256` of `body` under `secret`. */
export function sign(body: string | Buffer, secret: string = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

/** One HTTP request with `node:http`; the whole answer's text. */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

let delivery = 0;

/** A delivery id, unique in the run (`x-github-delivery`). */
export function deliveryId(): string {
  delivery += 1;
  return `11111111-0000-4000-8000-${String(delivery).padStart(12, '0')}`;
}

/**
 * The headers GitHub sends with a delivery of `body`: JSON, the event's name, a delivery id and
 * the signature under the app's secret. `overrides` replace or (when `undefined`) remove some.
 */
export function deliveryHeaders(
  event: string,
  body: string | Buffer,
  overrides: Record<string, string | undefined> = {},
): Record<string, string | number> {
  const headers: Record<string, string | number | undefined> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'user-agent': 'GitHub-Hookshot/0000000',
    'x-github-event': event,
    'x-github-delivery': deliveryId(),
    'x-github-hook-id': '1',
    'x-hub-signature-256': sign(body),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
  );
}

/** POSTs a delivery to the app's webhook path. */
export function postDelivery(
  url: string,
  event: string,
  body: string | Buffer,
  overrides: Record<string, string | undefined> = {},
): Promise<HttpAnswer> {
  return httpRequest(`${url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: deliveryHeaders(event, body, overrides),
    body,
  });
}

/** `GET /healthz`: 200 with `{"status":"ok"}` while the app is up. */
export async function healthy(url: string): Promise<boolean> {
  const answer = await httpRequest(`${url}/healthz`);
  if (answer.status !== 200) return false;
  try {
    return (JSON.parse(answer.text) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}
