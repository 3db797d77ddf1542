import { afterEach, describe, expect, it } from 'vitest';
import type { Report, SignalReport } from '../../src/report/report.js';
import { createGitRepo, createTempFolder, type GitRepo, type TempFolder } from '../helpers/git-fixture.js';
import { EARLY_BODY, FULL_BODY, recordText } from '../helpers/product-record-fixtures.js';
import { validateReport } from '../helpers/report-schema.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';

const NOW = '2026-09-01T12:00:00Z';
const README = `# Passerelle Cantine

Le code du service Passerelle Cantine.

Fiche produit : [beta.gouv.fr](https://beta.gouv.fr/startups/passerelle-cantine.html)
`;

const cleanups: Array<GitRepo | TempFolder> = [];
afterEach(() => {
  for (const item of cleanups.splice(0)) item.cleanup();
});

function productRepo(readme = README, config?: string): GitRepo {
  const repo = createGitRepo({
    commits: [
      {
        files: { 'README.md': readme, ...(config ? { '.github/product-health.yml': config } : {}) },
        date: '2026-08-20T10:00:00Z',
      },
    ],
  });
  cleanups.push(repo);
  return repo;
}

function recordsCheckout(versions: Array<{ date: string; files: Record<string, string> }>): GitRepo {
  const repo = createGitRepo({
    initialBranch: 'master',
    commits: versions.map((version) => ({ files: version.files, date: version.date })),
  });
  cleanups.push(repo);
  return repo;
}

async function scan(target: string, ...extra: string[]): Promise<Report> {
  const result = await runCliCapture(['scan', target, '--format', 'json', '--now', NOW, ...extra], {
    now: NOW,
    cwd: target,
  });
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

function signal(report: Report, id: string): SignalReport {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
}

const RECORD = 'content/_startups/passerelle-cantine.md';

describe('the product record, offline (--betagouv-dir)', () => {
  it('reads the record the README links to: vision, indicators, contact and phase', async () => {
    const repo = productRepo();
    const records = recordsCheckout([
      {
        date: '2026-05-01T10:00:00Z',
        files: { [RECORD]: recordText({ statsUrl: 'https://cantine.example.fr/stats' }) },
      },
    ]);
    const without = await scan(repo.dir);
    const report = await scan(repo.dir, '--betagouv-dir', records.dir);

    expect(report.context?.record).toMatchObject({
      id: 'passerelle-cantine',
      identifiedBy: 'readme',
      status: 'found',
      path: RECORD,
    });
    expect(report.context?.phase).toMatchObject({
      phase: 'acceleration',
      source: 'record',
      since: '2025-02-01',
    });
    expect(report.context?.record?.text).toContain('Dernier comité d’investissement : 2025-01-20.');
    expect(signal(without, 'vision').status).not.toBe('pass');
    expect(signal(report, 'vision')).toMatchObject({ status: 'pass' });
    expect(signal(report, 'vision').evidence).toContainEqual(
      expect.objectContaining({ kind: 'url', ref: 'https://beta.gouv.fr/startups/passerelle-cantine.html' }),
    );
    // The record (2026-05-01) and the README's lead (2026-08-20) are both vision documents.
    expect(signal(report, 'vision').metrics.lastChangedAt).toBe('2026-08-20T10:00:00.000Z');
    expect(signal(report, 'indicators').status).toBe('pass');
    expect(signal(report, 'indicators').metrics.linkedUrls).toContain('https://cantine.example.fr/stats');
    expect(signal(without, 'feedback-channel').status).toBe('fail');
    expect(signal(report, 'feedback-channel')).toMatchObject({ status: 'warn' });
    expect(signal(report, 'feedback-channel').measured).toContain(
      'equipe@passerelle-cantine.example.gouv.fr',
    );
    expect(report.context?.adjustments).toContainEqual(
      expect.objectContaining({ signal: 'feedback-channel', from: 'fail', to: 'warn', because: 'record' }),
    );
  });

  it('shows the context in the Markdown report: the record, the phase and what it changed', async () => {
    const repo = productRepo();
    const records = recordsCheckout([{ date: '2026-05-01T10:00:00Z', files: { [RECORD]: recordText({}) } }]);
    const result = await runCliCapture(
      ['scan', repo.dir, '--format', 'markdown', '--now', NOW, '--betagouv-dir', records.dir],
      { now: NOW, cwd: repo.dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('**Contexte du produit**');
    expect(result.stdout).toMatch(
      /- Phase\s:\saccélération \(fiche beta\.gouv\.fr, depuis le 2025-02-01\)\. En accélération/,
    );
    expect(result.stdout).toMatch(/\(feedback-channel\s:\sfail → warn\)/);
  });

  it('says "linked, not verified" without a checkout of the records', async () => {
    const report = await scan(productRepo().dir);
    expect(report.context?.record).toMatchObject({ status: 'linked', identifiedBy: 'readme' });
    expect(report.context?.record?.text).toContain('--betagouv-dir');
    expect(report.context?.phase).toBeNull();
  });

  it('reads the record as it was at the scan’s now, and its phase then', async () => {
    const records = recordsCheckout([
      {
        date: '2025-03-01T10:00:00Z',
        files: {
          [RECORD]: recordText({
            phases: [{ name: 'investigation', start: '2025-02-15' }],
            body: EARLY_BODY,
          }),
        },
      },
      { date: '2026-10-01T10:00:00Z', files: { [RECORD]: recordText({}) } },
    ]);
    const report = await scan(productRepo().dir, '--betagouv-dir', records.dir);
    expect(report.context?.phase).toMatchObject({ phase: 'investigation', since: '2025-02-15' });
    expect(signal(report, 'release-cadence')).toMatchObject({ status: 'not-applicable' });
    expect(signal(report, 'release-cadence').measured).toMatch(/investigation/);
    expect(report.context?.phase?.expectations).toMatch(/investigation/i);
  });

  it('finds a renamed record by its redirect_from', async () => {
    const readme = README.replace('passerelle-cantine.html', 'ancien-nom.html');
    const records = recordsCheckout([
      {
        date: '2026-05-01T10:00:00Z',
        files: { [RECORD]: recordText({ extra: 'redirect_from:\n  - /startups/ancien-nom' }) },
      },
    ]);
    const report = await scan(productRepo(readme).dir, '--betagouv-dir', records.dir);
    expect(report.context?.record).toMatchObject({ id: 'ancien-nom', status: 'found', path: RECORD });
    expect(report.context?.record?.text).toContain(`renommée depuis : \`${RECORD}\``);
    expect(signal(report, 'vision').status).toBe('pass');
  });

  it('bad input: an unknown id, a broken record, a record that is not Markdown — said, and the rest stands', async () => {
    const records = recordsCheckout([
      {
        date: '2026-05-01T10:00:00Z',
        files: {
          'content/_startups/cassee.md': '---\ntitle: [oops\n---\nbody\n',
          'content/_startups/page-html.md': '<html><body>redirect</body></html>\n',
        },
      },
    ]);
    const baseline = await scan(productRepo().dir);
    const cases: Array<[string, string, RegExp]> = [
      ['passerelle-cantine', 'unknown-id', /introuvable/],
      ['cassee', 'broken', /YAML/],
      ['page-html', 'broken', /front matter/],
    ];
    for (const [id, status, text] of cases) {
      const report = await scan(
        productRepo(README, `product:\n  betagouv: ${id}\n`).dir,
        '--betagouv-dir',
        records.dir,
      );
      expect(report.context?.record, id).toMatchObject({ id, identifiedBy: 'config', status });
      expect(report.context?.record?.text, id).toMatch(text);
      expect(
        report.signals.map((s) => [s.id, s.status]),
        id,
      ).toEqual(baseline.signals.map((s) => [s.id, s.status]));
    }
  });

  it('refuses a --betagouv-dir that is not a folder, and a plain folder of records is read too', async () => {
    const repo = productRepo();
    const missing = await runCliCapture(['scan', repo.dir, '--betagouv-dir', '/nonexistent-records'], {
      now: NOW,
    });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--betagouv-dir');
    const folder = createTempFolder({ [RECORD]: recordText({}) });
    cleanups.push(folder);
    const report = await scan(repo.dir, '--betagouv-dir', folder.dir);
    expect(report.context?.record?.status).toBe('found');
  });
});

describe('phase-aware expectations', () => {
  const indicatorsWithoutTargets = `${EARLY_BODY}
## Impact

Objectif : que les communes achètent plus local. Nous suivrons le taux d'adoption par les communes et les économies réalisées.
`;

  async function scanInPhase(phase: string | null, body = FULL_BODY) {
    const records = recordsCheckout([
      { date: '2026-05-01T10:00:00Z', files: { [RECORD]: recordText({ body }) } },
    ]);
    const config = phase ? `product:\n  phase: ${phase}\n` : undefined;
    return scan(productRepo(README, config).dir, '--betagouv-dir', records.dir);
  }

  it('investigation (or POC): release cadence and deployment frequency are not expected', async () => {
    const report = await scanInPhase('POC');
    expect(report.context?.phase).toMatchObject({ phase: 'investigation', source: 'config', name: 'POC' });
    expect(signal(report, 'release-cadence').status).toBe('not-applicable');
    expect(signal(report, 'deployment-frequency').status).toBe('not-applicable');
    expect(report.context?.adjustments.map((a) => a.signal)).toEqual(
      expect.arrayContaining(['release-cadence', 'deployment-frequency']),
    );
  });

  it('construction (or MVP): indicators with objectives and kinds pass without targets yet', async () => {
    const report = await scanInPhase('MVP', indicatorsWithoutTargets);
    expect(report.context?.phase?.phase).toBe('construction');
    expect(signal(report, 'indicators')).toMatchObject({ status: 'pass' });
    expect(signal(report, 'indicators').measured).toMatch(/accélération/);
    expect(signal(report, 'release-cadence').status).not.toBe('not-applicable');
  });

  it('acceleration and consolidation: indicators need measurable targets', async () => {
    for (const phase of ['acceleration', 'généralisation']) {
      const report = await scanInPhase(phase, indicatorsWithoutTargets);
      expect(signal(report, 'indicators').status, phase).toBe('warn');
      expect(signal(report, 'indicators').measured, phase).toMatch(/cibles mesurables/);
      const withTargets = await scanInPhase(phase);
      expect(signal(withTargets, 'indicators').status, phase).toBe('pass');
    }
  });

  it('an unknown phase name in the record leaves the default expectations, and says so', async () => {
    const records = recordsCheckout([
      {
        date: '2026-05-01T10:00:00Z',
        files: { [RECORD]: recordText({ phases: [{ name: 'abandon', start: '2026-01-01' }] }) },
      },
    ]);
    const report = await scan(productRepo().dir, '--betagouv-dir', records.dir);
    expect(report.context?.phase).toMatchObject({ phase: null, name: 'abandon', expectations: null });
    expect(report.context?.phase?.text).toMatch(/pas une phase/);
    expect(report.context?.adjustments.filter((a) => a.because === 'phase')).toEqual([]);
  });
});
