import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type SimulatedGitHubServer, serveSimulatedGitHub } from './serve-simulated-github.js';
import {
  SimulatedGitHub,
  type SimulatedGitHubOptions,
  type SimulatedLatency,
  type SimulatedRepositorySpec,
} from './simulated-github.js';

const USAGE = `Usage: node dist/simulated-github/main.js --specs FILE.json [--port N] [--latency-ms MS|MIN-MAX]

Serves a simulated GitHub (REST, GraphQL, GitHub App routes) on 127.0.0.1 and prints its URL.
  --specs FILE       JSON: an array of repository specs, or { "repositories": [...], "options": {...} }
                     (options: installations, app, coreRateLimit, rateLimit, secondaryRateLimit,
                     faults, latencyMs, seed — as SimulatedGitHubOptions)
  --port N           port to listen on (default: a free one)
  --latency-ms MS    latency added to every answer: MS, or MIN-MAX drawn from the seed
Then, in another shell:
  GITHUB_API_URL=URL GITHUB_TOKEN=x npx product-health scan OWNER/REPO
`;

type FileOptions = Omit<SimulatedGitHubOptions, 'now' | 'baseUrl' | 'graphqlPath'>;

/** Reads a spec file: an array of specs, or `{ repositories, options }`. */
export async function readSpecFile(
  path: string,
): Promise<{ specs: SimulatedRepositorySpec[]; options: FileOptions }> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
  if (Array.isArray(parsed)) return { specs: parsed as SimulatedRepositorySpec[], options: {} };
  const object = (parsed ?? {}) as { repositories?: unknown; options?: unknown };
  if (!Array.isArray(object.repositories)) {
    throw new Error(`${path}: expected an array of repository specs, or { "repositories": [...] }`);
  }
  return {
    specs: object.repositories as SimulatedRepositorySpec[],
    options: (object.options ?? {}) as FileOptions,
  };
}

function parseLatency(value: string): SimulatedLatency {
  const range = /^(\d+)-(\d+)$/.exec(value);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  if (/^\d+$/.test(value)) return Number(value);
  throw new Error(`--latency-ms: expected MS or MIN-MAX, not ${JSON.stringify(value)}`);
}

/** Starts the server the command line describes. */
export async function startFromArguments(
  args: string[],
  cwd = process.cwd(),
): Promise<{ simulated: SimulatedGitHub; server: SimulatedGitHubServer }> {
  const { values } = parseArgs({
    args,
    options: {
      specs: { type: 'string' },
      port: { type: 'string' },
      'latency-ms': { type: 'string' },
    },
    strict: true,
  });
  if (!values.specs) throw new Error('--specs FILE.json is required');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port: expected a port number, not ${JSON.stringify(values.port)}`);
  }
  const { specs, options } = await readSpecFile(resolve(cwd, values.specs));
  const simulated = new SimulatedGitHub(specs, {
    ...options,
    ...(values['latency-ms'] === undefined ? {} : { latencyMs: parseLatency(values['latency-ms']) }),
    baseUrl: 'http://127.0.0.1',
  });
  const server = await serveSimulatedGitHub(simulated, { port, linkToServer: true });
  return { simulated, server };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  let started: Awaited<ReturnType<typeof startFromArguments>>;
  try {
    started = await startFromArguments(args);
  } catch (error) {
    process.stderr.write(`simulated GitHub: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { simulated, server } = started;
  const names = simulated.repositories().map((spec) => `${spec.owner}/${spec.name}`);
  process.stdout.write(
    `${server.url}\n` +
      `Simulated GitHub: ${names.length} repository(ies), ${simulated.installations().length} installation(s); GraphQL at ${server.url}/graphql.\n` +
      `Try: GITHUB_API_URL=${server.url} GITHUB_TOKEN=x npx product-health scan ${names[0] ?? 'OWNER/REPO'}\n` +
      'Ctrl-C stops it.\n',
  );
  const stop = () => {
    const stats = simulated.stats();
    process.stderr.write(
      `\n${stats.requests.total} request(s): ${stats.requests.graphql} GraphQL, ${stats.requests.restReads} REST read(s), ${stats.requests.restWrites} REST write(s); ${stats.faults.total} fault(s) injected, ${stats.refusals.primary + stats.refusals.secondary} refused for rate limits\n`,
    );
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
