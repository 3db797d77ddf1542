// The field evaluation: scans each real repository of bench/field/cases.yml offline, at the
// judged commit, with the case's window and `now`, and compares the statuses with a coach's
// verdicts (see FIELD.md). Prints per case and per signal what was expected and what the scan
// said, then the agreement per signal and overall (on the coach's basis, and on the repository
// alone), the grades and the next steps each repository got.
//   npm run field                  (node bench/field/run-field.js [options])
//   --checkouts DIR   folder holding one clone per case, named like the case's `checkout`
//                     (else $PRODUCT_HEALTH_FIELD_CHECKOUTS, else .field/, else /work/field-checkouts)
//   --cases FILE      the cases file (default bench/field/cases.yml)
//   --only ID         scan only this case (repeatable)
//   --set NAME        scan only the cases of this set: training (tuned on) or held-out (never
//                     used for tuning); agreement is printed per set and overall
//   --markdown        print the summary as Markdown tables (for FIELD.md)
//   --json            print every result as JSON
//   --betagouv-dir DIR  a checkout of betagouv/beta.gouv.fr: each scan reads the case's public
//                     record from it (declared with `product.betagouv`, the id taken from the case's
//                     `publicRecord.path`), as it was at the case's `now` (the scan reads the last
//                     commit before it)
// A missing checkout is reported as skipped and never counts. Exits 1 on errors (bad cases file,
// commit absent from a present checkout, a scan that failed), never on disagreements.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { load as loadYaml } from 'js-yaml';
import {
  CASE_SETS,
  caseSet,
  compareCase,
  formatRatio,
  SIGNAL_IDS,
  summarize,
  summarizeBySet,
  validateCases,
  verdictGrade,
} from './agreement.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin', 'product-health.js');
const BUILT_CLI = join(ROOT, 'dist', 'cli', 'main.js');

const { values: options } = parseArgs({
  options: {
    checkouts: { type: 'string' },
    cases: { type: 'string', default: join(ROOT, 'bench', 'field', 'cases.yml') },
    only: { type: 'string', multiple: true },
    set: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'betagouv-dir': { type: 'string' },
  },
});
const betagouvDir = options['betagouv-dir'] ? resolve(options['betagouv-dir']) : null;
if (betagouvDir && !existsSync(join(betagouvDir, 'content', '_startups'))) {
  fail(`--betagouv-dir ${betagouvDir} has no content/_startups: give a checkout of betagouv/beta.gouv.fr`);
}

const checkoutsDir = resolve(
  options.checkouts ?? process.env.PRODUCT_HEALTH_FIELD_CHECKOUTS ?? defaultCheckouts(),
);
const cases = loadCases(options.cases);
if (!existsSync(BUILT_CLI))
  fail(`${BUILT_CLI} is missing: run \`npm run build\` first (npm run field does).`);
const { gradeOf } = await import(pathToFileURL(join(ROOT, 'dist', 'scoring', 'grade.js')).href);

if (options.set !== undefined && !CASE_SETS.includes(options.set)) {
  fail(`--set ${options.set}: give one of ${CASE_SETS.join(', ')}`);
}
const named = options.only ? cases.filter((entry) => options.only.includes(entry.id)) : cases;
if (options.only && named.length !== options.only.length) {
  fail(`--only: no case named ${options.only.filter((id) => !cases.some((c) => c.id === id)).join(', ')}`);
}
const selected = options.set ? named.filter((entry) => caseSet(entry) === options.set) : named;
if (selected.length === 0) fail(`no case is both named by --only and in the set ${options.set}`);

const results = [];
for (const entry of selected) {
  if (!options.json) process.stderr.write(`${entry.id}: `);
  const result = runCase(entry);
  results.push(result);
  const context = result.record
    ? `, record ${result.record}${result.phase ? `, phase ${result.phase}` : ''}`
    : '';
  if (!options.json)
    process.stderr.write(`${result.state}${result.reason ? ` (${result.reason})` : ''}${context}\n`);
}

if (options.json) console.log(JSON.stringify({ checkouts: checkoutsDir, results }, null, 2));
else if (options.markdown) console.log(renderMarkdown(results));
else console.log(renderText(results));
process.exitCode = results.some((r) => r.state === 'error') ? 1 : 0;

function defaultCheckouts() {
  const local = join(ROOT, '.field');
  return existsSync(local) ? local : '/work/field-checkouts';
}

function loadCases(path) {
  let parsed;
  try {
    parsed = loadYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read the cases file ${path}: ${error.message}`);
  }
  const problems = validateCases(parsed);
  if (problems.length > 0) fail(`the cases file ${path} is not valid:\n  ${problems.join('\n  ')}`);
  return parsed;
}

function fail(message) {
  console.error(`field: ${message}`);
  process.exit(1);
}

function git(cwd, args) {
  return spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The scan's options to read the case's public record: the records' checkout, and a configuration
 * declaring the record's id (these repositories have no configuration of their own; most of their
 * READMEs do not link the record, which a coach knows anyway).
 */
function recordArguments(entry, scratch) {
  const id = /content\/_startups\/(.+)\.md$/.exec(entry.publicRecord?.path ?? '')?.[1];
  if (!id) return ['--betagouv-dir', betagouvDir];
  const config = join(scratch, 'product-health.yml');
  writeFileSync(config, `product:\n  betagouv: ${JSON.stringify(id)}\n`);
  return ['--betagouv-dir', betagouvDir, '--config', config];
}

/** Scans one case in a detached worktree of its checkout at the judged commit. */
function runCase(entry) {
  const base = { id: entry.id, set: caseSet(entry), repository: entry.repository, commit: entry.commit };
  const checkout = join(checkoutsDir, entry.checkout);
  if (!existsSync(join(checkout, '.git'))) {
    return { ...base, state: 'skipped', reason: `no checkout at ${checkout}` };
  }
  if (git(checkout, ['cat-file', '-e', `${entry.commit}^{commit}`]).status !== 0) {
    return {
      ...base,
      state: 'error',
      reason: `commit ${entry.commit} is not in ${checkout}: fetch the repository's history there`,
    };
  }
  const scratch = mkdtempSync(join(tmpdir(), 'product-health-field-'));
  // The scan reports the folder's name as the repository's: keep the checkout's name.
  const tree = join(scratch, entry.checkout);
  try {
    const added = git(checkout, ['worktree', 'add', '--detach', '--no-checkout', tree, entry.commit]);
    if (added.status !== 0)
      return { ...base, state: 'error', reason: `git worktree add: ${added.stderr.trim()}` };
    const indexed = git(tree, ['reset', '-q']);
    if (indexed.status !== 0)
      return { ...base, state: 'error', reason: `git reset: ${indexed.stderr.trim()}` };
    // Mirrors may lack their largest blobs: write every file that can be read, list the others.
    const written = git(tree, ['checkout-index', '--all', '--force']);
    const missingFiles = [...written.stderr.matchAll(/unable to read sha1 file of (.+?) \(/g)].map(
      (m) => m[1],
    );
    if (written.status !== 0 && missingFiles.length === 0) {
      return { ...base, state: 'error', reason: `git checkout-index: ${written.stderr.trim()}` };
    }
    const recordOptions = betagouvDir ? recordArguments(entry, scratch) : [];
    const started = performance.now();
    const scan = spawnSync(
      process.execPath,
      [
        CLI,
        'scan',
        tree,
        '--format',
        'json',
        '--lang',
        'en',
        '--window-days',
        String(entry.windowDays),
        '--now',
        entry.now,
        ...recordOptions,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const scanMs = Math.round(performance.now() - started);
    if (scan.status !== 0) {
      return {
        ...base,
        state: 'error',
        reason: `scan exited ${scan.status}: ${scan.stderr.trim().slice(0, 500)}`,
      };
    }
    const report = JSON.parse(scan.stdout);
    if (
      report.window?.days !== entry.windowDays ||
      Date.parse(report.generatedAt) !== Date.parse(entry.now)
    ) {
      return {
        ...base,
        state: 'error',
        reason: 'the scan did not use the case’s window and now (CLI options changed?)',
      };
    }
    const statuses = Object.fromEntries(report.signals.map((s) => [s.id, s.status]));
    return {
      ...base,
      state: 'scanned',
      scanMs,
      missingFiles,
      grade: report.grade,
      score: report.score,
      record: report.context?.record?.status ?? null,
      phase: report.context?.phase?.name ?? null,
      pillars: report.pillars.map((p) => ({ id: p.id, grade: p.grade, score: p.score })),
      measured: Object.fromEntries(report.signals.map((s) => [s.id, s.measured])),
      nextSteps: report.nextSteps.map((step) => step.signal),
      nextStepAdvice: report.nextSteps.map((step) => step.advice),
      verdictGrades: {
        scan: verdictGrade(statuses, gradeOf),
        coach: verdictGrade(expectedVerdicts(entry, 'expected'), gradeOf),
        repoOnly: verdictGrade(expectedVerdicts(entry, 'repoOnly'), gradeOf),
      },
      coach: compareCase(entry, statuses, 'coach'),
      repoOnly: compareCase(entry, statuses, 'repoOnly'),
    };
  } finally {
    git(checkout, ['worktree', 'remove', '--force', tree]);
    rmSync(scratch, { recursive: true, force: true });
    git(checkout, ['worktree', 'prune']);
  }
}

/** The coach's verdicts of a case on a basis ('expected', or 'repoOnly' falling back to it). */
function expectedVerdicts(entry, basis) {
  return Object.fromEntries(
    Object.entries(entry.signals).map(([id, judged]) => [id, judged[basis] ?? judged.expected]),
  );
}

function scanned(results) {
  return results.filter((r) => r.state === 'scanned');
}

function renderText(results) {
  const lines = [];
  for (const result of results) {
    lines.push('');
    lines.push(`== ${result.id} [${result.set}] (${result.repository} @ ${result.commit.slice(0, 12)})`);
    if (result.state !== 'scanned') {
      lines.push(`   ${result.state.toUpperCase()}: ${result.reason}`);
      continue;
    }
    lines.push(
      `   grade ${result.grade} (${result.score ?? '–'}), ${result.pillars.map((p) => `${p.id} ${p.grade}`).join(', ')}; scan ${result.scanMs} ms` +
        (result.missingFiles.length > 0
          ? `; ${result.missingFiles.length} ${result.missingFiles.length === 1 ? 'file' : 'files'} absent from the mirror`
          : ''),
    );
    lines.push(
      `   ${'signal'.padEnd(22)} ${'coach'.padEnd(22)} ${'got'.padEnd(15)} ${'agree'.padEnd(6)} repo only`,
    );
    result.coach.forEach((row, index) => {
      const repo = result.repoOnly[index];
      const repoText =
        repo.expected.join('|') === row.expected.join('|')
          ? ''
          : `${repo.expected.join('|')} ${mark(repo.agree)}`;
      lines.push(
        `   ${row.signal.padEnd(22)} ${row.expected.join('|').padEnd(22)} ${String(row.got).padEnd(15)} ${mark(row.agree).padEnd(6)} ${repoText}`,
      );
    });
    lines.push(`   next steps: ${result.nextSteps.join(', ') || '(none)'}`);
    lines.push(`   verdict-only grades: ${describeVerdictGrades(result)}`);
  }
  const coach = summarize(scanned(results).map((r) => r.coach));
  const repo = summarize(scanned(results).map((r) => r.repoOnly));
  lines.push('');
  lines.push(`Agreement over ${scanned(results).length} scanned case(s) (coach / repository only):`);
  for (const id of SIGNAL_IDS) {
    lines.push(
      `   ${id.padEnd(22)} ${formatRatio(coach.signals[id]).padEnd(14)} ${formatRatio(repo.signals[id])}`,
    );
  }
  lines.push(
    `   ${'overall'.padEnd(22)} ${formatRatio(coach.overall).padEnd(14)} ${formatRatio(repo.overall)}`,
  );
  for (const [set, tally] of setTallies(results)) {
    lines.push(
      `   ${`set ${set}`.padEnd(22)} ${formatRatio(tally.coach.overall).padEnd(14)} ${formatRatio(tally.repoOnly.overall)}`,
    );
  }
  lines.push(
    `Grades: ${
      scanned(results)
        .map((r) => `${r.id} ${r.grade}`)
        .join(', ') || '–'
    }`,
  );
  lines.push(describeNextSteps(results));
  const skipped = results.filter((r) => r.state === 'skipped');
  const errors = results.filter((r) => r.state === 'error');
  if (skipped.length > 0) lines.push(`Skipped (not counted): ${skipped.map((r) => r.id).join(', ')}`);
  if (errors.length > 0) lines.push(`Errors: ${errors.map((r) => `${r.id}: ${r.reason}`).join('; ')}`);
  return lines.join('\n');
}

/** Agreement of each set that has scanned cases, as [set, { coach, repoOnly }] (none for one set). */
function setTallies(results) {
  const tallies = summarizeBySet(scanned(results));
  const present = CASE_SETS.filter((set) => scanned(results).some((r) => r.set === set));
  return present.length < 2 ? [] : present.map((set) => [set, tallies[set]]);
}

function describeNextSteps(results) {
  const lists = scanned(results).map((r) => r.nextSteps.join(', '));
  if (lists.length < 2) return `Next steps: ${lists[0] ?? '–'}`;
  const distinct = new Set(lists);
  const advice = new Set(scanned(results).map((r) => JSON.stringify(r.nextStepAdvice)));
  const words = `${advice.size} different advice text(s)`;
  return distinct.size === 1
    ? `Next steps: the same signals for every scanned case (${lists[0]}); ${words} over ${lists.length} cases`
    : `Next steps: ${distinct.size} different lists of signals and ${words} over ${lists.length} cases`;
}

/** The verdict-only grades of a case: the scan's, the coach's, the coach's on the repository alone. */
function verdictGradeTexts(result) {
  const text = ({ grade, score }) => (grade === null ? '–' : `${grade} (${score})`);
  const { scan, coach, repoOnly } = result.verdictGrades;
  return [text(scan), text(coach), text(repoOnly)];
}

function describeVerdictGrades(result) {
  const [scan, coach, repoOnly] = verdictGradeTexts(result);
  return `scan ${scan}, coach ${coach}, repository only ${repoOnly}`;
}

function mark(agree) {
  return agree ? 'yes' : 'NO';
}

function renderMarkdown(results) {
  const done = scanned(results);
  const coach = summarize(done.map((r) => r.coach));
  const repo = summarize(done.map((r) => r.repoOnly));
  const out = [];
  out.push(
    `| signal | ${done.map((r) => r.id).join(' | ')} | agreement (coach) | agreement (repository only) |`,
  );
  out.push(`|---|${done.map(() => '---').join('|')}|---|---|`);
  for (const id of SIGNAL_IDS) {
    const cells = done.map((r) => {
      const row = r.coach.find((x) => x.signal === id);
      return row.agree ? `${row.got} ✓` : `**${row.got}** ✗ (coach: ${row.expected.join(' or ')})`;
    });
    out.push(
      `| ${id} | ${cells.join(' | ')} | ${formatRatio(coach.signals[id])} | ${formatRatio(repo.signals[id])} |`,
    );
  }
  out.push(
    `| **overall** | ${done.map((r) => `${r.coach.filter((x) => x.agree).length}/9`).join(' | ')} | ${formatRatio(coach.overall)} | ${formatRatio(repo.overall)} |`,
  );
  out.push('');
  out.push('| set | cases | agreement (coach) | agreement (repository only) |');
  out.push('|---|---|---|---|');
  const bySet = summarizeBySet(done);
  for (const set of [...CASE_SETS, 'overall']) {
    const members = done.filter((r) => set === 'overall' || r.set === set);
    out.push(
      `| ${set} | ${members.length} | ${formatRatio(bySet[set].coach.overall)} | ${formatRatio(bySet[set].repoOnly.overall)} |`,
    );
  }
  out.push('');
  out.push(
    '| repository | grade (score) | pillars | next steps | verdict-only grades: scan / coach / repository only |',
  );
  out.push('|---|---|---|---|---|');
  for (const r of done) {
    out.push(
      `| ${r.id} | ${r.grade} (${r.score ?? '–'}) | ${r.pillars.map((p) => `${p.id} ${p.grade}`).join(', ')} | ${r.nextSteps.join(', ') || '–'} | ${describeVerdictGrades(
        r,
      )
        .replace(/scan |coach |repository only /g, '')
        .replaceAll(', ', ' / ')} |`,
    );
  }
  for (const r of results.filter((x) => x.state !== 'scanned')) {
    out.push(`| ${r.id} | ${r.state}: ${r.reason} | | |`);
  }
  out.push('');
  out.push(describeNextSteps(results));
  return out.join('\n');
}
