import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateOrganisation, SAMPLE_PROFILES } from './generate-organisation.js';
import { serveSimulatedGitHub } from './serve-simulated-github.js';
import { SimulatedGitHub, } from './simulated-github.js';
const USAGE = `Usage: node dist/simulated-github/main.js --specs FILE.json [options]
       node dist/simulated-github/main.js --organisation N [--seed S] [--owner LOGIN] [options]

Serves a simulated GitHub (REST, GraphQL, GitHub App routes) on 127.0.0.1 and prints its URL.
  --specs FILE       JSON: an array of repository specs, or { "repositories": [...], "options": {...} }
                     (options: installations, app, coreRateLimit, rateLimit, secondaryRateLimit,
                     faults, latencyMs, seed — as SimulatedGitHubOptions)
  --organisation N   a sample organisation of N repositories (generateOrganisation), served the
                     way GitHub Enterprise Server is (REST at URL/api/v3, GraphQL at URL/api/graphql)
                     with one installation of the app; the first line on stdout is then JSON:
                     {"url","apiUrl","graphqlUrl","repositories","archived","profiles","owner","now"}
  --seed S           the organisation's seed (default: 2026)
  --owner LOGIN      the organisation's login (default: beta-gouv-sample)
  --now DATE         the instant the organisation's dates are relative to (default: now)
  --profiles A,B     profiles to cycle through (default: every profile, huge-issue-count one in 50)
  --port N           port to listen on (default: a free one)
  --latency-ms MS    latency added to every answer: MS, or MIN-MAX drawn from the seed
  --secondary-window-ms W
                     the secondary limit's rolling window (default: 60000, 80 writes in it)
  --rate-limit N     hourly budget of REST requests and of GraphQL points (default: 5000 each)
While it runs, a line "stats" on stdin prints what it saw and did as one JSON line (stats() and
the process's memory); SIGTERM or SIGINT print the same line, then stop it.
Then, in another shell:
  GITHUB_API_URL=URL GITHUB_TOKEN=x npx product-health scan OWNER/REPO
`;
/** Reads a spec file: an array of specs, or `{ repositories, options }`. */
export async function readSpecFile(path) {
    const parsed = JSON.parse(await readFile(path, 'utf8'));
    if (Array.isArray(parsed))
        return { specs: parsed, options: {} };
    const object = (parsed ?? {});
    if (!Array.isArray(object.repositories)) {
        throw new Error(`${path}: expected an array of repository specs, or { "repositories": [...] }`);
    }
    return {
        specs: object.repositories,
        options: (object.options ?? {}),
    };
}
function parseLatency(value) {
    const range = /^(\d+)-(\d+)$/.exec(value);
    if (range)
        return { min: Number(range[1]), max: Number(range[2]) };
    if (/^\d+$/.test(value))
        return Number(value);
    throw new Error(`--latency-ms: expected MS or MIN-MAX, not ${JSON.stringify(value)}`);
}
function parseWhole(name, value, min, max) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (!/^-?\d+$/.test(value) || number < min || number > max) {
        throw new Error(`--${name}: expected a whole number between ${min} and ${max}, not ${JSON.stringify(value)}`);
    }
    return number;
}
function parseProfiles(value) {
    if (value === undefined)
        return undefined;
    const profiles = value.split(',').map((profile) => profile.trim());
    const unknown = profiles.filter((profile) => !SAMPLE_PROFILES.includes(profile));
    if (unknown.length > 0 || profiles.length === 0) {
        throw new Error(`--profiles: unknown profile(s) ${unknown.join(', ')}; known: ${SAMPLE_PROFILES.join(', ')}`);
    }
    return profiles;
}
/** Starts the server the command line describes. */
export async function startFromArguments(args, cwd = process.cwd()) {
    const { values } = parseArgs({
        args,
        options: {
            specs: { type: 'string' },
            organisation: { type: 'string' },
            seed: { type: 'string' },
            owner: { type: 'string' },
            now: { type: 'string' },
            profiles: { type: 'string' },
            port: { type: 'string' },
            'latency-ms': { type: 'string' },
            'secondary-window-ms': { type: 'string' },
            'rate-limit': { type: 'string' },
        },
        strict: true,
    });
    if (!values.specs && values.organisation === undefined) {
        throw new Error('--specs FILE.json or --organisation N is required');
    }
    if (values.specs && values.organisation !== undefined) {
        throw new Error('--specs and --organisation cannot be given together');
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new Error(`--port: expected a port number, not ${JSON.stringify(values.port)}`);
    }
    const windowMs = parseWhole('secondary-window-ms', values['secondary-window-ms'], 1, 3_600_000);
    const budget = parseWhole('rate-limit', values['rate-limit'], 1, 1_000_000_000);
    const commandLine = {
        ...(values['latency-ms'] === undefined ? {} : { latencyMs: parseLatency(values['latency-ms']) }),
        ...(budget === undefined ? {} : { rateLimit: { limit: budget }, coreRateLimit: { limit: budget } }),
    };
    let specs;
    let options;
    let organisation = null;
    let baseUrl = 'http://127.0.0.1';
    if (values.specs) {
        ({ specs, options } = await readSpecFile(resolve(cwd, values.specs)));
    }
    else {
        const repositories = parseWhole('organisation', values.organisation, 0, 1_000_000);
        const seed = parseWhole('seed', values.seed, -2_147_483_648, 2_147_483_647) ?? 2026;
        const owner = values.owner ?? 'beta-gouv-sample';
        const now = values.now === undefined ? new Date() : new Date(values.now);
        if (Number.isNaN(now.getTime()))
            throw new Error(`--now: expected an ISO 8601 date, not ${values.now}`);
        const samples = generateOrganisation({
            owner,
            repositories,
            seed,
            now,
            profiles: parseProfiles(values.profiles),
        });
        const profiles = {};
        for (const sample of samples)
            profiles[sample.profile] = (profiles[sample.profile] ?? 0) + 1;
        specs = samples.map((sample) => sample.spec);
        options = { seed };
        organisation = { owner, seed, now, profiles, archived: specs.filter((spec) => spec.archived).length };
        baseUrl = 'http://127.0.0.1/api/v3';
    }
    const fileSecondary = options.secondaryRateLimit;
    const simulated = new SimulatedGitHub(specs, {
        ...options,
        ...commandLine,
        ...(windowMs === undefined
            ? {}
            : { secondaryRateLimit: { ...(fileSecondary === false ? {} : fileSecondary), windowMs } }),
        baseUrl,
    });
    const server = await serveSimulatedGitHub(simulated, { port, linkToServer: true });
    return { simulated, server, organisation };
}
/** One JSON line: what the simulator saw and did, and its process's memory. */
export function statsLine(stats) {
    const memory = process.memoryUsage();
    return `${JSON.stringify({
        stats,
        memory: { rss: memory.rss, heapUsed: memory.heapUsed, maxRSS: process.resourceUsage().maxRSS * 1024 },
    })}\n`;
}
async function main() {
    const args = process.argv.slice(2);
    if (args.includes('--help') || args.includes('-h')) {
        process.stdout.write(USAGE);
        return;
    }
    let started;
    try {
        started = await startFromArguments(args);
    }
    catch (error) {
        process.stderr.write(`simulated GitHub: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return;
    }
    const { simulated, server, organisation } = started;
    if (organisation) {
        process.stdout.write(`${JSON.stringify({
            url: server.url,
            apiUrl: `${server.url}/api/v3`,
            graphqlUrl: `${server.url}/api/graphql`,
            repositories: simulated.repositories().length,
            archived: organisation.archived,
            installations: simulated.installations().length,
            owner: organisation.owner,
            seed: organisation.seed,
            now: organisation.now.toISOString(),
            profiles: organisation.profiles,
        })}\n`);
    }
    else {
        const names = simulated.repositories().map((spec) => `${spec.owner}/${spec.name}`);
        process.stdout.write(`${server.url}\n` +
            `Simulated GitHub: ${names.length} repository(ies), ${simulated.installations().length} installation(s); GraphQL at ${server.url}/graphql.\n` +
            `Try: GITHUB_API_URL=${server.url} GITHUB_TOKEN=x npx product-health scan ${names[0] ?? 'OWNER/REPO'}\n` +
            'Ctrl-C stops it.\n');
    }
    const input = createInterface({ input: process.stdin });
    input.on('line', (line) => {
        if (line.trim() === 'stats')
            process.stdout.write(statsLine(simulated.stats()));
    });
    const stop = () => {
        const stats = simulated.stats();
        process.stdout.write(statsLine(stats));
        process.stderr.write(`\n${stats.requests.total} request(s): ${stats.requests.graphql} GraphQL, ${stats.requests.restReads} REST read(s), ${stats.requests.restWrites} REST write(s); ${stats.faults.total} fault(s) injected, ${stats.refusals.primary + stats.refusals.secondary} refused for rate limits\n`);
        input.close();
        void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
    void main();
//# sourceMappingURL=main.js.map