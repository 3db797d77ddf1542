import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE, bundleAction, ROOT } from '../../action/build.mjs';
import { NODE_24 } from './action-harness.js';

const committed = () => readFile(join(ROOT, BUNDLE), 'utf8');

describe('the committed bundle (action/dist/index.js)', () => {
  it('is what the sources build to', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'product-health-bundle-'));
    try {
      await bundleAction(join(folder, 'index.js'));
      const fresh = await readFile(join(folder, 'index.js'), 'utf8');
      const current = await committed().catch(() => '');
      expect(
        fresh === current,
        'action/dist/index.js is stale or missing: run npm run bundle and commit action/dist/index.js',
      ).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('does not contain Probot (the Action imports nothing from probot, nor the app from src/app)', async () => {
    const bundle = await committed();
    for (const probot of ['createProbot', 'probot/lib', 'node_modules/probot/']) {
      expect(bundle, `the bundle contains ${probot}`).not.toContain(probot);
    }
    expect(bundle).not.toMatch(/src\/app\//);
  });

  it('holds no absolute path of the machine that built it', async () => {
    const bundle = await committed();
    expect(bundle).not.toContain(ROOT);
    expect(bundle).not.toMatch(/sourceMappingURL/);
  });

  it('runs on the runtime of runs.using: node24', async () => {
    expect(execFileSync(NODE_24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    const action = await readFile(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toMatch(/^ {2}using: node24$/m);
    expect(action).toMatch(/^ {2}main: action\/dist\/index\.js$/m);
  });
});
