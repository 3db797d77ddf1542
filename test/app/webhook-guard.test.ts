import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardWebhooks, type NodeMiddleware } from '../../src/app/webhook-guard.js';
import { streamDelivery } from '../reliability/stream-delivery.js';

const SECRET = 'guard-test-secret';
const PATH = '/api/github/webhooks';
const sign = (body: string | Buffer, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** The guard in front of a stand-in for Probot's middleware that records what reaches it. */
async function guarded(
  options: { limitBytes?: number; inFlightLimitBytes?: number; bodyTimeoutMs?: number } = {},
) {
  const passed: Array<{ method: string; url: string; body: unknown }> = [];
  const warnings: string[] = [];
  const next: NodeMiddleware = (request: IncomingMessage, response) => {
    passed.push({
      method: request.method ?? '',
      url: request.url ?? '',
      body: (request as { body?: unknown }).body,
    });
    response.writeHead(200).end('ok');
    return true;
  };
  const handler = guardWebhooks(next, {
    path: PATH,
    secret: SECRET,
    log: { warn: (message) => warnings.push(message) },
    ...options,
  });
  server = createServer((request, response) => {
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, passed, warnings };
}

const post = (url: string, body: string | Buffer, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('guardWebhooks', () => {
  it('passes a genuine delivery on with its body read, as text', async () => {
    const { url, passed, warnings } = await guarded();
    const body = JSON.stringify({ zen: 'Keep it logically awesome.', accents: 'été' });
    const answer = await post(`${url}${PATH}`, body, { 'x-hub-signature-256': sign(body) });

    expect(answer.status).toBe(200);
    expect(passed).toEqual([{ method: 'POST', url: PATH, body }]);
    expect(warnings).toEqual([]);
  });

  it('guards the path however @octokit/webhooks would match it: trailing slashes, a query', async () => {
    const { url, passed } = await guarded();
    const body = '{}';
    const paths = [`${PATH}/`, `${PATH}//`, `${PATH}?x=1`];
    const statuses = [];
    for (const path of paths) {
      statuses.push(
        (await post(`${url}${path}`, body, { 'x-hub-signature-256': sign(body, 'forged') })).status,
      );
    }

    expect(statuses).toEqual([400, 400, 400]);
    expect(passed).toEqual([]);
  });

  it('leaves other methods and paths to the next handler, unread', async () => {
    const { url, passed } = await guarded();
    await fetch(`${url}${PATH}`);
    await post(`${url}/elsewhere`, 'x', {});

    expect(passed.map(({ method, url: path, body }) => [method, path, body])).toEqual([
      ['GET', PATH, undefined],
      ['POST', '/elsewhere', undefined],
    ]);
  });

  it('refuses a body that is not UTF-8, even validly signed', async () => {
    const { url, passed } = await guarded();
    const body = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const answer = await post(`${url}${PATH}`, body, { 'x-hub-signature-256': sign(body) });

    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/not UTF-8/);
    expect(passed).toEqual([]);
  });

  it('refuses a body that does not arrive in time (408), the connection closed', async () => {
    const { url, warnings } = await guarded({ bodyTimeoutMs: 200 });
    const answer = await streamDelivery(url, {
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign('x') },
      bytes: 10_000,
      stopAfterBytes: 100,
    });

    expect(answer.status).toBe(408);
    expect(answer.closedByServer).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/HTTP 408/)]);
  });

  it('refuses (503) a delivery that would hold more than the in-flight limit, then takes the next', async () => {
    const { url, passed } = await guarded({
      limitBytes: 1_000_000,
      inFlightLimitBytes: 1_000_000,
      bodyTimeoutMs: 2000,
    });
    const slow = streamDelivery(url, {
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign('x') },
      bytes: 900_000,
      stopAfterBytes: 800_000,
      closeWithinMs: 100,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await streamDelivery(url, {
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign('x') },
      bytes: 900_000,
    });
    await slow;
    const body = '{}';
    const genuine = await post(`${url}${PATH}`, body, { 'x-hub-signature-256': sign(body) });

    expect([0, 503]).toContain(second.status);
    expect(second.closedByServer).toBe(true);
    expect(genuine.status).toBe(200);
    expect(passed).toHaveLength(1);
  });
});
