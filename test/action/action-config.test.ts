import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/action-config.js';
import { ActionInputError } from '../../src/action/action-inputs.js';

let workspace = '';
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'product-health-workspace-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('config-path', () => {
  it('leaves the default path to the core, which reads it through the API', async () => {
    await expect(readActionConfig('.github/product-health.yml', workspace)).resolves.toBeUndefined();
    await expect(readActionConfig('./.github/product-health.yml', undefined)).resolves.toBeUndefined();
  });

  it('reads another path from the checkout', async () => {
    await mkdir(join(workspace, 'ops'));
    await writeFile(join(workspace, 'ops/health.yml'), 'language: en\n');
    await expect(readActionConfig('ops/health.yml', workspace)).resolves.toEqual({
      file: 'ops/health.yml',
      text: 'language: en\n',
    });
  });

  it('says to check out the repository when the file is not in the workspace', async () => {
    const error = await readActionConfig('ops/health.yml', workspace).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionInputError);
    expect((error as Error).message).toMatch(/config-path' is 'ops\/health.yml' but there is no such file/);
    expect((error as Error).message).toMatch(/actions\/checkout/);
  });

  it('says so when there is no workspace at all', async () => {
    await expect(readActionConfig('ops/health.yml', undefined)).rejects.toThrow(
      /GITHUB_WORKSPACE is not set/,
    );
  });
});
