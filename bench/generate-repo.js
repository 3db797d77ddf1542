// Builds a big synthetic repository for the local-scan bench with one `git fast-import` stream:
// 10,000 commits over 3 years by 12 authors (merges of topic branches included), 2,000 tags
// (half annotated), 1,000 source files, a few product documents and a Procfile.
// Usage: node bench/generate-repo.js [directory]   (default: .bench/repo-10k)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const END_DATE = new Date('2025-01-01T00:00:00Z');
const YEAR_SECONDS = 365 * 86_400;

const DEFAULTS = { commits: 10_000, tags: 2_000, authors: 12, sourceFiles: 1_000, years: 3 };

const DOCUMENTS = {
  'README.md': '# Produit de test\n\n## Vision\n\nAider les usagers à faire une démarche.\n',
  'docs/vision.md': '# Vision\n\nPour les agents publics qui…\n',
  'docs/roadmap.md': '# Feuille de route\n\n## Trimestre en cours\n',
  'STATS.md': '# Indicateurs\n\n- Nombre de démarches : 1 200 / mois (cible 2 000)\n',
  Procfile: 'web: npm start\n',
  '.github/workflows/ci.yml': 'name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
  '.github/ISSUE_TEMPLATE/feedback.md': '---\nname: Retour utilisateur\nlabels: feedback\n---\n',
};

function git(dir, args, input) {
  const result = spawnSync('git', ['-C', dir, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Generates the repository unless `directory` already holds a complete one; returns its path. */
export async function generateRepo(directory = '.bench/repo-10k', options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const dir = resolve(directory);
  const marker = resolve(dir, '.git', 'bench-complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '--initial-branch=main']);

  const child = spawn('git', ['-C', dir, 'fast-import', '--quiet', '--done'], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const finished = new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`fast-import: ${code}`))));
  });
  const write = (text) =>
    child.stdin.write(text) ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r));

  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const authors = Array.from(
    { length: settings.authors },
    (_, i) => `Dev ${i + 1} <dev${i + 1}@example.org>`,
  );
  const start = Math.floor(END_DATE.getTime() / 1000) - settings.years * YEAR_SECONDS;
  const step = (settings.years * YEAR_SECONDS) / settings.commits;
  const timeOf = (index) => Math.floor(start + index * step);
  const sourcePath = (k) => `src/pkg-${k % 50}/module-${k}.js`;

  let mark = 0;
  let mainMark = 0;
  const marksByIndex = [];
  for (let index = 0; index < settings.commits; index++) {
    // Every 25th commit merges a topic commit made just before it.
    const isTopic = index % 25 === 23;
    const isMerge = index % 25 === 24 && index > 0;
    const author = authors[(index * 7) % authors.length];
    const time = timeOf(index);
    let body = `commit ${isTopic ? 'refs/heads/topic' : 'refs/heads/main'}\nmark :${++mark}\n`;
    body += `author ${author} ${time} +0000\ncommitter ${author} ${time} +0000\n`;
    body += data(isMerge ? `Merge topic ${index}` : `Change ${index}`);
    if (mainMark > 0) body += `from :${mainMark}\n`;
    if (isMerge) body += `merge :${mark - 1}\n`;
    if (index === 0) {
      for (const [path, text] of Object.entries(DOCUMENTS)) body += `M 100644 inline ${path}\n${data(text)}`;
      for (let k = 0; k < settings.sourceFiles; k++) {
        body += `M 100644 inline ${sourcePath(k)}\n${data(`export const v${k} = 0;\n`)}`;
      }
    } else if (!isMerge) {
      const k = (index * 31) % settings.sourceFiles;
      body += `M 100644 inline ${sourcePath(k)}\n${data(`export const v${k} = ${index};\n`)}`;
      if (index === settings.commits - 300) {
        body += `M 100644 inline docs/roadmap.md\n${data(`${DOCUMENTS['docs/roadmap.md']}\n- étape ${index}\n`)}`;
      }
    }
    await write(body);
    if (!isTopic) mainMark = mark;
    marksByIndex.push(isTopic ? null : mark);
  }

  const every = Math.max(1, Math.floor(settings.commits / settings.tags));
  let tagCount = 0;
  for (let index = 0; index < settings.commits && tagCount < settings.tags; index += every) {
    const target = marksByIndex[index] ?? marksByIndex[index + 1];
    const name = `v${Math.floor(tagCount / 100)}.${tagCount % 100}.0`;
    if (tagCount % 2 === 0) {
      const time = timeOf(index) + 3600;
      await write(
        `tag ${name}\nfrom :${target}\ntagger Release Bot <release@example.org> ${time} +0000\n${data(name)}`,
      );
    } else {
      await write(`reset refs/tags/${name}\nfrom :${target}\n\n`);
    }
    tagCount++;
  }
  await write('done\n');
  child.stdin.end();
  await finished;

  git(dir, ['checkout', '-q', '-f', 'main']);
  writeFileSync(marker, new Date().toISOString());
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const dir = await generateRepo(process.argv[2]);
  console.log(`${dir} ready in ${Math.round(performance.now() - started)} ms`);
}
