/**
 * The app as `npm start` serves it (`startAppServer`: Probot's server, the webhook guard in front of
 * its webhook path, `/healthz`) on 127.0.0.1, and a client speaking to it with `node:http` (nock,
 * loaded by the fake GitHub, cannot replay the body of a `fetch` it lets through).
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { pino } from 'pino';
import type { Logger } from 'probot';
import { createProductHealthApp } from '../../src/app/app.js';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { DEFAULT_WEBHOOK_PATH, type ServerSettings } from '../../src/app/server-settings.js';
import { startAppServer } from '../../src/app/start-app-server.js';
import { DEFAULT_WEBHOOK_BODY_LIMIT_BYTES } from '../../src/app/webhook-guard.js';
import { type LogLine, TestOctokit, testPrivateKey, WEBHOOK_SECRET } from '../app/app-harness.js';
import { GITHUB_NOW } from '../helpers/product-github-spec.js';

export const WEBHOOK_PATH = DEFAULT_WEBHOOK_PATH;

export interface ServedApp {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  scheduler: RescanScheduler;
  /** Every finished scan. */
  scanned: ScannedRepository[];
  close(): Promise<void>;
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/**
 * A pino logger (level trace) as Probot's server needs one, keeping each line: `raw`, as written
 * (JSON), and `lines`, its level and message (the error's message after it, when one is logged).
 */
export function pinoRecorder(): { logger: Logger; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const logger = pino(
    { level: 'trace' },
    {
      write: (line: string) => {
        raw.push(line);
        const parsed = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
        const message = [parsed.msg, parsed.err?.message].filter(Boolean).join(' ');
        lines.push({ level: LEVELS[parsed.level] ?? String(parsed.level), message });
      },
    },
  );
  return { logger: logger as unknown as Logger, lines, raw };
}

/** The settings `npm start` would read for app 1, the test key and `secret`, on a free port of 127.0.0.1. */
export function testServerSettings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  return {
    appId: 1,
    privateKey: testPrivateKey(),
    secret: WEBHOOK_SECRET,
    port: 0,
    host: '127.0.0.1',
    webhookPath: WEBHOOK_PATH,
    webhookProxy: undefined,
    baseUrl: 'https://api.github.com',
    redisUrl: undefined,
    webhookLimitBytes: DEFAULT_WEBHOOK_BODY_LIMIT_BYTES,
    log: {
      level: 'trace',
      format: 'json',
      levelInString: false,
      messageKey: undefined,
      sentryDsn: undefined,
    },
    warnings: [],
    ...overrides,
  };
}

/**
 * The product-health app served as `npm start` serves it (by default: app 1, the test key and
 * `WEBHOOK_SECRET`, `TestOctokit`, logging to `logger`), on a free port of 127.0.0.1. Rescans wait
 * an hour, so a test decides when they run (`scheduler.drain()`).
 */
export async function serveAppOverHttp(
  options: { logger?: Logger; settings?: Partial<ServerSettings> } = {},
): Promise<ServedApp> {
  const scheduler = new RescanScheduler({ delayMs: 3_600_000, concurrency: 4 });
  const scanned: ScannedRepository[] = [];
  const app = createProductHealthApp({
    scheduler,
    now: () => new Date(GITHUB_NOW),
    onScanned: (result) => scanned.push(result),
  });
  const server = await startAppServer(testServerSettings(options.settings), {
    app,
    log: options.logger ?? pinoRecorder().logger,
    Octokit: TestOctokit,
  });
  return { url: server.url, scheduler, scanned, close: () => server.stop() };
}

/** GitHub's `X-Hub-Signature-256` of `body` under `secret`. */
export function sign(body: string | Buffer, secret: string = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

/** One HTTP request with `node:http`; the whole answer's text. */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

let delivery = 0;

/** A delivery id, unique in the run (`x-github-delivery`). */
export function deliveryId(): string {
  delivery += 1;
  return `11111111-0000-4000-8000-${String(delivery).padStart(12, '0')}`;
}

/**
 * The headers GitHub sends with a delivery of `body`: JSON, the event's name, a delivery id and
 * the signature under the app's secret. `overrides` replace or (when `undefined`) remove some.
 */
export function deliveryHeaders(
  event: string,
  body: string | Buffer,
  overrides: Record<string, string | undefined> = {},
): Record<string, string | number> {
  const headers: Record<string, string | number | undefined> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'user-agent': 'GitHub-Hookshot/0000000',
    'x-github-event': event,
    'x-github-delivery': deliveryId(),
    'x-github-hook-id': '1',
    'x-hub-signature-256': sign(body),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
  );
}

/** POSTs a delivery to the app's webhook path. */
export function postDelivery(
  url: string,
  event: string,
  body: string | Buffer,
  overrides: Record<string, string | undefined> = {},
): Promise<HttpAnswer> {
  return httpRequest(`${url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: deliveryHeaders(event, body, overrides),
    body,
  });
}

/** `GET /healthz`: 200 with `{"status":"ok"}` while the app is up. */
export async function healthy(url: string): Promise<boolean> {
  const answer = await httpRequest(`${url}/healthz`);
  if (answer.status !== 200) return false;
  try {
    return (JSON.parse(answer.text) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

export { type StreamedDelivery, streamDelivery } from './stream-delivery.js';
