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
  recordingLogger,
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
  type HttpAnswer,
  healthy,
  httpRequest,
  postDelivery,
  type ServedApp,
  serveAppOverHttp,
  sign,
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
async function start() {
  const { logger, lines } = recordingLogger();
  const routes = interceptAppRoutes();
  const github = fakeGitHub.serve([productGitHubSpec()]);
  served = await serveAppOverHttp({ logger });
  return { app: served, github, routes, lines };
}

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
