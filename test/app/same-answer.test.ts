import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { scanInstallationRepository } from '../../src/app/scan-installation-repository.js';
import { renderReport } from '../../src/render/render-report.js';
import type { Report } from '../../src/report/report.js';
import type { FakeRepositorySpec } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  deliveryId,
  loadTestApp,
  rehomed,
  serveProduct,
  TestOctokit,
  webhookExamples,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();

/** The JSON report without what depends on the run: its cost, its time and the tool's version. */
function comparable(report: Report | Record<string, unknown>): Record<string, unknown> {
  const {
    cost: _cost,
    generatedAt: _generatedAt,
    tool: _tool,
    ...rest
  } = JSON.parse(renderReport(report as Report, 'json')) as Record<string, unknown>;
  return rest;
}

async function cliReport(): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await runCliCapture(
    ['scan', FULL_NAME, '--format', 'json', '--now', GITHUB_NOW],
    { now: '2000-01-01T00:00:00Z', env: { GITHUB_TOKEN: 'ghp_sameAnswerToken' } },
  );
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function appReport(specs?: FakeRepositorySpec[]): Promise<Report> {
  serveProduct(fakeGitHub, specs);
  const app = await loadTestApp();
  await app.probot.receive({
    id: deliveryId(),
    name: 'push',
    payload: rehomed(webhookExamples('push')[4] as Record<string, unknown>),
  } as never);
  await app.scheduler.drain();
  expect(app.scanned).toHaveLength(1);
  return (app.scanned[0] as { report: Report }).report;
}

describe('the same answer everywhere', () => {
  it('the app’s report equals `product-health scan OWNER/REPO --format json` at the same instant', async () => {
    const github = fakeGitHub.serve([productGitHubSpec()]);
    const fromCli = await cliReport();
    github.close();
    nock.cleanAll();

    const fromApp = await appReport();

    expect(comparable(fromApp)).toEqual(comparable(fromCli));
    expect(fromApp.generatedAt).toBe(fromCli.generatedAt);
  });

  it('the app (a webhook) and the sweep read an inherited configuration the same way', async () => {
    const specs = (): FakeRepositorySpec[] => {
      const product = productGitHubSpec();
      product.files = {
        ...product.files,
        '.github/product-health.yml': '_extends: .github\nfeedback:\n  labels: [Retour utilisateur]\n',
      };
      const organisation: FakeRepositorySpec = {
        owner: OWNER,
        name: '.github',
        files: {
          '.github/product-health.yml':
            'language: en\nfeedback:\n  responseTargetHours: 1\n  labels: [support]\n',
        },
        commits: [{ date: '2026-01-01T00:00:00Z' }],
      };
      return [product, organisation];
    };

    const fromApp = await appReport(specs());
    fakeGitHub.current?.close();
    nock.cleanAll();

    serveProduct(fakeGitHub, specs());
    const fromSweep = await scanInstallationRepository({
      octokit: new TestOctokit({ auth: 'ghs_sweepToken' }),
      owner: OWNER,
      repo: NAME,
      now: new Date(GITHUB_NOW),
      dryRun: true,
    });

    expect(fromApp.language).toBe('en');
    const feedback = fromApp.signals.find((signal) => signal.id === 'feedback-handling');
    // The repository's `feedback` replaces the inherited one whole: the target stays the default.
    expect(feedback?.metrics).toMatchObject({ responseTargetHours: 72 });
    expect(comparable(fromApp)).toEqual(comparable(fromSweep.report));
  });
});
