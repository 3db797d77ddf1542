/**
 * Webhooks through the real HTTP stack: Probot's node middleware in a `node:http` server on
 * 127.0.0.1, GitHub faked behind nock. Forged deliveries are refused and do nothing; every example
 * payload GitHub documents is accepted without an error.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import {
  interceptAppRoutes,
  type LogLine,
  rehomed,
  scanCount,
  WEBHOOK_SECRET,
  webhookExamples,
} from '../app/app-harness.js';
import { FULL_NAME, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import { recordFigure } from './record-figure.js';
import { allWebhookExamples } from './webhook-examples.js';
import {
  deliveryHeaders,
  type HttpAnswer,
  healthy,
  httpRequest,
  pinoRecorder,
  postDelivery,
  type ServedApp,
  type StreamedDelivery,
  serveAppOverHttp,
  sign,
  streamDelivery,
  WEBHOOK_PATH,
} from './webhook-server.js';

const FILE = 'test/reliability/webhooks.test.ts';
const fakeGitHub = useFakeGitHub();
let served: ServedApp | null = null;

/** Promise rejections nobody handled, while this file runs. */
let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => {
  unhandled.push(reason);
};

// After `useFakeGitHub()`'s hook: the deliveries are real HTTP requests to the app on loopback.
beforeAll(() => {
  nock.enableNetConnect('127.0.0.1');
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  await served?.close();
  served = null;
});

/** The app over HTTP, logging into `lines`, with the product repository on the fake GitHub behind it. */
async function startRecording() {
  const { logger, lines, raw } = pinoRecorder();
  const routes = interceptAppRoutes();
  const github = fakeGitHub.serve([productGitHubSpec()]);
  served = await serveAppOverHttp({ logger });
  return { app: served, github, routes, lines, raw };
}
const start = startRecording;

const isError = (line: LogLine) => line.level === 'error' || line.level === 'fatal';
const is4xx = (answer: HttpAnswer) => answer.status >= 400 && answer.status < 500;

/** A push to the default branch of the product repository: signed, it starts a scan. */
const pushBody = () => JSON.stringify(rehomed(webhookExamples('push')[4] as Record<string, unknown>));

describe('forged deliveries', () => {
  it('are refused with 4xx, start no scan and send no request to GitHub; the server keeps answering', async () => {
    const { app, github, routes, lines } = await start();
    const body = pushBody();
    const other = JSON.stringify({ ...JSON.parse(body), after: '0'.repeat(40) });
    const malformed = `${body.slice(0, -20)},,}`;
    // 12 MB: half GitHub's cap on a payload, padded inside a real push.
    const huge = JSON.stringify({ ...JSON.parse(body), padding: 'x'.repeat(12 * 1024 * 1024) });
    const sha1 = `sha1=${'0'.repeat(40)}`;

    const forged: Array<{ what: string; send: () => Promise<HttpAnswer> }> = [
      {
        what: 'signed with another secret',
        send: () =>
          postDelivery(app.url, 'push', body, { 'x-hub-signature-256': sign(body, 'not-the-secret') }),
      },
      {
        what: 'the signature of another body',
        send: () => postDelivery(app.url, 'push', body, { 'x-hub-signature-256': sign(other) }),
      },
      {
        what: 'a SHA-1 signature only (X-Hub-Signature)',
        send: () =>
          postDelivery(app.url, 'push', body, { 'x-hub-signature-256': undefined, 'x-hub-signature': sha1 }),
      },
      {
        what: 'no signature',
        send: () => postDelivery(app.url, 'push', body, { 'x-hub-signature-256': undefined }),
      },
      {
        what: 'an empty signature',
        send: () => postDelivery(app.url, 'push', body, { 'x-hub-signature-256': '' }),
      },
      {
        what: 'a signature that is not hexadecimal',
        send: () =>
          postDelivery(app.url, 'push', body, { 'x-hub-signature-256': `sha256=${'z'.repeat(64)}` }),
      },
      {
        what: 'no X-GitHub-Event',
        send: () => postDelivery(app.url, 'push', body, { 'x-github-event': undefined }),
      },
      {
        what: 'malformed JSON, validly signed',
        send: () => postDelivery(app.url, 'push', malformed),
      },
      {
        what: 'a form-encoded body, validly signed',
        send: () =>
          postDelivery(app.url, 'push', `payload=${encodeURIComponent(body)}`, {
            'content-type': 'application/x-www-form-urlencoded',
          }),
      },
      {
        what: 'a 12 MB body with a wrong signature',
        send: () =>
          postDelivery(app.url, 'push', huge, { 'x-hub-signature-256': sign(huge, 'not-the-secret') }),
      },
    ];

    const answers: Array<{ what: string; status: number; text: string; healthyAfter: boolean }> = [];
    for (const { what, send } of forged) {
      const answer = await send();
      answers.push({ what, status: answer.status, text: answer.text, healthyAfter: await healthy(app.url) });
    }
    const scheduled = app.scheduler.keys();
    await app.scheduler.drain();
    const rejected = answers.filter(is4xx).length;
    const scans = app.scanned.length;
    const githubRequests = github.requests.length;
    const tokens = routes.tokenRequests.length;

    // The same server still takes a genuine delivery, and scans for it.
    const genuine = await postDelivery(app.url, 'push', body);
    await app.scheduler.drain();

    recordFigure({
      area: 'webhooks',
      tried:
        'forged deliveries: wrong, foreign, SHA-1-only, empty, missing signature; no event; bad JSON; 12 MB',
      figures: { forged: forged.length, rejected, scans, githubRequests, tokens },
      command: `npx vitest run ${FILE} -t "forged deliveries"`,
    });

    for (const answer of answers) {
      expect(answer.status, answer.what).toBeGreaterThanOrEqual(400);
      expect(answer.status, answer.what).toBeLessThan(500);
      expect(answer.healthyAfter, answer.what).toBe(true);
      expect(answer.text, answer.what).not.toContain(WEBHOOK_SECRET);
    }
    expect(scheduled).toEqual([]);
    expect({ scans, githubRequests, tokens }).toEqual({ scans: 0, githubRequests: 0, tokens: 0 });
    // Refusals are logged (a bad signature says so), never with the secret expected.
    expect(lines.filter((line) => /signature does not match/.test(line.message)).length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(WEBHOOK_SECRET);

    expect(genuine.status).toBe(200);
    expect(scanCount(github)).toBe(1);
    expect(app.scanned.map((result) => `${result.owner}/${result.repo}`)).toEqual([FULL_NAME]);
  });

  it('other methods and paths are not webhooks', async () => {
    const { app, github } = await start();
    const get = await httpRequest(`${app.url}${WEBHOOK_PATH}`);
    const elsewhere = await httpRequest(`${app.url}/api/github/hooks`, { method: 'POST', body: pushBody() });

    expect(is4xx(get)).toBe(true);
    expect(is4xx(elsewhere)).toBe(true);
    expect(github.requests).toEqual([]);
    expect(await healthy(app.url)).toBe(true);
  });
});

const MiB = 1024 * 1024;

/** The highest resident set size seen while `run` runs, sampled every 20 ms, above what it was before. */
async function rssGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growthMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMiB: (peak - before) / MiB };
  } finally {
    clearInterval(sampler);
  }
}

describe('the webhook endpoint refuses what cannot be genuine before reading it', () => {
  const forgedHeaders = (overrides: Record<string, string | undefined> = {}) => {
    const headers = deliveryHeaders('push', '', {
      'x-hub-signature-256': sign('not this body', 'not-the-secret'),
      ...overrides,
    });
    delete headers['content-length'];
    return headers;
  };

  it('50 MiB forged deliveries are refused without being buffered; a genuine one sent right after is answered within 10 s', {
    timeout: 120_000,
  }, async () => {
    const { app, github } = await start();
    const cases = [
      {
        what: '50 MiB announced (Content-Length), wrong signature',
        headers: forgedHeaders(),
        chunked: false,
      },
      { what: '50 MiB chunked, wrong signature', headers: forgedHeaders(), chunked: true },
      {
        what: '50 MiB announced, no signature',
        headers: forgedHeaders({ 'x-hub-signature-256': undefined }),
        chunked: false,
      },
    ];
    const rows: Array<{
      what: string;
      answer: StreamedDelivery;
      growthMiB: number;
      genuine: HttpAnswer;
      genuineMs: number;
    }> = [];
    for (const { what, headers, chunked } of cases) {
      const { result: answer, growthMiB } = await rssGrowth(() =>
        streamDelivery(app.url, { headers, bytes: 50 * MiB, chunked }),
      );
      const sent = performance.now();
      const genuine = await postDelivery(app.url, 'push', pushBody());
      rows.push({ what, answer, growthMiB, genuine, genuineMs: performance.now() - sent });
    }
    await app.scheduler.drain();

    recordFigure({
      area: 'webhooks',
      tried: '50 MiB forged deliveries (announced, chunked, unsigned), each followed by a genuine one',
      figures: {
        forged: rows.length,
        refused: rows.filter((row) => [0, 400, 413].includes(row.answer.status)).length,
        slowestRefusalMs: Math.round(Math.max(...rows.map((row) => row.answer.answeredMs))),
        mostMiBRead: Math.round(Math.max(...rows.map((row) => row.answer.sentBytes)) / MiB),
        peakRssGrowthMiB: Math.round(Math.max(...rows.map((row) => row.growthMiB))),
        genuineAnswered: rows.filter((row) => row.genuine.status === 200).length,
        slowestGenuineMs: Math.round(Math.max(...rows.map((row) => row.genuineMs))),
      },
      command: `npx vitest run ${FILE} -t "50 MiB forged deliveries"`,
    });

    const [announced, chunked, unsigned] = rows;
    // Announced over the limit, or unsigned: refused at once, the body left unread.
    expect(announced?.answer.status).toBe(413);
    expect(unsigned?.answer.status).toBe(400);
    // Chunked: read up to the limit (25 MiB), then refused and cut.
    expect([0, 413]).toContain(chunked?.answer.status);
    expect(chunked?.answer.closedByServer).toBe(true);
    for (const row of rows) {
      expect(row.answer.answeredMs, row.what).toBeLessThan(10_000);
      expect(row.answer.sentBytes, row.what).toBeLessThan(45 * MiB);
      expect(row.growthMiB, row.what).toBeLessThan(150);
      expect(row.genuine.status, row.what).toBe(200);
      expect(row.genuineMs, row.what).toBeLessThan(10_000);
    }
    expect(app.scanned.length).toBeGreaterThan(0);
    expect(scanCount(github)).toBeGreaterThan(0);
  });

  it('an unsigned or malformed signature is answered before the body is sent, and the connection closed', async () => {
    const { app } = await start();
    const still = { bytes: 50 * MiB, stopAfterBytes: 1024, closeWithinMs: 2000 };
    const unsigned = await streamDelivery(app.url, {
      headers: forgedHeaders({ 'x-hub-signature-256': undefined }),
      ...still,
    });
    const malformed = await streamDelivery(app.url, {
      headers: forgedHeaders({ 'x-hub-signature-256': `sha256=${'z'.repeat(64)}` }),
      ...still,
    });
    for (const [what, answer] of Object.entries({ unsigned, malformed })) {
      expect(answer.status, what).toBe(400);
      expect(answer.sentBytes, what).toBe(1024);
      expect(answer.answeredMs, what).toBeLessThan(5_000);
      // The 50 MiB announced are not waited for: the server hangs up.
      expect(answer.closedByServer, what).toBe(true);
    }
    expect(await healthy(app.url)).toBe(true);
  });

  it('a forged delivery is logged once, in one short line, without its payload', async () => {
    const { app, lines, raw } = await startRecording();
    const marker = 'FORGED-PAYLOAD-MARKER';
    const body = JSON.stringify({ ...JSON.parse(pushBody()), padding: marker.repeat(50_000) });
    const from = raw.length;
    const forged = await postDelivery(app.url, 'push', body, {
      'x-hub-signature-256': sign(body, 'not-the-secret'),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = raw.slice(from);
    const warnings = lines
      .slice(from)
      .filter((line) => line.level !== 'info' && line.level !== 'debug' && line.level !== 'trace');

    recordFigure({
      area: 'webhooks',
      tried: 'a 1 MB forged delivery: what the log keeps of it',
      figures: {
        warnings: warnings.length,
        logLines: logged.length,
        longestLineChars: Math.max(...logged.map((line) => line.length)),
        payloadCopies: logged.filter((line) => line.includes(marker)).length,
      },
      command: `npx vitest run ${FILE} -t "logged once"`,
    });

    expect(forged.status).toBe(400);
    expect(warnings.map((line) => line.message)).toEqual([
      expect.stringMatching(
        /^product-health: webhook delivery refused \(HTTP 400\): the signature does not match/,
      ),
    ]);
    expect(logged.filter((line) => line.includes(marker))).toEqual([]);
    for (const line of logged) expect(line.length).toBeLessThan(2_000);
  });
});

describe('every example payload of @octokit/webhooks-examples, signed, over HTTP', () => {
  const examples = allWebhookExamples();

  it('covers every event and action the package documents', () => {
    const events = new Set(examples.map((example) => example.event));
    expect(examples.length).toBeGreaterThanOrEqual(329);
    expect(events.size).toBeGreaterThanOrEqual(58);
    for (const event of ['push', 'issues', 'pull_request', 'installation', 'ping', 'workflow_run']) {
      expect(events, event).toContain(event);
    }
  });

  it('are all answered 2xx, log no error, leave no promise rejection unhandled, and the app stays healthy', {
    timeout: 600_000,
  }, async () => {
    const { app, github, lines } = await start();
    unhandled = [];
    const problems: string[] = [];
    let errors = 0;
    let non2xx = 0;
    let unhealthy = 0;

    for (const example of examples) {
      const from = lines.length;
      const label = `${example.source} (${example.event}${example.action ? `.${example.action}` : ''})`;
      const answer = await postDelivery(app.url, example.event, JSON.stringify(rehomed(example.payload)));
      // The scans it asked for run now, so their failures are this payload's.
      await app.scheduler.drain();
      const logged = lines.slice(from).filter(isError);
      const alive = await healthy(app.url);
      if (answer.status < 200 || answer.status >= 300) {
        non2xx += 1;
        problems.push(`${label}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      }
      if (logged.length > 0) {
        errors += logged.length;
        problems.push(`${label}: ${logged.map((line) => line.message.slice(0, 300)).join(' | ')}`);
      }
      if (!alive) {
        unhealthy += 1;
        problems.push(`${label}: /healthz did not answer ok`);
      }
    }
    // Rejections surface on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));

    const events = new Set(examples.map((example) => example.event)).size;
    const issues = (github.repository(FULL_NAME).issues ?? []).filter((issue) =>
      issue.body?.includes(HEALTH_ISSUE_MARKER),
    );
    recordFigure({
      area: 'webhooks',
      tried: 'every @octokit/webhooks-examples payload (GitHub.com and GHES), signed, over HTTP',
      figures: {
        events,
        payloads: examples.length,
        answered2xx: examples.length - non2xx,
        scans: app.scanned.length,
        errors,
        unhandled: unhandled.length,
        unhealthy,
        healthIssues: issues.length,
      },
      command: `npx vitest run ${FILE} -t "every example payload"`,
    });

    expect(problems).toEqual([]);
    expect(unhandled).toEqual([]);
    // The events the app listens to did lead to scans, all of them keeping the same one issue.
    expect(app.scanned.length).toBeGreaterThan(0);
    expect(app.scanned.filter((result) => result.issue?.action === 'failed')).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(await healthy(app.url)).toBe(true);
  });
});
