/**
 * A hostile local checkout scanned with `product-health scan PATH`: links leading out of it (files
 * and folders, at any depth), FIFOs named like the files the scan reads, huge files, a git
 * configuration that makes git wait forever. The scan finishes, reads nothing outside the checkout
 * and no more than its caps, and says what it skipped.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/collect/limit-text.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import type { Report } from '../../src/report/report.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { createLocalSource, type LocalSourceOptions } from '../../src/sources/local/local-source.js';
import { createGitRepo, type GitRepo } from '../helpers/git-fixture.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { recordFigure } from './record-figure.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const SECRET = 'SECRET-OUTSIDE-THE-CHECKOUT';
const COMMAND = 'npx vitest run test/reliability/hostile-checkout.test.ts';
/** A hang fails the test instead of freezing the run. */
const HANG_TIMEOUT = 15_000;

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function repository(files: Record<string, string>): GitRepo {
  const repo = createGitRepo({ commits: [{ date: '2026-11-01T10:00:00Z', files }] });
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** A folder outside every checkout, holding `files`. */
function outsideFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ph-outside-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Replaces `path` in the work tree by a FIFO; a reader left blocked on it is released afterwards. */
function fifo(dir: string, path: string): void {
  const target = join(dir, path);
  rmSync(target, { force: true });
  mkdirSync(join(target, '..'), { recursive: true });
  execFileSync('mkfifo', [target]);
  cleanups.push(() => {
    // Opening the write end lets a reader stuck in open() go; with no reader it fails at once.
    try {
      closeSync(openSync(target, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {}
  });
}

function link(dir: string, path: string, target: string): void {
  rmSync(join(dir, path), { recursive: true, force: true });
  mkdirSync(join(dir, path, '..'), { recursive: true });
  symlinkSync(target, join(dir, path));
}

function scan(dir: string, options: LocalSourceOptions = {}): Promise<Report> {
  return scanRepository(createLocalSource(dir, options), { now: NOW });
}

function collect(dir: string, options: LocalSourceOptions = {}) {
  return createLocalSource(dir, options).collect({ now: NOW, config: DEFAULT_CONFIG });
}

/** Bytes this process read through read(2) so far (Linux), null elsewhere. */
function bytesRead(): number | null {
  if (!existsSync('/proc/self/io')) return null;
  const match = /^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return match ? Number(match[1]) : null;
}

const README = '# Mon produit\n\nUn service public numérique.\n';

describe('a hostile local checkout', () => {
  it('follows no link leading outside the checkout, at any depth, and says what it skipped', async () => {
    const outside = outsideFolder({
      'config.yml': 'language: en\n',
      '.github/product-health.yml': 'language: en\n',
      'docs/vision.md': `# Vision\n\n${SECRET}\n`,
      'README.md': `# ${SECRET}\n`,
    });
    let followed = 0;
    let skippedSaid = 0;
    const cases: Array<(dir: string) => void> = [
      (dir) => link(dir, '.github/product-health.yml', join(outside, 'config.yml')),
      (dir) => link(dir, '.github', join(outside, '.github')),
      (dir) => link(dir, 'README.md', join(outside, 'README.md')),
      (dir) => link(dir, 'README.md', join(outside, 'docs')),
      (dir) => link(dir, 'docs', join(outside, 'docs')),
      (dir) =>
        link(dir, 'docs/vision.md', join('..', '..', outside.split('/').pop() as string, 'docs/vision.md')),
    ];
    for (const make of cases) {
      const repo = repository({
        'README.md': README,
        'docs/vision.md': '# Vision\n',
        '.github/product-health.yml': 'language: fr\n',
      });
      make(repo.dir);
      const report = await scan(repo.dir);
      const snapshot = await collect(repo.dir);
      const texts = JSON.stringify(snapshot.contents);
      if (report.language === 'en' || texts.includes(SECRET)) followed += 1;
      const skipped = Object.entries(snapshot.contents).filter(
        ([, part]) => !part.available && /outside the checkout/.test(part.detail),
      );
      const configSkipped = report.configProblems.filter((problem) =>
        /outside the checkout/.test(problem.message),
      );
      if (skipped.length + configSkipped.length > 0) skippedSaid += 1;
      for (const [, part] of skipped)
        expect(part).toMatchObject({ available: false, reason: 'no-permission' });
      expect(JSON.stringify(report)).not.toContain(SECRET);
    }
    expect(followed).toBe(0);
    expect(skippedSaid).toBe(cases.length);
    recordFigure({
      area: 'hostile input',
      tried: 'local checkout: links leading outside it (configuration, `.github/`, README, `docs/`, nested)',
      figures: { cases: cases.length, followed, skippedAndSaid: skippedSaid },
      command: `${COMMAND} -t "follows no link"`,
    });
  });

  it(
    'finishes when the configuration or a document is a FIFO, and says it was skipped',
    async () => {
      const repo = repository({
        'README.md': README,
        'docs/vision.md': '# Vision\n',
        '.github/product-health.yml': 'language: en\n',
      });
      fifo(repo.dir, 'README.md');
      fifo(repo.dir, 'docs/vision.md');
      fifo(repo.dir, '.github/product-health.yml');
      const started = performance.now();
      const report = await scan(repo.dir);
      const snapshot = await collect(repo.dir);
      const ms = Math.round(performance.now() - started);

      expect(report.configProblems.map((problem) => problem.message).join('\n')).toMatch(/FIFO/);
      expect(report.language).toBe('fr');
      for (const path of ['README.md', 'docs/vision.md']) {
        expect(snapshot.contents[path]).toMatchObject({ available: false, reason: 'no-permission' });
        expect(snapshot.contents[path]?.available === false && snapshot.contents[path].detail).toMatch(
          /FIFO/,
        );
      }
      const vision = report.signals.find((signal) => signal.id === 'vision');
      expect(vision?.status).toBe('unknown');
      recordFigure({
        area: 'hostile input',
        tried: 'local checkout: FIFOs named `README.md`, `docs/vision.md` and `.github/product-health.yml`',
        figures: { fifos: 3, opened: 0, hangs: 0, scanMs: ms },
        command: `${COMMAND} -t "is a FIFO"`,
      });
    },
    HANG_TIMEOUT,
  );

  it('reads a 5 MB configuration and a 20 MB README only up to the caps', async () => {
    const repo = repository({ 'README.md': README });
    mkdirSync(join(repo.dir, '.github'));
    writeFileSync(join(repo.dir, '.github/product-health.yml'), `language: en\n# ${'x'.repeat(5_000_000)}\n`);
    writeFileSync(
      join(repo.dir, 'README.md'),
      `# Mon produit\n\n${'Un service public. '.repeat(1_100_000)}\n`,
    );

    const before = bytesRead();
    const report = await scan(repo.dir);
    const after = bytesRead();
    const snapshot = await collect(repo.dir);

    expect(report.configProblems.map((problem) => problem.message).join('\n')).toMatch(/larger than 64 KiB/);
    const readme = snapshot.contents['README.md'];
    expect(readme?.available && readme.value.truncated).toBe(true);
    expect(readme?.available && Buffer.byteLength(readme.value.text)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    const read = before === null || after === null ? null : after - before;
    // Both files are 25 MB; the caps let the scan read well under one.
    if (read !== null) expect(read).toBeLessThan(2 * 1024 * 1024);
    recordFigure({
      area: 'hostile input',
      tried: 'local checkout: 5 MB configuration and 20 MB README',
      figures: { fileBytes: 25_000_000, ...(read === null ? {} : { bytesReadByScan: read }) },
      command: `${COMMAND} -t "only up to the caps"`,
    });
  });

  it(
    'stops git when the checkout’s git configuration makes it wait, and says so',
    async () => {
      const repo = repository({ 'README.md': README });
      fifo(repo.dir, 'wait-here');
      writeFileSync(join(repo.dir, '.git/config'), '[include]\n\tpath = ../wait-here\n', { flag: 'a' });

      const started = performance.now();
      const report = await scan(repo.dir, { git: { timeoutMs: 1_000 } });
      const ms = Math.round(performance.now() - started);

      const unavailable = report.unavailable.map((part) => `${part.part}: ${part.detail}`).join('\n');
      expect(unavailable).toMatch(/did not finish within 1 s/);
      recordFigure({
        area: 'hostile input',
        tried: 'local checkout: `.git/config` including a FIFO (git waits forever), git stopped after 1 s',
        figures: { hangs: 0, scanMs: ms },
        command: `${COMMAND} -t "stops git"`,
      });
    },
    HANG_TIMEOUT,
  );

  it('prints no control character of README headings and file names to the terminal', async () => {
    const sequences = [
      '\x1b]0;retitled\x07',
      '\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\',
      '\x1b[2J\x1b[H',
      '\r\x1b[1A\x1b[2K',
      '\x9b31m\x9d0;t\x9c',
      '\x00\x07\x08\x7f',
    ];
    const files: Record<string, string> = {
      'README.md': sequences.map((sequence) => `## Vision ${sequence}\n\nTexte ${sequence}\n`).join('\n'),
      '.github/product-health.yml': `product: ${JSON.stringify(sequences.join(''))}\n`,
    };
    sequences.forEach((sequence, index) => {
      // A file name holds anything but NUL and the slash.
      const name = sequence.replace(/[\0/]/g, '');
      files[`docs/vision-${index}-${name}.md`] = `# Vision ${sequence}\n`;
      files[`.github/workflows/ci-${index}-${name}.yml`] = 'on: push\njobs: {}\n';
    });
    const repo = repository(files);
    let runs = 0;
    let controlCharacters = 0;
    for (const format of ['text', 'markdown', 'json']) {
      const run = await runCliCapture(['scan', repo.dir, '--format', format], {
        cwd: repo.dir,
        now: NOW.toISOString(),
      });
      expect(run.code, run.stderr).toBe(0);
      runs += 1;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it counts
      controlCharacters += (`${run.stdout}${run.stderr}`.match(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g) ?? [])
        .length;
    }
    expect(controlCharacters).toBe(0);
    recordFigure({
      area: 'hostile input',
      tried:
        'local checkout: README headings, file names and product name with OSC, CSI, C1, CR and C0, printed by `scan` (text, Markdown, JSON)',
      figures: { sequences: sequences.length, runs, controlCharacters },
      command: `${COMMAND} -t "prints no control character"`,
    });
  });
});
