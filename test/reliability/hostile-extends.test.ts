/**
 * Hostile `_extends`: a configuration inheriting from another owner's repository, from a huge file
 * or along an endless chain. Whatever it points at, the scan reads only the owner's repositories,
 * through the configuration's own size limit and parser, at most three files deep, and quotes
 * nothing of a file it could not use. The CLI's path and the app's (a webhook through Probot) agree.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/render-report.js';
import type { Report } from '../../src/report/report.js';
import { deliveryId, loadTestApp, rehomed, serveProduct, webhookExamples } from '../app/app-harness.js';
import type { FakeRepositorySpec } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import { recordFigure } from './record-figure.js';

const fakeGitHub = useFakeGitHub();
const FILE = 'test/reliability/hostile-extends.test.ts';
const CONFIG = '.github/product-health.yml';
const OTHER_OWNER = 'someone-else';
/** What the other owner's private file holds: none of it may reach a report or an issue. */
const SECRET_KEY = 'privateRoadmapCodename';
const SECRET_VALUE = 'merger-with-acme-2027';

function product(config: string): FakeRepositorySpec {
  const spec = productGitHubSpec({ releases: 5, feedbackIssues: 5 });
  spec.files = { ...spec.files, [CONFIG]: config };
  return spec;
}

function configRepository(owner: string, name: string, text: string, path = CONFIG): FakeRepositorySpec {
  return { owner, name, private: true, files: { [path]: text }, commits: [{ date: '2026-01-01T00:00:00Z' }] };
}

const otherOwnerSpecs = (): FakeRepositorySpec[] => [
  product(`_extends: ${OTHER_OWNER}/private-config\nwindowDays: 30\n`),
  configRepository(OTHER_OWNER, 'private-config', `language: en\n${SECRET_KEY}: ${SECRET_VALUE}\n`),
];

/** A chain of `length` files: the repository's extends `chain-1`, which extends `chain-2`, and so on. */
function chainSpecs(length: number): FakeRepositorySpec[] {
  const specs = [product('_extends: chain-1\n')];
  for (let index = 1; index <= length; index++) {
    const next = index < length ? `_extends: chain-${index + 1}\n` : '';
    const own = index === 1 ? 'windowDays: 60\n' : index === 2 ? 'language: en\n' : 'windowDays: 10\n';
    specs.push(configRepository(OWNER, `chain-${index}`, `${next}${own}`));
  }
  return specs;
}

/** `product-health scan OWNER/REPO --format json --dry-run`, in process. */
async function cliScan(specs: FakeRepositorySpec[]) {
  const github = fakeGitHub.serve(specs);
  const started = performance.now();
  const { code, stdout, stderr } = await runCliCapture(
    ['scan', FULL_NAME, '--format', 'json', '--now', GITHUB_NOW],
    { now: GITHUB_NOW, env: { GITHUB_TOKEN: 'ghp_extendsTestToken' } },
  );
  const ms = performance.now() - started;
  expect(code, stderr).toBe(0);
  return { report: JSON.parse(stdout) as Report, stdout, github, ms };
}

async function appScan(specs: FakeRepositorySpec[]) {
  const github = serveProduct(fakeGitHub, specs);
  const app = await loadTestApp();
  await app.probot.receive({
    id: deliveryId(),
    name: 'push',
    payload: rehomed(webhookExamples('push')[4] as Record<string, unknown>),
  } as never);
  await app.scheduler.drain();
  expect(app.scanned).toHaveLength(1);
  return { report: (app.scanned[0] as { report: Report }).report, github };
}

function contentReads(github: { requests: Array<{ kind: string; path: string }> }): string[] {
  return github.requests.filter((r) => r.kind === 'rest' && r.path.includes('/contents/')).map((r) => r.path);
}

function expectNothingQuoted(report: Report): void {
  for (const text of [JSON.stringify(report), renderReport(report, 'markdown')]) {
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain(SECRET_VALUE);
  }
}

describe('hostile _extends', () => {
  it('an _extends to another owner’s repository is a problem: nothing is read there, nothing quoted', async () => {
    const { report, github } = await cliScan(otherOwnerSpecs());
    expect(github.requests.some((r) => r.path.includes(`/${OTHER_OWNER}/`))).toBe(false);
    expect(JSON.stringify(github.requests.filter((r) => r.kind === 'graphql'))).not.toContain(OTHER_OWNER);
    // The repository's own keys still apply; nothing is inherited.
    expect(report.window.days).toBe(30);
    expect(report.language).toBe('fr');
    expect(report.configProblems).toContainEqual(
      expect.objectContaining({ file: CONFIG, key: '_extends', message: expect.stringContaining(OWNER) }),
    );
    expectNothingQuoted(report);
  });

  it('the app reads an _extends to another owner the same way (through Probot’s webhook)', async () => {
    const { report, github } = await appScan(otherOwnerSpecs());
    expect(github.requests.some((r) => r.path.includes(`/${OTHER_OWNER}/`))).toBe(false);
    expect(report.window.days).toBe(30);
    expect(report.language).toBe('fr');
    expect(report.configProblems).toContainEqual(expect.objectContaining({ file: CONFIG, key: '_extends' }));
    expectNothingQuoted(report);
  });

  it('a 1 MB inherited file is refused quickly, through the configuration’s size limit', async () => {
    const huge = `language: en\n${SECRET_KEY}: ${SECRET_VALUE}\nbulk: "${'x'.repeat(1024 * 1024)}"\n`;
    const { report, ms } = await cliScan([
      product('_extends: shared-config\nwindowDays: 30\n'),
      configRepository(OWNER, 'shared-config', huge),
    ]);
    expect(report.window.days).toBe(30);
    expect(report.language).toBe('fr');
    expect(report.configProblems).toContainEqual(
      expect.objectContaining({ key: '_extends', message: expect.stringContaining('64 KiB') }),
    );
    expectNothingQuoted(report);
    // Generous: the whole scan takes well under a second.
    expect(ms).toBeLessThan(10_000);
  });

  it('an inherited file with invalid keys is a problem that quotes none of them', async () => {
    const { report } = await cliScan([
      product('_extends: shared-config\n'),
      configRepository(OWNER, 'shared-config', `language: en\n${SECRET_KEY}: ${SECRET_VALUE}\n`),
    ]);
    // The valid keys are inherited, the invalid ones named nowhere.
    expect(report.language).toBe('en');
    expect(report.configProblems).toContainEqual(
      expect.objectContaining({ file: `${OWNER}/shared-config:${CONFIG}` }),
    );
    expectNothingQuoted(report);
  });

  it('a missing inherited file is a problem, the repository’s own keys kept', async () => {
    const { report } = await cliScan([product('_extends: nowhere\nwindowDays: 30\n')]);
    expect(report.window.days).toBe(30);
    expect(report.configProblems).toContainEqual(expect.objectContaining({ file: CONFIG, key: '_extends' }));
  });

  it('a 300-file chain stops three files deep with a problem', async () => {
    const { report, github } = await cliScan(chainSpecs(300));
    const reads = contentReads(github);
    expect(reads.length).toBeLessThanOrEqual(3);
    // What the three files read say still applies: the nearest file wins each key.
    expect(report.window.days).toBe(60);
    expect(report.language).toBe('en');
    expect(report.configProblems).toContainEqual(
      expect.objectContaining({ key: '_extends', message: expect.stringContaining('3') }),
    );
    recordFigure({
      area: 'hostile input',
      tried: '`_extends` chain of 300 files',
      figures: { files: 300, 'requests to read it': reads.length, problems: report.configProblems.length },
      command: `npx vitest run ${FILE} -t "300-file chain"`,
    });
  });

  it('the app follows a chain as the CLI does', async () => {
    const fromCli = await cliScan(chainSpecs(5));
    fakeGitHub.current?.close();
    nock.cleanAll();
    const fromApp = await appScan(chainSpecs(5));
    expect(fromApp.report.configProblems).toEqual(fromCli.report.configProblems);
    expect(fromApp.report.language).toBe(fromCli.report.language);
    expect(fromApp.report.window).toEqual(fromCli.report.window);
    expect(contentReads(fromApp.github)).toEqual(contentReads(fromCli.github));
  });
});
