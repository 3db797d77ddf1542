/**
 * The one-way layers of docs/architecture.md: every relative import of src/ and action/ goes to
 * the same layer or a lower one, framework packages stay in their adapters, and nothing shipped
 * imports dev/. The layer of each folder is read from the document's table, so the map is written
 * once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Folder of src/ → rank, from the table of docs/architecture.md. */
function readLayerMap(markdown: string): Map<string, { layer: string; rank: number }> {
  const map = new Map<string, { layer: string; rank: number }>();
  for (const [, layer = '', rank = '', folders = ''] of markdown.matchAll(
    /^\|\s*([a-z ]+?)\s*\|\s*(\d+)\s*\|\s*([a-z, -]+?)\s*\|/gm,
  )) {
    for (const folder of folders.split(',')) map.set(folder.trim(), { layer, rank: Number(rank) });
  }
  return map;
}

/** Every module specifier a TypeScript file imports: `import … from`, `export … from`, `import()`. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [
    ...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1] ?? '');
}

interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** The imports of `files` (paths relative to ROOT, with their text) that break the rules. */
function layerViolations(
  files: ReadonlyArray<{ path: string; text: string }>,
  layers: ReadonlyMap<string, { layer: string; rank: number }>,
): Violation[] {
  const layerOf = (path: string) => {
    if (path.startsWith('action/'))
      return { folder: 'action', ...(layers.get('action') ?? { layer: '?', rank: -1 }) };
    const folder = path.split('/')[1] ?? '';
    const found = layers.get(folder);
    return found ? { folder, ...found } : null;
  };
  const violations: Violation[] = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    if (!from) {
      violations.push({ file: path, imports: '', why: 'its folder has no layer in docs/architecture.md' });
      continue;
    }
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, resolve(ROOT, dirname(path), specifier));
        if (target.startsWith('dev/') || target.startsWith('dev-dist/')) {
          violations.push({
            file: path,
            imports: specifier,
            why: 'the shipped product imports a development tool',
          });
          continue;
        }
        if (!target.startsWith('src/')) continue;
        const to = layerOf(target);
        if (!to) violations.push({ file: path, imports: specifier, why: 'its folder has no layer' });
        else if (to.rank > from.rank) {
          violations.push({
            file: path,
            imports: specifier,
            why: `${from.layer} (${from.folder}) imports ${to.layer} (${to.folder})`,
          });
        }
      } else if (/^@actions\//.test(specifier) && from.folder !== 'action') {
        violations.push({ file: path, imports: specifier, why: '@actions/* belongs to the action adapter' });
      } else if (/^(probot|@probot\/)/.test(specifier) && from.folder !== 'app' && from.folder !== 'cli') {
        violations.push({
          file: path,
          imports: specifier,
          why: 'probot belongs to the app and cli adapters',
        });
      }
    }
  }
  return violations;
}

function shippedFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const folder of ['src', 'action']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      const path = relative(ROOT, join(entry.parentPath, entry.name));
      if (!entry.isFile() || !path.endsWith('.ts') || path.startsWith('action/dist/')) continue;
      files.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
    }
  }
  return files;
}

const LAYERS = readLayerMap(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));

describe('the layer map of docs/architecture.md', () => {
  it('gives every folder of src/ exactly one layer', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect([...LAYERS.keys()].sort()).toEqual(folders);
    expect(new Set([...LAYERS.values()].map(({ layer }) => layer))).toEqual(
      new Set(['core', 'sources', 'use cases', 'adapters']),
    );
  });
});

describe('imports go one way', () => {
  it('finds the wrong-way imports it is shown', () => {
    const found = layerViolations(
      [
        {
          path: 'src/signals/x.ts',
          text: "import type { A } from '../scan/scan-repository.js';\nimport '../util/a.js';",
        },
        {
          path: 'src/github/y.ts',
          text: "export { b } from '../issue/b.js';\nconst c = await import('../cli/c.js');",
        },
        {
          path: 'src/scan/z.ts',
          text: "import {\n  d,\n} from '../../dev/simulated-github/d.js';\nimport { run } from 'probot';",
        },
        {
          path: 'src/app/ok.ts',
          text: "import { e } from '../scan/e.js';\n// import { f } from '../../dev/f.js';",
        },
      ],
      LAYERS,
    );
    expect(found.map(({ file, why }) => `${file}: ${why}`)).toEqual([
      'src/signals/x.ts: core (signals) imports use cases (scan)',
      'src/github/y.ts: sources (github) imports use cases (issue)',
      'src/github/y.ts: sources (github) imports adapters (cli)',
      'src/scan/z.ts: the shipped product imports a development tool',
      'src/scan/z.ts: probot belongs to the app and cli adapters',
    ]);
  });

  it('holds for every module of src/ and action/', () => {
    const files = shippedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(layerViolations(files, LAYERS)).toEqual([]);
  });
});
