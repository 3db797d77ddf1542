import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAppCommand } from '../../src/app/run-app-command.js';
import { readServerSettings } from '../../src/app/server-settings.js';
import { forgetSecretValues, maskSecretValues } from '../../src/util/secret-values.js';
import { testPrivateKey } from '../helpers/test-private-key.js';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'product-health-settings-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const VALID = { APP_ID: '42', PRIVATE_KEY: testPrivateKey(), WEBHOOK_SECRET: 'a-long-webhook-secret' };

describe('readServerSettings', () => {
  it("reads Probot's variables, GitHub's address and the body limit", async () => {
    const read = await readServerSettings(
      {
        ...VALID,
        PORT: '8080',
        HOST: '0.0.0.0',
        WEBHOOK_PATH: '/hooks',
        LOG_LEVEL: 'DEBUG',
        NODE_ENV: 'production',
        GITHUB_API_URL: 'http://127.0.0.1:9999/',
        REDIS_URL: 'redis://cache:6379',
        WEBHOOK_BODY_LIMIT_MB: '5',
      },
      folder,
      { development: false },
    );
    if (!('settings' in read)) throw new Error(read.problems.join('\n'));
    expect(read.settings).toMatchObject({
      appId: 42,
      port: 8080,
      host: '0.0.0.0',
      webhookPath: '/hooks',
      baseUrl: 'http://127.0.0.1:9999',
      redisUrl: 'redis://cache:6379',
      webhookLimitBytes: 5 * 1024 * 1024,
      log: { level: 'debug', format: 'json' },
      warnings: [],
    });
  });

  it('lists every problem at once, each saying what to set', async () => {
    const read = await readServerSettings(
      {
        APP_ID: 'abc',
        PRIVATE_KEY_PATH: 'nowhere.pem',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        WEBHOOK_PATH: 'hooks',
      },
      folder,
      { development: false },
    );
    expect('problems' in read ? read.problems : []).toEqual([
      expect.stringMatching(/^APP_ID="abc" is not an app id: set it to/),
      expect.stringMatching(/^cannot read PRIVATE_KEY_PATH="nowhere\.pem"/),
      expect.stringMatching(/^WEBHOOK_SECRET is not set: set it to .* start it with --development/),
      expect.stringMatching(/^PORT="eighty" is not a port/),
      expect.stringMatching(/^LOG_LEVEL="loud" is not a level/),
      expect.stringMatching(/^WEBHOOK_PATH="hooks" is not a path/),
    ]);
  });

  it("in development only, starts without WEBHOOK_SECRET on Probot's public default, saying so", async () => {
    const read = await readServerSettings({ ...VALID, WEBHOOK_SECRET: '' }, folder, { development: true });
    if (!('settings' in read)) throw new Error(read.problems.join('\n'));
    expect(read.settings.secret).toBe('development');
    expect(read.settings.warnings).toEqual([expect.stringMatching(/WEBHOOK_SECRET is not set/)]);
  });

  it('keeps the default body limit when WEBHOOK_BODY_LIMIT_MB is not a size, saying so', async () => {
    const read = await readServerSettings({ ...VALID, WEBHOOK_BODY_LIMIT_MB: '1e9' }, folder, {
      development: false,
    });
    if (!('settings' in read)) throw new Error(read.problems.join('\n'));
    expect(read.settings.webhookLimitBytes).toBe(25 * 1024 * 1024);
    expect(read.settings.warnings).toEqual([expect.stringMatching(/^WEBHOOK_BODY_LIMIT_MB="1e9"/)]);
  });

  it('registers the key and the webhook secret as secret values', async () => {
    forgetSecretValues();
    await readServerSettings(VALID, folder, { development: false });
    expect(maskSecretValues(`echo ${VALID.WEBHOOK_SECRET}`)).toBe('echo [redacted]');
    expect(maskSecretValues(VALID.PRIVATE_KEY)).not.toContain('PRIVATE KEY-----\n');
    forgetSecretValues();
  });
});

describe('runAppCommand', () => {
  it('reads .env for the variables not set, and reports what is still missing (exit 1)', async () => {
    const cwd = await mkdtemp(join(folder, 'env-'));
    await writeFile(join(cwd, '.env'), 'APP_ID=7\nWEBHOOK_SECRET=from-the-file\n');
    const said: string[] = [];
    const env: Record<string, string | undefined> = { APP_ID: 'not-a-number' };

    const code = await runAppCommand([], { env, cwd, say: (line) => said.push(line) });

    expect(code).toBe(1);
    expect(env.WEBHOOK_SECRET).toBe('from-the-file');
    expect(said).toEqual([
      expect.stringMatching(/^product-health: APP_ID="not-a-number" is not an app id/),
      expect.stringMatching(/^product-health: no private key/),
      expect.stringMatching(/npm run setup/),
    ]);
  });

  it('refuses an unknown option with the usage (exit 1); --help prints it (exit 0)', async () => {
    const said: string[] = [];
    const io = { env: {}, cwd: folder, say: (line: string) => said.push(line) };
    expect(await runAppCommand(['--bogus'], io)).toBe(1);
    expect(await runAppCommand(['--help'], io)).toBe(0);
    expect(said[0]).toMatch(/Unknown option '--bogus'[\s\S]*--development/);
    expect(said[1]).toMatch(/^Usage: /);
  });
});
