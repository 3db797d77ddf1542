import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimulatedGitHub } from './simulated-github.js';

export interface SimulatedGitHubServer {
  /** `http://127.0.0.1:PORT`: the REST base URL; GraphQL is at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a `SimulatedGitHub` over HTTP on loopback (random port), for code that runs in another
 * process (the bundled Action) or that nock cannot see. Build the fake with
 * `baseUrl: 'http://127.0.0.1'` so the links in its answers point back here.
 */
export async function serveSimulatedGitHub(fake: SimulatedGitHub): Promise<SimulatedGitHubServer> {
  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const body = await readBody(incoming);
        const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
          method: incoming.method ?? 'GET',
          headers: incoming.headers as Record<string, string>,
          body: body.length > 0 ? new Uint8Array(body) : undefined,
        });
        const [status, text, headers] = await fake.answer(request);
        outgoing.writeHead(status, headers);
        outgoing.end(text);
      } catch (error) {
        outgoing.writeHead(500, { 'content-type': 'text/plain' });
        outgoing.end(`fake GitHub server error: ${(error as Error).message}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
