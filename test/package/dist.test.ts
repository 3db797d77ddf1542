/**
 * `dist/` is committed so that a production install (`npm ci --omit=dev`) runs without TypeScript:
 * it must be exactly what `npm run build` makes of the sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the committed dist/', () => {
  it('is what npm run build makes of src/', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'product-health-dist-'));
    try {
      execFileSync(
        join(ROOT, 'node_modules', '.bin', 'tsc'),
        ['-p', 'tsconfig.build.json', '--outDir', folder],
        {
          cwd: ROOT,
        },
      );
      const fresh = await files(folder);
      const committed = await files(join(ROOT, 'dist')).catch(() => []);
      const stale = 'dist/ is stale or missing: run npm run build and commit dist/';
      expect(committed, stale).toEqual(fresh);
      for (const file of fresh) {
        const same =
          (await readFile(join(folder, file), 'utf8')) === (await readFile(join(ROOT, 'dist', file), 'utf8'));
        expect(same, `${stale} (dist/${file} differs)`).toBe(true);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('holds no development tool: neither the simulated GitHub nor the demo', async () => {
    const committed = await files(join(ROOT, 'dist'));
    expect(committed.filter((file) => /simulated-github|demo/.test(file))).toEqual([]);
  });
});

describe('npm pack', () => {
  it('ships the product only: no simulated GitHub, demo, tests, benchmarks nor sources', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const paths = packed.files.map((file) => file.path);
    expect(paths).toContain('dist/cli/main.js');
    expect(paths).toContain('dist/app/main.js');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('app.yml');
    // The signals' data files (their texts and thresholds, read at run time) are the only files
    // shipped from src/.
    const signalData = paths.filter((path) => /^src\/signals\/[a-z-]+\/signal\.yml$/.test(path));
    expect(signalData.length).toBeGreaterThanOrEqual(9);
    expect(
      paths.filter(
        (path) =>
          !signalData.includes(path) && /simulated-github|demo|^dev|^test\/|^bench\/|^src\/|\.ts$/.test(path),
      ),
    ).toEqual([]);
  });
});
