import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimulatedGitHub } from './simulated-github.js';

export interface SimulatedGitHubServer {
  /** `http://127.0.0.1:PORT`: the REST base URL; GraphQL is at `${url}/graphql`. */
  url: string;
  /** Stops listening, drops the connections still open and cancels the answers still held. */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** `127.0.0.1` unless told. */
  host?: string;
  /**
   * The links in the answers (issue URLs…) take this server's port, when the simulator's base URL
   * is a loopback host without one (`http://127.0.0.1`). Off unless told: two servers of the same
   * state then answer the same links.
   */
  linkToServer?: boolean;
}

/**
 * Serves a `SimulatedGitHub` over HTTP on loopback (random port), for code that runs in another
 * process (the bundled Action, the CLI by hand) or that nock cannot see. Build the simulator with
 * `baseUrl: 'http://127.0.0.1'` (or `…/api/v3`), so the links in its answers point to this host
 * (and port, with `linkToServer`). The simulator decides each answer (`respond()`); the server plays its latency and the
 * faults below HTTP — a held answer (`timeout`), a dropped connection (`reset`).
 */
export async function serveSimulatedGitHub(
  simulated: SimulatedGitHub,
  options: ServeOptions = {},
): Promise<SimulatedGitHubServer> {
  const host = options.host ?? '127.0.0.1';
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    try {
      const body = await readBody(incoming);
      // The host the client used (with its port), so that `link` headers lead back here.
      const request = new Request(`http://${incoming.headers.host ?? host}${incoming.url ?? '/'}`, {
        method: incoming.method ?? 'GET',
        headers: incoming.headers as Record<string, string>,
        body: body.length > 0 ? new Uint8Array(body) : undefined,
      });
      const response = await simulated.respond(request);
      if (response.delayMs > 0) await wait(response.delayMs);
      if (response.network?.kind === 'reset') {
        incoming.socket.destroy();
        return;
      }
      if (response.network?.kind === 'timeout') await wait(response.network.holdMs);
      if (closed || outgoing.destroyed) return;
      outgoing.writeHead(response.status, response.headers);
      outgoing.end(response.body);
    } catch (error) {
      if (closed || outgoing.destroyed || outgoing.headersSent) return;
      outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end(`simulated GitHub server error: ${(error as Error).message}`);
    }
  };

  const server: Server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (options.linkToServer) simulated.servedAt(url);
  return {
    url,
    close: () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const done = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      return done;
    },
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
