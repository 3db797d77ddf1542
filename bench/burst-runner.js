// An event burst against the real app server: Probot's node middleware with the product-health app
// (as `dev/demo/run-demo.ts` starts it, with Probot's own Octokit, paced as in production), pointed
// at a simulated GitHub like a GitHub Enterprise Server; then 50 signed `issues.labeled` webhooks
// for one repository over HTTP, back to back. Counts the scans that ran.
//   node bench/burst-runner.js '{"apiUrl":…,"owner":…,"repo":…,"label":…,"issues":[1,2],"now":…}'
// Prints one line `BENCH_RESULT {json}`.
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createNodeMiddleware, Probot } from 'probot';
import { createProductHealthApp } from '../dist/app/app.js';

const require = createRequire(import.meta.url);
const input = JSON.parse(process.argv[2]);
const EVENTS = Number(input.events ?? 50);
const DELAY_MS = Number(input.delayMs ?? 2000);
const SECRET = 'product-health-bench';
const NOW = new Date(input.now);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const scans = [];
let firstScanAt = null;

const probot = new Probot({
  appId: 1,
  privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  secret: SECRET,
  baseUrl: input.apiUrl,
  logLevel: 'error',
});
const middleware = await createNodeMiddleware(
  createProductHealthApp({
    settings: { rescanDelayMs: DELAY_MS, rescanMaxDelayMs: DELAY_MS * 10, concurrency: 4, problems: [] },
    now: () => NOW,
    onScanned: (result) => {
      firstScanAt ??= performance.now();
      scans.push({
        at: performance.now(),
        repository: `${result.owner}/${result.repo}`,
        issue: result.issue?.action ?? null,
        cost: result.report.cost ?? null,
      });
    },
  }),
  { probot },
);
const server = createServer((request, response) => {
  void middleware(request, response, () => response.writeHead(404).end());
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const appUrl = `http://127.0.0.1:${server.address().port}/api/github/webhooks`;

// GitHub's published `issues.labeled` example, rehomed to the repository and the installation.
const definitions = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
);
const example = definitions
  .find((definition) => definition.name === 'issues')
  .examples.find((candidate) => candidate.action === 'labeled');

function delivery(index) {
  const payload = structuredClone(example);
  const number = input.issues[index % input.issues.length] ?? index + 1;
  const label = { ...payload.label, name: input.label };
  payload.label = label;
  payload.issue = { ...payload.issue, number, body: 'Retour usager', labels: [label] };
  payload.repository = {
    ...payload.repository,
    name: input.repo,
    full_name: `${input.owner}/${input.repo}`,
    default_branch: 'main',
    archived: false,
    owner: { ...payload.repository.owner, login: input.owner },
  };
  payload.installation = {
    id: input.installationId ?? 1,
    node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==',
  };
  const body = JSON.stringify(payload);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    },
  };
}

const answers = [];
const statuses = {};
const burstStart = performance.now();
for (let index = 0; index < EVENTS; index++) {
  const { body, headers } = delivery(index);
  const sent = performance.now();
  const answer = await fetch(appUrl, { method: 'POST', headers, body });
  await answer.arrayBuffer();
  answers.push(performance.now() - sent);
  statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
}
const burstEnd = performance.now();

// The quiet delay, the scan, then as long again to see that no other scan follows.
const deadline = burstEnd + DELAY_MS + 30_000;
while (scans.length === 0 && performance.now() < deadline) await sleep(50);
const settle = DELAY_MS * 2 + 3000;
await sleep(settle);
server.close();

answers.sort((a, b) => a - b);
process.stdout.write(
  `BENCH_RESULT ${JSON.stringify({
    events: EVENTS,
    statuses,
    burstMs: burstEnd - burstStart,
    answerMs: { p50: answers[Math.floor(answers.length / 2)], max: answers.at(-1) },
    scans: scans.length,
    scanEndAfterLastEventMs: firstScanAt === null ? null : firstScanAt - burstEnd,
    watchedAfterScanMs: settle,
    scanned: scans.map(({ repository, issue, cost }) => ({ repository, issue, cost })),
    maxRSS: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
process.exit(0);

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
