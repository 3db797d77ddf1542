import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { healthzHandler, type QueueCounts } from '../../src/app/healthz-handler.js';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The handler on a loopback server; a request it leaves gets 404. */
async function serve(queue?: () => Promise<QueueCounts>): Promise<string> {
  const handler = healthzHandler('9.9.9', queue);
  const server = createServer((request, response) => {
    void Promise.resolve(handler(request, response)).then((handled) => {
      if (!handled) response.writeHead(404).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /healthz', () => {
  it('without a shared queue: 200, status and version only', async () => {
    const url = await serve();
    const answer = await fetch(`${url}/healthz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok', version: '9.9.9' });
    expect((await fetch(`${url}/other`)).status).toBe(404);
  });

  it('with Redis: the queue’s waiting, active, delayed and failed jobs', async () => {
    const url = await serve(async () => ({ waiting: 3, active: 2, delayed: 1, failed: 4 }));
    const answer = await fetch(`${url}/healthz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      status: 'ok',
      version: '9.9.9',
      queue: { waiting: 3, active: 2, delayed: 1, failed: 4 },
    });
  });

  it('with Redis out of reach: 503, so that a load balancer stops sending deliveries here', async () => {
    const url = await serve(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')));
    const answer = await fetch(`${url}/healthz`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: 'unavailable', version: '9.9.9', queue: null });
  });
});
