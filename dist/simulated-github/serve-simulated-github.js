import { createServer } from 'node:http';
/**
 * Serves a `SimulatedGitHub` over HTTP on loopback (random port), for code that runs in another
 * process (the bundled Action, the CLI by hand) or that nock cannot see. Build the simulator with
 * `baseUrl: 'http://127.0.0.1'` (or `…/api/v3`), so the links in its answers point to this host
 * (and port, with `linkToServer`). The simulator decides each answer (`respond()`); the server plays its latency and the
 * faults below HTTP — a held answer (`timeout`), a dropped connection (`reset`).
 */
export async function serveSimulatedGitHub(simulated, options = {}) {
    const host = options.host ?? '127.0.0.1';
    const timers = new Set();
    let closed = false;
    const wait = (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
        }, ms);
        timers.add(timer);
    });
    const serve = async (incoming, outgoing) => {
        try {
            const body = await readBody(incoming);
            // The host the client used (with its port), so that `link` headers lead back here.
            const request = new Request(`http://${incoming.headers.host ?? host}${incoming.url ?? '/'}`, {
                method: incoming.method ?? 'GET',
                headers: incoming.headers,
                body: body.length > 0 ? new Uint8Array(body) : undefined,
            });
            const response = await simulated.respond(request);
            if (response.delayMs > 0)
                await wait(response.delayMs);
            if (response.network?.kind === 'reset') {
                incoming.socket.destroy();
                return;
            }
            if (response.network?.kind === 'timeout')
                await wait(response.network.holdMs);
            if (closed || outgoing.destroyed)
                return;
            outgoing.writeHead(response.status, response.headers);
            outgoing.end(response.body);
        }
        catch (error) {
            if (closed || outgoing.destroyed || outgoing.headersSent)
                return;
            outgoing.writeHead(500, { 'content-type': 'text/plain' });
            outgoing.end(`simulated GitHub server error: ${error.message}`);
        }
    };
    const server = createServer((incoming, outgoing) => {
        void serve(incoming, outgoing);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    if (options.linkToServer)
        simulated.servedAt(url);
    return {
        url,
        close: () => {
            closed = true;
            for (const timer of timers)
                clearTimeout(timer);
            timers.clear();
            const done = new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
            server.closeAllConnections();
            return done;
        },
    };
}
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
//# sourceMappingURL=serve-simulated-github.js.map