import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { SIGNAL_IDS } from '../../src/model/ids.js';
import { createGitRepo, type GitRepo } from '../helpers/git-fixture.js';
import { productRepoSpec } from '../helpers/product-repo.js';
import { validateReport } from '../helpers/report-schema.js';
import { capturingIo, runCliCapture } from '../helpers/run-cli-capture.js';

/** The steps' heading counts its steps. */
const STEPS_HEADING = /La prochaine étape|Les \d prochaines étapes/;

const NOW = '2026-11-22T12:00:00Z';

function cli(args: string[], cwd = process.cwd()) {
  return runCliCapture(args, { cwd, now: NOW });
}

describe('product-health scan', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = createGitRepo(productRepoSpec(NOW));
  });
  afterAll(() => repo.cleanup());

  it('prints a JSON report that validates against the schema and lists all nine signals', async () => {
    const { code, stdout, stderr } = await cli(['scan', repo.dir, '--format', 'json', '--now', NOW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.signals.map((s: { id: string }) => s.id).sort()).toEqual([...SIGNAL_IDS].sort());
    for (const signal of report.signals)
      expect(signal.status).toMatch(/^(pass|warn|fail|not-applicable|unknown)$/);
    expect(report.generatedAt).toBe(new Date(NOW).toISOString());
    expect(report.repository.source).toBe('local');
  });

  it('marks feedback handling unknown offline, with its reason, never failed', async () => {
    const report = JSON.parse((await cli(['scan', repo.dir, '--format', 'json', '--now', NOW])).stdout);
    const feedback = report.signals.find((s: { id: string }) => s.id === 'feedback-handling');
    expect(feedback.status).toBe('unknown');
    expect(feedback.score).toBeNull();
    expect(feedback.measured).toMatch(/hors ligne/);
    expect(report.unavailable.map((u: { part: string }) => u.part)).toContain('issues');
  });

  it('prints the text report in colour and wrapped on a terminal, plain when piped or with NO_COLOR', async () => {
    const onTerminal = async (env: Record<string, string>, stream?: { isTTY: boolean; columns: number }) => {
      const { io, out } = capturingIo({ cwd: repo.dir, now: NOW, env });
      const code = await runCli(['scan', '.', '--now', NOW], { ...io, stdoutStream: stream });
      expect(code).toBe(0);
      return out.stdout;
    };
    const tty = { isTTY: true, columns: 60 };
    const coloured = await onTerminal({}, tty);
    expect(coloured).toContain('\x1b[');
    for (const line of stripVTControlCharacters(coloured).split('\n'))
      expect(line.length).toBeLessThanOrEqual(60);
    const plain = stripVTControlCharacters(coloured);
    // The next steps, then the grade, come last.
    expect(plain.search(STEPS_HEADING)).toBeGreaterThan(plain.lastIndexOf('  ['));
    expect(plain.lastIndexOf('Note globale')).toBeGreaterThan(plain.search(STEPS_HEADING));
    expect(await onTerminal({ NO_COLOR: '1' }, tty)).toBe(stripVTControlCharacters(coloured));
    const piped = await onTerminal({});
    expect(piped).not.toContain('\x1b[');
    expect(piped.split('\n').some((line) => line.length > 60)).toBe(true);
  });

  it('judges the product documents it finds in the checkout', async () => {
    const report = JSON.parse(
      (await cli(['scan', repo.dir, '--format', 'json', '--now', NOW, '--lang', 'en'])).stdout,
    );
    const byId = Object.fromEntries(report.signals.map((s: { id: string }) => [s.id, s]));
    expect(byId.vision.status).toBe('pass');
    expect(byId.vision.evidence.map((e: { ref: string }) => e.ref).join(' ')).toContain(
      'docs/produit/vision.md',
    );
    expect(byId['team-continuity'].status).toBe('pass');
    expect(byId['deployment-frequency'].source).toMatch(/paas|push/i);
    expect(report.score).toBeGreaterThan(0);
  });

  it('gives byte-identical output for the same input and --now, in every format', async () => {
    for (const format of ['json', 'markdown', 'text']) {
      const first = await cli(['scan', repo.dir, '--format', format, '--now', NOW]);
      const second = await cli(['scan', repo.dir, '--format', format, '--now', NOW]);
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('renders a Markdown report with the pillar table, next steps and how scores are computed', async () => {
    const { stdout } = await cli(['scan', repo.dir, '--format', 'markdown', '--now', NOW]);
    expect(stdout).toMatch(/^# Santé produit — /);
    expect(stdout).toMatch(/\n## (La prochaine étape|Les \d prochaines étapes)\n/);
    expect(stdout).toContain('| Une équipe pluridisciplinaire et autonome |');
    expect(stdout).toContain('<summary>Comment les notes sont calculées</summary>');
    const english = await cli(['scan', repo.dir, '--format', 'markdown', '--now', NOW, '--lang', 'en']);
    expect(english.stdout).toMatch(/^# Product health — /);
    expect(english.stdout).toContain('<summary>How grades are computed</summary>');
  });

  it('writes the report to --output', async () => {
    const output = join(repo.dir, 'report.txt');
    const { code, stdout } = await cli(['scan', '.', '--output', 'report.txt', '--now', NOW], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toMatch(/^Santé produit/);
  });
});

describe('product-health scan with a broken configuration', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = createGitRepo({
      commits: [
        {
          files: { '.github/product-health.yml': 'language: en\nwindowDays: many\n' },
          date: '2026-11-01T00:00:00Z',
        },
      ],
    });
  });
  afterAll(() => repo.cleanup());

  it('runs with defaults for the bad key and shows the problem with its key and line', async () => {
    const { code, stdout } = await cli(['scan', repo.dir, '--format', 'json', '--now', NOW]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.language).toBe('en');
    expect(report.window.days).toBe(90);
    expect(report.configProblems).toEqual([
      {
        file: '.github/product-health.yml',
        key: 'windowDays',
        line: 2,
        message: 'must be integer (default used)',
      },
    ]);
    const markdown = (await cli(['scan', repo.dir, '--format', 'markdown', '--now', NOW])).stdout;
    expect(markdown).toContain(
      '`.github/product-health.yml` (line 2), `windowDays`: must be integer (default used)',
    );
  });

  it('reads --config instead of the repository file', async () => {
    const config = join(repo.dir, 'other.yml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(config, 'language: fr\n');
    const report = JSON.parse(
      (await cli(['scan', repo.dir, '--config', config, '--format', 'json', '--now', NOW])).stdout,
    );
    expect(report.language).toBe('fr');
    expect(report.configProblems).toEqual([]);
  });
});

describe('product-health usage errors', () => {
  it.each([
    [['scan', '.', '--format', 'pdf'], /--format/],
    [['scan', '.', '--lang', 'de'], /--lang/],
    [['scan', '.', '--window-days', '3'], /between 7 and 730/],
    [['scan', '.', '--now', 'yesterday'], /ISO 8601/],
    [['scan', '/definitely/not/here'], /is neither a folder nor OWNER\/REPO/],
    [['scan', '.', '--config', '/no/such/file.yml'], /--config/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a helpful message for %j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses a --config that is a FIFO or a device instead of waiting or reading forever (exit 2)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ph-config-flag-'));
    const fifo = join(folder, 'config.yml');
    execFileSync('mkfifo', [fifo]);
    try {
      for (const config of [fifo, '/dev/zero']) {
        const { code, stderr } = await cli(['scan', '.', '--config', config, '--now', NOW]);
        expect(code).toBe(2);
        expect(stderr).toMatch(/not a regular file.*--config/);
      }
    } finally {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {}
      rmSync(folder, { recursive: true, force: true });
    }
  }, 15_000);

  it('exits 0 for --help and --version', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 1 when the scan itself fails', async () => {
    const { code, stderr } = await cli(['scan', '.', '--output', '/no/such/folder/report.txt', '--now', NOW]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/failed/);
  });
});
