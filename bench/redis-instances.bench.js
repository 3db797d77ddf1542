// Several app instances on one Redis: 1,000 repositories rescanned by 1 and by 3 `npm start`
// processes (dist/app/main.js, REDIS_URL set) sharing a BullMQ queue and one write limiter, against
// the simulated GitHub in a process of its own at 50 ms latency. Each configuration gets a fresh
// simulator and a fresh redis-server: a first run (every issue created, writes paced), then a
// second run with nothing changed (no write: the scans alone). Time-compressed ×10 for the writes
// (PRODUCT_HEALTH_WRITES_PER_MINUTE=800, the simulator's secondary window 6 s), as the organisation
// benchmark does. Needs `npm run build` and redis-server.
//   node bench/redis-instances.bench.js [repositories=1000]   (BENCH_INSTANCES=1,3: the configurations)
// Prints a Markdown table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startSimulator, statsDelta } from './simulator-process.js';

const REPOSITORIES = Number(process.argv[2] ?? 1000);
const LATENCY_MS = 50;
const TIME_SCALE = 10;
const SECRET = 'product-health-bench';
const MAIN = fileURLToPath(new URL('../dist/app/main.js', import.meta.url));
const MB = 1024 * 1024;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForLine(child, pattern, what) {
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${output}`)));
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function rssOf(pid) {
  try {
    const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kilobytes) ? kilobytes * 1024 : 0;
  } catch {
    return 0;
  }
}

async function startApp(info, redisUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '1',
      PRIVATE_KEY: PEM,
      WEBHOOK_SECRET: SECRET,
      GITHUB_API_URL: info.apiUrl,
      GITHUB_GRAPHQL_URL: info.graphqlUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      REDIS_URL: redisUrl,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      RESCAN_DELAY_SECONDS: '1',
      RESCAN_CONCURRENCY: '4',
      PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS: '0',
      PRODUCT_HEALTH_REFRESH_CRON: 'off',
      PRODUCT_HEALTH_WRITES_PER_MINUTE: String(80 * TIME_SCALE),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let scans = 0;
  const count = (chunk) => {
    scans += (String(chunk).match(/"msg":"product-health: [^"]+: (grade|no grade)/g) ?? []).length;
  };
  child.stdout.on('data', count);
  const url = `http://127.0.0.1:${port}`;
  await waitForLine(child, /Listening on/, 'the app');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    pid: child.pid,
    scans: () => scans,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function deliver(url, event, payload) {
  const body = JSON.stringify(payload);
  const answer = await fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': crypto.randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    },
    body,
  });
  if (answer.status !== 200) throw new Error(`delivery answered ${answer.status}`);
}

async function queueOf(app) {
  const answer = await fetch(`${app.url}/healthz`);
  return (await answer.json()).queue;
}

/** One run: the installation webhook to the first instance, until every repository is scanned and the queue is empty. */
async function run(apps, simulator, expected, owner) {
  const before = (await simulator.stats()).stats;
  const scansBefore = apps.map((app) => app.scans());
  const peak = apps.map(() => 0);
  const started = performance.now();
  await deliver(apps[0].url, 'installation', {
    action: 'created',
    installation: { id: 1, account: { login: owner, type: 'Organization' } },
    repositories: [],
    sender: { login: `${owner}-admin`, type: 'User' },
  });
  for (;;) {
    apps.forEach((app, index) => {
      peak[index] = Math.max(peak[index], rssOf(app.pid));
    });
    const scanned = apps.reduce((sum, app, index) => sum + app.scans() - scansBefore[index], 0);
    if (scanned >= expected) {
      const queue = await queueOf(apps[0]);
      if (queue.waiting + queue.active + queue.delayed === 0) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const wallMs = performance.now() - started;
  const seen = statsDelta((await simulator.stats()).stats, before);
  return {
    wallMs,
    scansByInstance: apps.map((app, index) => app.scans() - scansBefore[index]),
    requests: seen.requests.total,
    writes: seen.writes,
    refusals: seen.refusals.secondary,
    peakRss: peak,
  };
}

const rows = [];
for (const instances of (process.env.BENCH_INSTANCES ?? '1,3').split(',').map(Number)) {
  const simulator = await startSimulator({
    repositories: REPOSITORIES,
    latencyMs: LATENCY_MS,
    rateLimit: 1_000_000,
    secondaryWindowMs: 60_000 / TIME_SCALE,
  });
  const redis = await startRedis();
  const apps = [];
  for (let index = 0; index < instances; index++) apps.push(await startApp(simulator.info, redis.url));
  const expected = REPOSITORIES - simulator.info.archived;
  try {
    for (const name of ['first run', 'second run, nothing changed']) {
      process.stderr.write(`[bench] ${instances} instance(s), ${name}…\n`);
      const result = await run(apps, simulator, expected, simulator.info.owner);
      process.stderr.write(
        `[bench]   ${(result.wallMs / 1000).toFixed(1)} s, ${result.requests} requests, ${result.writes} writes\n`,
      );
      rows.push({ instances, name, ...result });
    }
  } finally {
    for (const app of apps) await app.stop();
    await redis.stop();
    await simulator.stop();
  }
}

console.log(
  `| instances | run | wall | scans (per instance) | requests | writes applied | secondary-limit refusals | peak RSS per instance |`,
);
console.log('| --: | --- | --: | --- | --: | --: | --: | --- |');
for (const row of rows) {
  console.log(
    `| ${row.instances} | ${row.name} | ${(row.wallMs / 1000).toFixed(1)} s | ${row.scansByInstance.reduce((a, b) => a + b, 0)} (${row.scansByInstance.join(' / ')}) | ${row.requests.toLocaleString('en')} | ${row.writes} | ${row.refusals} | ${row.peakRss.map((rss) => `${(rss / MB).toFixed(0)} MB`).join(' / ')} |`,
  );
}
