/**
 * `npm run setup` registers the app with the webhook URL GitHub will reach — PUBLIC_URL followed by
 * the webhook path — for the organisation GH_ORG, and refuses to register one at Probot's default
 * (the address of the setup page itself, http://localhost:3000/).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupWebhookUrl } from '../../src/app/run-app-command.js';
import { freePort, ROOT, spawnStart } from '../reliability/app-process.js';

describe('setupWebhookUrl', () => {
  it('is PUBLIC_URL followed by the webhook path', () => {
    expect(setupWebhookUrl({ PUBLIC_URL: 'https://ph.example.fr' })).toEqual({
      url: 'https://ph.example.fr/api/github/webhooks',
      proxy: false,
    });
    expect(setupWebhookUrl({ PUBLIC_URL: 'https://example.fr/outils/ph/', WEBHOOK_PATH: '/hooks' })).toEqual({
      url: 'https://example.fr/outils/ph/hooks',
      proxy: false,
    });
  });

  it('is the smee.io channel in development', () => {
    expect(setupWebhookUrl({ WEBHOOK_PROXY_URL: 'https://smee.io/abc' })).toEqual({
      url: 'https://smee.io/abc',
      proxy: true,
    });
  });

  it('says what to set when neither is given, or PUBLIC_URL is no web address', () => {
    expect(setupWebhookUrl({})).toEqual({ problem: expect.stringMatching(/^PUBLIC_URL is not set/) });
    expect(setupWebhookUrl({ PUBLIC_URL: 'ph.example.fr' })).toEqual({
      problem: expect.stringMatching(/PUBLIC_URL is not a URL/),
    });
    expect(setupWebhookUrl({ PUBLIC_URL: 'ftp://ph.example.fr' })).toEqual({
      problem: expect.stringMatching(/https/),
    });
  });
});

describe('npm run setup (dist/app/main.js --setup)', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'product-health-setup-'));
    for (const file of ['app.yml', 'package.json']) await copyFile(join(ROOT, file), join(folder, file));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('offers GitHub a manifest whose webhook URL is PUBLIC_URL, on the page registering for GH_ORG', async () => {
    const port = await freePort();
    const child = spawnStart(
      { PUBLIC_URL: 'https://ph.example.fr', GH_ORG: 'mon-ministere', LOG_FORMAT: 'json' },
      { cwd: folder, port, args: '--setup' },
    );
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    try {
      let page = '';
      const deadline = performance.now() + 20_000;
      while (!page && performance.now() < deadline) {
        try {
          const answer = await fetch(`http://127.0.0.1:${port}/probot`, {
            signal: AbortSignal.timeout(1000),
          });
          if (answer.status === 200) page = await answer.text();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      expect(page, output).toContain('https://github.com/organizations/mon-ministere/settings/apps/new');
      const manifest = JSON.parse(/value='([^']*)'/.exec(page)?.[1] ?? '{}') as {
        hook_attributes?: { url?: string };
        default_permissions?: Record<string, string>;
      };
      expect(manifest.hook_attributes?.url).toBe('https://ph.example.fr/api/github/webhooks');
      expect(manifest.default_permissions?.issues).toBe('write');
      expect(output).toContain(
        'for the organisation mon-ministere, webhook URL https://ph.example.fr/api/github/webhooks',
      );
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('registers nothing without PUBLIC_URL: says what to set and exits 1', async () => {
    const port = await freePort();
    const child = spawn(`exec node ${join(ROOT, 'dist/app/main.js')} --setup`, {
      shell: true,
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/PUBLIC_URL is not set/);
  });
});
