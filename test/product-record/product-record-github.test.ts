import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { betagouvRecordsSpec } from '../../dev/simulated-github/betagouv-records.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import type { Report, SignalReport } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { type FakeRepositorySpec, SILENT_LOG } from '../helpers/fake-github.js';
import { graphqlProblems } from '../helpers/github-schema.js';
import { GITHUB_NOW } from '../helpers/product-github-spec.js';
import { recordText } from '../helpers/product-record-fixtures.js';
import { validateReport } from '../helpers/report-schema.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const OWNER = 'example';
const NAME = 'passerelle-cantine';
const fakeGitHub = useFakeGitHub();

function productSpec(readme: string, config?: string): FakeRepositorySpec {
  return {
    owner: OWNER,
    name: NAME,
    files: { 'README.md': readme, ...(config ? { '.github/product-health.yml': config } : {}) },
    commits: [
      {
        date: '2026-11-10T10:00:00Z',
        authorName: 'Camille Martin',
        authorEmail: 'camille@example.org',
        paths: ['README.md'],
      },
    ],
  };
}

const LINKING = '# Passerelle Cantine\n\nFiche : https://beta.gouv.fr/startups/passerelle-cantine.html\n';
const PLAIN = '# Passerelle Cantine\n\nLe code du service.\n';

async function scan(): Promise<Report> {
  const octokit = new Octokit({ auth: 'ghs_test', log: SILENT_LOG });
  const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
  const { report } = await scanGitHubRepository(source, {
    now: new Date(GITHUB_NOW),
    writeIssue: false,
    dryRun: false,
  });
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

function signal(report: Report, id: string): SignalReport {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
}

describe('the product record through GitHub', () => {
  it('is read inside the details request: no request more than the same scan without a record', async () => {
    const plain = fakeGitHub.serve([productSpec(PLAIN)]);
    const without = await scan();
    const baseline = plain.requests.length;
    expect(without.context ?? null).toBeNull();

    // The spec says the product has a record: the simulated GitHub serves betagouv/beta.gouv.fr too.
    const linked = fakeGitHub.serve([
      { ...productSpec(LINKING), betagouvRecord: { id: 'passerelle-cantine', text: recordText({}) } },
    ]);
    const report = await scan();
    expect(linked.requests.length).toBe(baseline);
    for (const request of linked.requests.filter((r) => r.kind === 'graphql')) {
      expect(graphqlProblems(request.query ?? '')).toEqual([]);
    }
    expect(report.context?.record).toMatchObject({
      id: 'passerelle-cantine',
      identifiedBy: 'readme',
      status: 'found',
      repository: 'betagouv/beta.gouv.fr',
    });
    expect(report.context?.phase).toMatchObject({ phase: 'acceleration', source: 'record' });
    expect(signal(without, 'vision').status).toBe('fail');
    expect(signal(report, 'vision').status).toBe('pass');
    // The record is one of the vision's documents (the README's lead is another): its freshness is
    // the newest of theirs.
    expect(signal(report, 'vision').evidence).toContainEqual(
      expect.objectContaining({ kind: 'url', ref: 'https://beta.gouv.fr/startups/passerelle-cantine.html' }),
    );
    expect(Date.parse(String(signal(report, 'vision').metrics.lastChangedAt))).toBeGreaterThanOrEqual(
      Date.parse('2026-06-01T10:00:00.000Z'),
    );
  });

  it('reads the record named by product.betagouv from a mirror (GitHub Enterprise Server)', async () => {
    const config = 'product:\n  betagouv: passerelle-cantine\n  betagouvRepository: incubateur/fiches\n';
    fakeGitHub.serve([
      productSpec(PLAIN, config),
      betagouvRecordsSpec({ 'passerelle-cantine': recordText({}) }, { fullName: 'incubateur/fiches' }),
    ]);
    const report = await scan();
    expect(report.context?.record).toMatchObject({
      identifiedBy: 'config',
      status: 'found',
      repository: 'incubateur/fiches',
    });
    expect(signal(report, 'vision').status).toBe('pass');
  });

  it('bad input: an unknown id, a missing records repository, a binary or broken record — said, the rest stands', async () => {
    fakeGitHub.serve([productSpec(PLAIN)]);
    // The README's link to the record's page is itself a vision candidate, "linked, not verified"
    // (at most warn) whether or not the record can be read: vision is judged apart.
    const statuses = (report: Awaited<ReturnType<typeof scan>>) =>
      report.signals.filter((s) => s.id !== 'vision').map((s) => [s.id, s.status]);
    const baseline = statuses(await scan());
    const cases: Array<[FakeRepositorySpec[], string, RegExp]> = [
      [[betagouvRecordsSpec({ autre: recordText({}) })], 'unknown-id', /introuvable/],
      [[], 'unreadable', /betagouvRepository/],
      [[betagouvRecordsSpec({ 'passerelle-cantine': { binary: true } })], 'unreadable', /binary/],
      [[betagouvRecordsSpec({ 'passerelle-cantine': '---\nmission: [\n---\n' })], 'broken', /YAML/],
    ];
    for (const [extra, status, text] of cases) {
      fakeGitHub.serve([productSpec(LINKING), ...extra]);
      const report = await scan();
      expect(report.context?.record, status).toMatchObject({ status });
      expect(report.context?.record?.text, status).toMatch(text);
      expect(statuses(report), status).toEqual(baseline);
      expect(signal(report, 'vision').status, status).toBe('warn');
    }
  });
});
