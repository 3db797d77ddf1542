/**
 * Credentials never leave the process: whatever GitHub answers — even refusals that repeat the
 * credential they were sent — no token, private key, webhook secret or Authorization value reaches
 * a log line, standard output or error, an Action output, a job summary, a report file, or an
 * issue body or comment written to GitHub. Every way product-health runs, end to end: the command
 * line's `scan` and `sweep`, the app behind its HTTP server, the bundled Action under Node 24.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeScanFailure } from '../../src/app/describe-scan.js';
import { RepositoryAccessError } from '../../src/github/github-source.js';
import { redactSecrets } from '../../src/issue/write-failure-message.js';
import { forgetSecretValues } from '../../src/util/secret-values.js';
import { type BundledRun, cleanUp, runBundledAction } from '../action/action-harness.js';
import { INSTALLATION_ID, rehomed, webhookExamples } from '../app/app-harness.js';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { type FakeGitHubServer, serveFakeGitHub } from '../helpers/fake-github-server.js';
import { FULL_NAME, GITHUB_NOW, OWNER } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { recordFigure } from './record-figure.js';
import {
  EchoingGitHub,
  type EchoingOptions,
  echoingSpecs,
  REFUSED_NAME,
  SHARED_CONFIG_NAME,
} from './secret-echo-github.js';
import { fileSinks, findLeaks, type Leak, lineCount, type Secrets, type Sink } from './secret-scan.js';
import { postDelivery, serveAppOverHttp, sign } from './webhook-server.js';

const FILE = 'test/reliability/secrets.test.ts';

// Throwaway credentials, fresh for each run of the file: found anywhere, they can only have leaked.
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const CLI_TOKEN = `ghp_${hex(18)}`;
const ACTION_TOKEN = `ghs_${hex(18)}`;
const WEBHOOK_SECRET = `whsec-${hex(16)}`;
const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;
const SECRETS: Secrets = {
  values: {
    'the CLI token': CLI_TOKEN,
    'the Action token': ACTION_TOKEN,
    'the webhook secret': WEBHOOK_SECRET,
  },
  privateKeys: { "the app's private key": PRIVATE_KEY },
};

const REFUSED = `${OWNER}/${REFUSED_NAME}`;
const REPOSITORIES = [FULL_NAME, `${OWNER}/${SHARED_CONFIG_NAME}`, REFUSED];

/** What every run of the file left, for the figure. */
const totals = { runs: 0, sinks: 0, lines: 0, echoes: 0, leaks: 0 };

let fake: EchoingGitHub | null = null;
const servers: FakeGitHubServer[] = [];
const bundledRuns: BundledRun[] = [];

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
// Serving the fake over HTTP (the Action) takes nock out of the way; the other runs need it back.
beforeEach(() => {
  if (!nock.isActive()) nock.activate();
  // Each run registers the credentials it reads, as a process does when it starts.
  forgetSecretValues();
});
afterEach(async () => {
  fake?.close();
  fake = null;
  nock.cleanAll();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(bundledRuns.splice(0).map((run) => cleanUp(run)));
});
afterAll(() => {
  nock.enableNetConnect();
  recordFigure({
    area: 'secrets',
    tried: 'CLI scan and sweep, the app over HTTP, the bundled Action; GitHub echoing credentials back',
    figures: {
      runs: totals.runs,
      sinks: totals.sinks,
      linesChecked: totals.lines,
      echoes: totals.echoes,
      leaks: totals.leaks,
    },
    command: `npx vitest run ${FILE}`,
  });
});

/** The echoing fake in process (nock), at `GITHUB_NOW`, with one installation of the app on the owner. */
function echoingGitHub(options: EchoingOptions = {}): EchoingGitHub {
  fake?.close();
  fake = new EchoingGitHub(echoingSpecs(options), {
    now: () => new Date(GITHUB_NOW),
    installations: [{ id: INSTALLATION_ID, account: OWNER }],
  }).intercept();
  return fake;
}

/** What a run wrote to GitHub: every write's body, and the bodies and comments of every issue. */
function githubSinks(run: string, github: FakeGitHub): Sink[] {
  const sinks: Sink[] = github.requests
    .filter((request) => request.kind === 'rest' && request.method !== 'GET' && request.body !== undefined)
    .map((request) => ({
      run,
      sink: `${request.route ?? request.path} (request body)`,
      text: JSON.stringify(request.body),
    }));
  for (const name of REPOSITORIES) {
    for (const issue of github.repository(name).issues ?? []) {
      sinks.push({ run, sink: `${name}#${issue.number} body`, text: `${issue.title}\n${issue.body ?? ''}` });
      for (const [index, comment] of (issue.comments ?? []).entries()) {
        sinks.push({ run, sink: `${name}#${issue.number} comment ${index + 1}`, text: comment.body ?? '' });
      }
    }
  }
  return sinks;
}

/** The leaks in the sinks of one run, counted for the figure. */
function check(runs: number, sinks: Sink[], github: EchoingGitHub, secrets: Secrets = SECRETS): Leak[] {
  const leaks = findLeaks(sinks, secrets);
  totals.runs += runs;
  totals.sinks += sinks.length;
  totals.lines += lineCount(sinks);
  totals.echoes += github.echoes;
  totals.leaks += leaks.length;
  return leaks;
}

const text = (leaks: Leak[]) =>
  leaks.map((leak) => `${leak.run} › ${leak.sink}: ${leak.what.join(', ')} in «${leak.line}»`);

describe('the command line', () => {
  it('scan OWNER/REPO --write-issue with GITHUB_TOKEN: nothing it prints, saves or writes to GitHub holds the token', async () => {
    const github = echoingGitHub({ failFirstWrite: 422 });
    const env = { GITHUB_TOKEN: CLI_TOKEN };
    const folder = await mkdtemp(join(tmpdir(), 'product-health-secrets-'));
    const cli = (args: string[]) => runCliCapture(args, { env, now: GITHUB_NOW, cwd: tmpdir() });

    // The first write is refused (422, echoing the token); the second run writes the issue.
    const refusedWrite = await cli(['scan', FULL_NAME, '--write-issue']);
    const written = await cli([
      'scan',
      FULL_NAME,
      '--write-issue',
      '--format',
      'json',
      '--output',
      join(folder, 'report.json'),
    ]);
    const markdown = await cli(['scan', FULL_NAME, '--format', 'markdown', '--lang', 'en']);
    const unseen = await cli(['scan', REFUSED]);

    const runs = { refusedWrite, written, markdown, unseen };
    const sinks: Sink[] = [
      ...Object.entries(runs).flatMap(([run, out]) => [
        { run: `scan (${run})`, sink: 'stdout', text: out.stdout },
        { run: `scan (${run})`, sink: 'stderr', text: out.stderr },
      ]),
      ...(await fileSinks('scan (written)', folder)),
      ...githubSinks('scan', github),
    ];
    const leaks = check(Object.keys(runs).length, sinks, github);
    await rm(folder, { recursive: true, force: true });

    expect(refusedWrite.code, refusedWrite.stderr).toBe(0);
    expect(refusedWrite.stderr).toMatch(/Product-health issue: failed/);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/Product-health issue: created/);
    expect(sinks.some((sink) => sink.sink === 'file report.json')).toBe(true);
    expect(unseen.code).toBe(1);
    expect(github.echoes).toBeGreaterThanOrEqual(8);
    expect(text(leaks)).toEqual([]);
  });

  it('sweep with APP_ID and PRIVATE_KEY: nothing it prints or writes holds the key, the JWT or a token', async () => {
    const github = echoingGitHub({ failFirstWrite: 422 });
    const env = { APP_ID: '1', PRIVATE_KEY };

    const first = await runCliCapture(['sweep', '--concurrency', '2'], {
      env,
      now: GITHUB_NOW,
      cwd: tmpdir(),
    });
    const second = await runCliCapture(['sweep'], { env, now: GITHUB_NOW, cwd: tmpdir() });

    const sinks: Sink[] = [
      { run: 'sweep (first)', sink: 'stdout', text: first.stdout },
      { run: 'sweep (first)', sink: 'stderr', text: first.stderr },
      { run: 'sweep (second)', sink: 'stdout', text: second.stdout },
      { run: 'sweep (second)', sink: 'stderr', text: second.stderr },
      ...githubSinks('sweep', github),
    ];
    const leaks = check(2, sinks, github);

    // Each repository was visited: the one GitHub refused fails the sweep (exit 1), after the others.
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(new RegExp(`^${REFUSED}: failed — `, 'm'));
    expect(first.stdout).toMatch(/Swept 1 installation, 3 repositories/);
    expect(second.stdout).toMatch(new RegExp(`^${FULL_NAME}: grade [A-E].*issue created`, 'm'));
    expect(github.echoes).toBeGreaterThanOrEqual(8);
    expect(text(leaks)).toEqual([]);
  });
});

describe('the app behind its HTTP server', () => {
  it('logs (pino, level trace), answers and writes hold neither the key, the webhook secret, the JWT nor a token', async () => {
    const github = echoingGitHub({ failFirstWrite: 500 });
    // The first installation token is refused (401) with the app's JWT in the message.
    github.refuseTokenRequests = 1;
    const logLines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => logLines.push(line) });
    const app = await serveAppOverHttp({
      logger,
      settings: { privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET },
    });
    const push = JSON.stringify(rehomed(webhookExamples('push')[4] as Record<string, unknown>));
    const installed = webhookExamples('installation').find((example) => example.action === 'created');
    const installation = JSON.stringify(rehomed(installed as Record<string, unknown>));
    const signed = { 'x-hub-signature-256': sign(push, WEBHOOK_SECRET) };

    try {
      const answers = [];
      // A push: the installation token is refused (401, echoing the JWT), the scan fails.
      answers.push(await postDelivery(app.url, 'push', push, signed));
      await app.scheduler.drain();
      // The installation: every repository; the issue's creation fails (500, echoing the token).
      answers.push(
        await postDelivery(app.url, 'installation', installation, {
          'x-hub-signature-256': sign(installation, WEBHOOK_SECRET),
        }),
      );
      await app.scheduler.drain();
      // Another push: the issue is written.
      answers.push(await postDelivery(app.url, 'push', push, signed));
      await app.scheduler.drain();
      // A forged delivery, refused.
      const forged = await postDelivery(app.url, 'push', push, {
        'x-hub-signature-256': sign(push, 'forged'),
      });

      const sinks: Sink[] = [
        { run: 'app', sink: 'log', text: logLines.join('') },
        ...[...answers, forged].map((answer, index) => ({
          run: 'app',
          sink: `HTTP answer ${index + 1}`,
          text: answer.text,
        })),
        ...githubSinks('app', github),
      ];
      const leaks = check(1, sinks, github);

      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(forged.status).toBe(400);
      const logged = logLines.map((line) => JSON.parse(line) as { level: number; msg?: string });
      const errors = logged.filter((line) => line.level >= 50).map((line) => line.msg ?? '');
      expect(errors.some((message) => /refused the token \(HTTP 401\)/.test(message))).toBe(true);
      expect(errors.some((message) => message.includes(REFUSED))).toBe(true);
      const issue = app.scanned.filter((result) => `${result.owner}/${result.repo}` === FULL_NAME);
      expect(issue.map((result) => result.issue?.action)).toEqual(['failed', 'created']);
      expect(github.echoes).toBeGreaterThanOrEqual(8);
      expect(text(leaks)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the bundled Action, run by Node 24', () => {
  it('stdout (masks aside), stderr, outputs, summary, report files and issues hold no token', async () => {
    const now = new Date().toISOString();
    const github = new EchoingGitHub(echoingSpecs({ now, failFirstWrite: 422 }), {
      baseUrl: 'http://127.0.0.1',
      now: () => new Date(),
    });
    const server = await serveFakeGitHub(github);
    servers.push(server);
    const run = async (repository: string) => {
      const done = await runBundledAction({ apiUrl: server.url, repository, token: ACTION_TOKEN });
      bundledRuns.push(done);
      return done;
    };

    const refusedWrite = await run(FULL_NAME);
    const written = await run(FULL_NAME);
    const unseen = await run(REFUSED);

    const sinks: Sink[] = [];
    for (const [name, done] of Object.entries({ refusedWrite, written, unseen })) {
      const label = `Action (${name})`;
      // `::add-mask::` is the runner's command to mask the token: it consumes the line, never shows it.
      const masks = done.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
      expect(masks, label).toEqual([`::add-mask::${ACTION_TOKEN}`]);
      const shown = done.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      sinks.push(
        { run: label, sink: 'stdout', text: shown },
        { run: label, sink: 'stderr', text: done.stderr },
        // Every file the runner's folder holds: outputs, summary, the JSON report in RUNNER_TEMP.
        ...(await fileSinks(label, done.runnerTemp, [join(done.runnerTemp, 'event.json')])),
      );
    }
    sinks.push(...githubSinks('Action', github));
    const leaks = check(3, sinks, github);

    expect(refusedWrite.code, refusedWrite.stdout).toBe(0);
    expect(refusedWrite.stdout).toMatch(/Product-health issue: failed/);
    expect(written.code, written.stdout).toBe(0);
    expect(written.outputs['issue-number']).toMatch(/^\d+$/);
    expect(written.summary).toContain(FULL_NAME);
    expect(sinks.some((sink) => /product-health-report\.json$/.test(sink.sink))).toBe(true);
    expect(unseen.code).toBe(1);
    expect(unseen.stdout).toMatch(/^::error::product-health: /m);
    expect(github.echoes).toBeGreaterThanOrEqual(8);
    expect(text(leaks)).toEqual([]);
  });
});

describe('a credential of an unknown shape, echoed back bare (no "token" before it)', () => {
  // Random, with a prefix no pattern knows: only its value, registered where it is read, masks it.
  const UNKNOWN_TOKEN = `zz_${hex(20)}`;
  const UNKNOWN_ACTION_TOKEN = `qq-${hex(20)}`;
  const withValues = (values: Record<string, string>): Secrets => ({
    values: { ...SECRETS.values, ...values },
    privateKeys: SECRETS.privateKeys,
  });
  let before = { ...totals };
  beforeAll(() => {
    before = { ...totals };
  });
  afterAll(() => {
    recordFigure({
      area: 'secrets',
      tried:
        "tokens of no known shape (zz_…, qq-…; the app's installation tokens too), echoed back bare: CLI, app, Action",
      figures: {
        runs: totals.runs - before.runs,
        sinks: totals.sinks - before.sinks,
        linesChecked: totals.lines - before.lines,
        echoes: totals.echoes - before.echoes,
        leaks: totals.leaks - before.leaks,
      },
      command: `npx vitest run ${FILE} -t "unknown shape"`,
    });
  });

  it('the command line: stdout, stderr, the JSON report and the issue never hold GITHUB_TOKEN', async () => {
    const github = echoingGitHub({ failFirstWrite: 422 });
    github.echoCredentialOnly = true;
    const folder = await mkdtemp(join(tmpdir(), 'product-health-secrets-'));
    const cli = (args: string[]) =>
      runCliCapture(args, { env: { GITHUB_TOKEN: UNKNOWN_TOKEN }, now: GITHUB_NOW, cwd: tmpdir() });

    const refusedWrite = await cli(['scan', FULL_NAME, '--write-issue']);
    const written = await cli([
      'scan',
      FULL_NAME,
      '--write-issue',
      '--format',
      'json',
      '--output',
      join(folder, 'report.json'),
    ]);
    const unseen = await cli(['scan', REFUSED]);

    const runs = { refusedWrite, written, unseen };
    const sinks: Sink[] = [
      ...Object.entries(runs).flatMap(([run, out]) => [
        { run: `scan (${run})`, sink: 'stdout', text: out.stdout },
        { run: `scan (${run})`, sink: 'stderr', text: out.stderr },
      ]),
      ...(await fileSinks('scan (written)', folder)),
      ...githubSinks('scan', github),
    ];
    const leaks = check(3, sinks, github, withValues({ 'the zz_ token': UNKNOWN_TOKEN }));
    await rm(folder, { recursive: true, force: true });

    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toMatch(/Product-health issue: created/);
    expect(sinks.some((sink) => sink.sink === 'file report.json')).toBe(true);
    expect(unseen.code).toBe(1);
    expect(github.echoes).toBeGreaterThanOrEqual(8);
    expect(text(leaks)).toEqual([]);
  });

  it('the app: installation tokens of an unknown shape never reach the log, an answer or GitHub', async () => {
    const github = echoingGitHub({ failFirstWrite: 500 });
    github.echoCredentialOnly = true;
    github.mintPrefix = 'zz_';
    const logLines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => logLines.push(line) });
    const app = await serveAppOverHttp({
      logger,
      settings: { privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET },
    });
    const installed = webhookExamples('installation').find((example) => example.action === 'created');
    const installation = JSON.stringify(rehomed(installed as Record<string, unknown>));
    try {
      const answers = [];
      for (let round = 0; round < 2; round++) {
        answers.push(
          await postDelivery(app.url, 'installation', installation, {
            'x-hub-signature-256': sign(installation, WEBHOOK_SECRET),
          }),
        );
        await app.scheduler.drain();
      }
      const sinks: Sink[] = [
        { run: 'app', sink: 'log', text: logLines.join('') },
        ...answers.map((answer, index) => ({
          run: 'app',
          sink: `HTTP answer ${index + 1}`,
          text: answer.text,
        })),
        ...githubSinks('app', github),
      ];
      const minted = Object.fromEntries(
        github.minted.map((token, index) => [`minted token ${index + 1}`, token]),
      );
      const leaks = check(1, sinks, github, withValues(minted));

      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      expect(github.minted.length).toBeGreaterThan(0);
      expect(github.echoes).toBeGreaterThanOrEqual(4);
      expect(text(leaks)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the bundled Action: stdout, outputs, summary, the report file and the issue never hold the token input', async () => {
    const now = new Date().toISOString();
    const github = new EchoingGitHub(echoingSpecs({ now, failFirstWrite: 422 }), {
      baseUrl: 'http://127.0.0.1',
      now: () => new Date(),
    });
    github.echoCredentialOnly = true;
    const server = await serveFakeGitHub(github);
    servers.push(server);
    const run = async (repository: string) => {
      const done = await runBundledAction({ apiUrl: server.url, repository, token: UNKNOWN_ACTION_TOKEN });
      bundledRuns.push(done);
      return done;
    };

    const refusedWrite = await run(FULL_NAME);
    const written = await run(FULL_NAME);

    const sinks: Sink[] = [];
    for (const [name, done] of Object.entries({ refusedWrite, written })) {
      const label = `Action (${name})`;
      const shown = done.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      sinks.push(
        { run: label, sink: 'stdout', text: shown },
        { run: label, sink: 'stderr', text: done.stderr },
        ...(await fileSinks(label, done.runnerTemp, [join(done.runnerTemp, 'event.json')])),
      );
    }
    sinks.push(...githubSinks('Action', github));
    const leaks = check(2, sinks, github, withValues({ 'the qq- token': UNKNOWN_ACTION_TOKEN }));

    expect(written.code, written.stdout).toBe(0);
    expect(sinks.some((sink) => /product-health-report\.json$/.test(sink.sink))).toBe(true);
    expect(github.echoes).toBeGreaterThanOrEqual(4);
    expect(text(leaks)).toEqual([]);
  });
});

describe('the leak scanner and redaction', () => {
  const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjEsImlhdCI6MTcwMDAwMDAwMH0.${hex(40)}`;

  it('finds each credential, escaped or not, and a line of the key', () => {
    const keyLine = PRIVATE_KEY.split('\n').find((line) => line.length >= 40) ?? '';
    const sinks: Sink[] = [
      { run: 'r', sink: 'markdown', text: `see ${CLI_TOKEN.replace('_', '\\_')} here` },
      { run: 'r', sink: 'json', text: JSON.stringify({ key: PRIVATE_KEY }) },
      { run: 'r', sink: 'key line', text: `…${keyLine}…` },
      { run: 'r', sink: 'secret', text: `x-secret=${WEBHOOK_SECRET}` },
      { run: 'r', sink: 'header', text: `Authorization: Bearer ${jwt}` },
      { run: 'r', sink: 'other token', text: `token ghs_${'a'.repeat(36)}` },
      { run: 'r', sink: 'clean', text: 'Authorization: token [redacted]\nthe token cannot see it' },
    ];

    const found = findLeaks(sinks, SECRETS);

    expect(new Set(found.map((leak) => leak.sink))).toEqual(
      new Set(['markdown', 'json', 'key line', 'secret', 'header', 'other token']),
    );
    expect(found.find((leak) => leak.sink === 'json')?.what).toContain("the app's private key");
    expect(lineCount(sinks)).toBeGreaterThan(sinks.length);
  });

  it('redactSecrets drops tokens, JWTs, Authorization values, private keys and credentials in URLs', () => {
    const message = [
      `Authorization: token ${CLI_TOKEN}`,
      `authorization: bearer ${jwt}`,
      `raw ${ACTION_TOKEN} and ${jwt}`,
      `github_pat_${hex(20)}`,
      `https://x-access-token:${ACTION_TOKEN}@github.com/example/repo.git`,
      PRIVATE_KEY,
      `https://api.github.com/?access_token=${hex(20)}&client_secret=${hex(20)}`,
    ].join('\n');

    const redacted = redactSecrets(message);

    expect(text(findLeaks([{ run: 'redactSecrets', sink: 'result', text: redacted }], SECRETS))).toEqual([]);
    expect(redacted).not.toMatch(/access_token=[0-9a-f]|client_secret=[0-9a-f]/);
    expect(redacted).toContain('Authorization: token [redacted]');
  });

  it('keeps the words of a message that carries no credential', () => {
    const message = 'GitHub refused the token (HTTP 401): check GITHUB_TOKEN; the token cannot see it';
    expect(redactSecrets(message)).toBe(message);
  });

  it("describeScanFailure redacts a refusal carrying the credential, even in the core's own errors", () => {
    const refusal = new RepositoryAccessError(
      `GitHub repository ${REFUSED} was not found, or the token cannot see it (repository: Authorization: token ${ACTION_TOKEN} was refused). Check the name.`,
      404,
    );
    const jwtRefused = Object.assign(new Error(`A JSON web token could not be decoded: bearer ${jwt}`), {
      status: 401,
    });
    const described = [describeScanFailure(refusal, REFUSED), describeScanFailure(jwtRefused, REFUSED)];

    expect(described[0]).toContain(`GitHub repository ${REFUSED} was not found`);
    expect(described[1]).toMatch(/refused the app's credentials/);
    expect(
      text(findLeaks([{ run: 'describeScanFailure', sink: 'result', text: described.join('\n') }], SECRETS)),
    ).toEqual([]);
  });
});
