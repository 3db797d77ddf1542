import { createHmac } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { createNodeMiddleware } from 'probot';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProductHealthApp } from '../../src/app/app.js';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { TOOL } from '../../src/util/tool.js';
import { FULL_NAME, GITHUB_NOW } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  deliveryId,
  recordingLogger,
  rehomed,
  scanCount,
  serveProduct,
  testProbot,
  WEBHOOK_SECRET,
  webhookExamples,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();
let server: Server | null = null;

// After `useFakeGitHub()`'s: the webhooks are real HTTP requests to the app's own server on loopback.
beforeAll(() => nock.enableNetConnect('127.0.0.1'));
afterEach(async () => {
  const closing = server;
  server = null;
  if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** The app behind Probot's node middleware, in a real HTTP server on 127.0.0.1. */
async function serveApp() {
  const { logger } = recordingLogger();
  const probot = testProbot(logger);
  const scheduler = new RescanScheduler({ delayMs: 3_600_000 });
  const scanned: ScannedRepository[] = [];
  const app = createProductHealthApp({
    scheduler,
    now: () => new Date(GITHUB_NOW),
    onScanned: (result) => scanned.push(result),
  });
  const middleware = await createNodeMiddleware(app, { probot });
  const http = createServer((request, response) => {
    void middleware(request, response, () => {
      response.writeHead(404).end();
    });
  });
  server = http;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, scheduler, scanned };
}

function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs a webhook with `node:http` (nock lets loopback through; its `fetch` pass-through cannot
 * replay a request body).
 */
function postWebhook(
  url: string,
  name: string,
  payload: unknown,
  signature: (body: string) => string,
): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/api/github/webhooks`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-github-event': name,
          'x-github-delivery': deliveryId(),
          'x-hub-signature-256': signature(body),
        },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the app behind Probot’s node middleware', () => {
  const push = () => rehomed(webhookExamples('push')[4] as Record<string, unknown>);

  it('rejects a webhook with a wrong signature, and scans nothing', async () => {
    const github = serveProduct(fakeGitHub);
    const { url, scheduler, scanned } = await serveApp();

    const response = await postWebhook(url, 'push', push(), (body) => sign(body, 'not-the-secret'));

    expect(response.status).toBe(400);
    expect(scheduler.keys()).toEqual([]);
    await scheduler.drain();
    expect(scanCount(github)).toBe(0);
    expect(scanned).toEqual([]);
  });

  it('accepts a correctly signed webhook and rescans the repository', async () => {
    const github = serveProduct(fakeGitHub);
    const { url, scheduler, scanned } = await serveApp();

    const response = await postWebhook(url, 'push', push(), (body) => sign(body, WEBHOOK_SECRET));

    expect([200, 202]).toContain(response.status);
    expect(scheduler.keys()).toEqual([FULL_NAME]);
    await scheduler.drain();
    expect(scanCount(github)).toBe(1);
    expect(scanned.map((result) => result.issue?.action)).toEqual(['created']);
  });

  it('answers /healthz with its version', async () => {
    const { url } = await serveApp();

    const response = await fetch(`${url}/healthz`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', version: TOOL.version });
    expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
  });
});
