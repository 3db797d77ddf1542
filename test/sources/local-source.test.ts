import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { isBotAuthor } from '../../src/model/bots.js';
import type { Part } from '../../src/model/part.js';
import type { FileContent, RawSnapshot } from '../../src/model/raw-snapshot.js';
import { createLocalSource, parseGitHubRemote } from '../../src/sources/local/local-source.js';
import { createGitRepo, createTempFolder, type GitRepo } from '../helpers/git-fixture.js';

const NOW = new Date('2024-06-30T00:00:00Z');
const config = { ...DEFAULT_CONFIG, windowDays: 90 };
const ADA = { name: 'Ada Lovelace', email: 'ada@example.org' };
const BOB = { name: 'Bob', email: 'bob@example.org' };
const DEPENDABOT = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
const RENOVATE = { name: 'Renovate Bot', email: '29139614+renovate[bot]@users.noreply.github.com' };
const BIG_TEXT = `a${'é'.repeat(150_000)}`;

function value<T>(part: Part<T>): T {
  if (!part.available) throw new Error(`unavailable: ${part.reason} ${part.detail}`);
  return part.value;
}

function content(snapshot: RawSnapshot, path: string): Part<FileContent> {
  const part = snapshot.contents[path];
  if (!part) throw new Error(`${path} was not read; read: ${Object.keys(snapshot.contents).join(', ')}`);
  return part;
}

describe('local source on a git repository', () => {
  let repo: GitRepo;
  let outside: string;
  let snapshot: RawSnapshot;

  beforeAll(async () => {
    repo = createGitRepo({
      commits: [
        {
          date: '2023-01-10T10:00:00Z',
          author: ADA,
          files: {
            'README.md': '# Mon produit\n',
            '.gitignore': 'ignored.log\nbuild/\n',
            Procfile: 'web: npm start\n',
            'docs/roadmap.md': '# Feuille de route\n',
            '.github/workflows/big.yml': BIG_TEXT,
          },
        },
        // Author date before the window, committed (rebased) inside it: not in the window.
        {
          date: '2024-03-01T10:00:00Z',
          committerDate: '2024-04-20T10:00:00Z',
          author: BOB,
          files: { 'src/a.ts': 'a' },
        },
        {
          date: '2024-05-01T10:00:00Z',
          author: ADA,
          files: {
            'docs/roadmap.md': '# Feuille de route\n\n## T3\n',
            '.github/workflows/ci.yml': 'on: push\n',
            '.github/ISSUE_TEMPLATE/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
          },
        },
        {
          branch: 'feature',
          date: '2024-05-10T10:00:00Z',
          author: DEPENDABOT,
          files: { 'package.json': '{}' },
        },
        { date: '2024-05-12T10:00:00Z', author: BOB, files: { 'src/index.ts': 'export {};' } },
        { merge: 'feature', date: '2024-05-15T10:00:00Z', author: ADA },
        { date: '2024-06-01T10:00:00Z', author: RENOVATE, files: { 'docs/vision.md': '# Vision\n' } },
      ],
      tags: [
        { name: 'v0.1', at: 0 },
        { name: 'v0.9', at: 2 },
        { name: 'v1.0', at: 4, annotated: true, date: '2024-06-15T00:00:00Z' },
      ],
      files: {
        'SUPPORT.md': '# Support\n',
        'ignored.log': 'noise',
        'build/out.js': 'noise',
        '.github/product-health.yml': 'language: en\n',
      },
      origin: { url: 'git@github.com:betagouv/mon-produit.git', head: 'develop' },
    });
    outside = mkdtempSync(join(tmpdir(), 'ph-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'secret');
    symlinkSync(join(outside, 'secret.md'), join(repo.dir, 'CONTACT.md'));
    snapshot = await createLocalSource(repo.dir).collect({ now: NOW, config });
  });

  afterAll(() => {
    repo.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('sets now and the window', () => {
    expect(snapshot.now).toBe('2024-06-30T00:00:00.000Z');
    expect(snapshot.window).toEqual({ days: 90, since: '2024-04-01T00:00:00.000Z', until: snapshot.now });
  });

  it('names the repository after its GitHub remote and finds the default branch', () => {
    expect(snapshot.repository).toEqual({
      name: 'betagouv/mon-produit',
      defaultBranch: 'develop',
      url: 'https://github.com/betagouv/mon-produit',
      archived: false,
    });
  });

  it('lists tracked and untracked files, not ignored ones, sorted', () => {
    const files = value(snapshot.files);
    expect(files).toContain('README.md');
    expect(files).toContain('SUPPORT.md');
    expect(files).toContain('src/index.ts');
    expect(files).not.toContain('ignored.log');
    expect(files).not.toContain('build/out.js');
    expect(files).toEqual([...files].sort());
  });

  it('reads selected files with the date of the last commit touching them', () => {
    expect(value(content(snapshot, 'docs/roadmap.md'))).toEqual({
      text: '# Feuille de route\n\n## T3\n',
      lastChangedAt: '2024-05-01T10:00:00.000Z',
      truncated: false,
    });
    expect(value(content(snapshot, 'README.md')).lastChangedAt).toBe('2023-01-10T10:00:00.000Z');
    expect(value(content(snapshot, 'Procfile')).lastChangedAt).toBe('2023-01-10T10:00:00.000Z');
    expect(value(content(snapshot, '.github/workflows/ci.yml')).lastChangedAt).toBe(
      '2024-05-01T10:00:00.000Z',
    );
    expect(value(content(snapshot, 'SUPPORT.md'))).toEqual({
      text: '# Support\n',
      lastChangedAt: null,
      truncated: false,
    });
    expect(snapshot.contents['src/index.ts']).toBeUndefined();
  });

  it('cuts big texts without splitting a character', () => {
    const big = value(content(snapshot, '.github/workflows/big.yml'));
    expect(big.truncated).toBe(true);
    expect(Buffer.byteLength(big.text)).toBeLessThanOrEqual(256 * 1024);
    expect(big.text.length).toBeGreaterThan(100_000);
    expect(big.text).not.toContain('\uFFFD');
  });

  it('does not read binary files nor links leaving the repository', () => {
    expect(content(snapshot, '.github/ISSUE_TEMPLATE/logo.png')).toMatchObject({
      available: false,
      reason: 'too-large',
    });
    expect(content(snapshot, 'CONTACT.md')).toMatchObject({ available: false, reason: 'no-permission' });
  });

  it('lists commits authored inside the window, newest first, with bots and first parents', () => {
    const commits = value(snapshot.commits);
    const shas = repo.shas;
    expect(commits.map((c) => c.sha)).toEqual([shas[6], shas[5], shas[4], shas[3], shas[2]]);
    expect(commits.map((c) => c.date)).toEqual([
      '2024-06-01T10:00:00.000Z',
      '2024-05-15T10:00:00.000Z',
      '2024-05-12T10:00:00.000Z',
      '2024-05-10T10:00:00.000Z',
      '2024-05-01T10:00:00.000Z',
    ]);
    expect(commits.map((c) => c.author.isBot)).toEqual([true, false, false, true, false]);
    expect(commits.map((c) => c.firstParent)).toEqual([true, true, true, false, true]);
    expect(commits[1]?.author).toEqual({ ...ADA, login: null, isBot: false });
  });

  it('dates annotated tags by the tag and lightweight tags by the commit, newest first', () => {
    expect(value(snapshot.tags)).toEqual([
      { name: 'v1.0', date: '2024-06-15T00:00:00.000Z' },
      { name: 'v0.9', date: '2024-05-01T10:00:00.000Z' },
      { name: 'v0.1', date: '2023-01-10T10:00:00.000Z' },
    ]);
  });

  it('leaves GitHub-only parts unavailable as offline', () => {
    for (const part of [
      snapshot.releases,
      snapshot.deployments,
      snapshot.workflowRuns,
      snapshot.issues,
      snapshot.discussionCategories,
    ]) {
      expect(part).toMatchObject({ available: false, reason: 'offline' });
      if (!part.available) expect(part.detail).toMatch(/local checkout/);
    }
  });

  it('reads the configuration file', async () => {
    expect(await createLocalSource(repo.dir).readConfig()).toEqual({
      file: '.github/product-health.yml',
      text: 'language: en\n',
    });
  });

  it('marks history unknown in a shallow clone instead of trusting it', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'ph-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], {
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      });
      const shallow = await createLocalSource(clone).collect({ now: NOW, config });
      expect(shallow.commits).toMatchObject({ available: false, reason: 'not-found' });
      expect(value(content(shallow, 'README.md')).lastChangedAt).toBeNull();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('local source on other folders', () => {
  it('uses the folder name and the current branch without a GitHub remote', async () => {
    const repo = createGitRepo({
      initialBranch: 'trunk',
      commits: [{ date: '2024-06-01T00:00:00Z', files: { 'README.md': 'x' } }],
      origin: { url: 'https://gitlab.com/group/project.git' },
    });
    try {
      const snapshot = await createLocalSource(repo.dir).collect({ now: NOW, config });
      expect(snapshot.repository).toEqual({
        name: basename(repo.dir),
        defaultBranch: 'trunk',
        url: null,
        archived: false,
      });
    } finally {
      repo.cleanup();
    }
  });

  it('walks a folder that is not a git repository', async () => {
    const folder = createTempFolder({
      'README.md': '# Hors git\n',
      'docs/roadmap.md': '# Roadmap\n',
      'node_modules/pkg/README.md': 'skipped',
      '.github/product-health.yaml': 'windowDays: 30\n',
    });
    try {
      const source = createLocalSource(folder.dir);
      const snapshot = await source.collect({ now: NOW, config });
      expect(value(snapshot.files)).toEqual(['.github/product-health.yaml', 'README.md', 'docs/roadmap.md']);
      expect(value(content(snapshot, 'README.md'))).toEqual({
        text: '# Hors git\n',
        lastChangedAt: null,
        truncated: false,
      });
      expect(snapshot.commits).toMatchObject({ available: false, reason: 'not-a-git-repository' });
      expect(snapshot.tags).toMatchObject({ available: false, reason: 'not-a-git-repository' });
      expect(snapshot.repository).toEqual({
        name: basename(folder.dir),
        defaultBranch: null,
        url: null,
        archived: false,
      });
      expect(await source.readConfig()).toEqual({
        file: '.github/product-health.yaml',
        text: 'windowDays: 30\n',
      });
    } finally {
      folder.cleanup();
    }
  });

  it('reads an empty repository: commits unavailable as for an empty GitHub repository, no tags', async () => {
    const repo = createGitRepo({ files: { 'README.md': '# Nouveau\n' } });
    try {
      const source = createLocalSource(repo.dir);
      const snapshot = await source.collect({ now: NOW, config });
      expect(snapshot.commits).toMatchObject({ available: false, reason: 'empty-repository' });
      expect(snapshot.tags).toEqual({ available: true, value: [] });
      expect(value(snapshot.files)).toEqual(['README.md']);
      expect(value(content(snapshot, 'README.md')).lastChangedAt).toBeNull();
      expect(snapshot.repository.defaultBranch).toBe('main');
      expect(await source.readConfig()).toBeNull();
    } finally {
      repo.cleanup();
    }
  });

  it('never throws when the folder is missing or git is not installed', async () => {
    const missing = await createLocalSource(join(tmpdir(), 'ph-does-not-exist-42')).collect({
      now: NOW,
      config,
    });
    expect(missing.files).toMatchObject({ available: false, reason: 'not-found' });
    expect(missing.commits.available).toBe(false);

    const repo = createGitRepo({ commits: [{ files: { 'README.md': 'x' } }] });
    const path = process.env.PATH;
    process.env.PATH = join(repo.dir, 'no-bin');
    try {
      const snapshot = await createLocalSource(repo.dir).collect({ now: NOW, config });
      expect(snapshot.commits).toMatchObject({ available: false, reason: 'api-fault' });
      if (!snapshot.commits.available) expect(snapshot.commits.detail).toMatch(/git is not installed/);
      expect(value(snapshot.files)).toContain('README.md');
    } finally {
      process.env.PATH = path;
      repo.cleanup();
    }
  });

  it('stops a git command that prints more than the scan reads, and says so', async () => {
    const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`src/file-${i}.ts`, 'x']));
    const repo = createGitRepo({
      commits: [{ date: '2024-06-01T10:00:00Z', files: { 'README.md': '# Hi\n', ...files } }],
    });
    try {
      const snapshot = await createLocalSource(repo.dir, { git: { maxOutputBytes: 200 } }).collect({
        now: NOW,
        config,
      });
      expect(snapshot.files).toMatchObject({ available: false, reason: 'api-fault' });
      if (!snapshot.files.available)
        expect(snapshot.files.detail).toMatch(/git ls-files printed more than this scan reads/);
      expect(value(snapshot.commits)).toHaveLength(1);
    } finally {
      repo.cleanup();
    }
  });
});

describe('helpers', () => {
  it('parses GitHub remote URLs', () => {
    expect(parseGitHubRemote('https://github.com/betagouv/site.git')).toBe('betagouv/site');
    expect(parseGitHubRemote('https://x-access-token:abc@github.com/o/r')).toBe('o/r');
    expect(parseGitHubRemote('ssh://git@github.com/o/r.js.git')).toBe('o/r.js');
    expect(parseGitHubRemote('git@github.com:o/r.git')).toBe('o/r');
    expect(parseGitHubRemote('git@gitlab.com:o/r.git')).toBeNull();
    expect(parseGitHubRemote('https://github.com.evil.org/o/r')).toBeNull();
  });

  it('recognises bots', () => {
    expect(isBotAuthor('dependabot[bot]', null)).toBe(true);
    expect(isBotAuthor('github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com')).toBe(
      true,
    );
    expect(isBotAuthor('Renovate Bot', 'bot@renovateapp.com')).toBe(true);
    expect(isBotAuthor('Ada Abbot', 'ada.abbot@example.org')).toBe(false);
    expect(isBotAuthor('renovate', null)).toBe(true);
    expect(isBotAuthor('Ada', 'ada@example.org')).toBe(false);
  });
});
