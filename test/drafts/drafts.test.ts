import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { draftFacts } from '../../src/drafts/draft-facts.js';
import { DRAFT_GUIDE } from '../../src/drafts/draft-guide.js';
import { commentBody } from '../../src/drafts/propose-draft.js';
import { DRAFT_KINDS, draftPath, renderDraft } from '../../src/drafts/render-draft.js';
import { DRAFT_CONFIG, DRAFT_README, DRAFT_RECORD, DRAFT_RECORD_ID } from '../helpers/draft-fixtures.js';
import { createGitRepo, type GitRepo } from '../helpers/git-fixture.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { buildConfig, buildSnapshot, repoFiles } from '../helpers/snapshot-builder.js';

const NOW = '2026-11-22T12:00:00Z';
const RECORD_PATH = `content/_startups/${DRAFT_RECORD_ID}.md`;
const RECORD_URL = `https://beta.gouv.fr/startups/${DRAFT_RECORD_ID}.html`;

const cleanups: GitRepo[] = [];
afterEach(() => {
  for (const repo of cleanups.splice(0)) repo.cleanup();
});

function snapshotWithRecord() {
  return buildSnapshot({
    now: NOW,
    ...repoFiles({ 'README.md': DRAFT_README }),
    productRecord: {
      id: DRAFT_RECORD_ID,
      identifiedBy: 'config',
      url: RECORD_URL,
      status: 'found',
      repository: 'betagouv/beta.gouv.fr',
      path: RECORD_PATH,
      text: DRAFT_RECORD,
      lastChangedAt: '2026-06-15T10:00:00Z',
      truncated: false,
    },
  });
}

describe('what a starter reuses (draftFacts)', () => {
  it('the README’s first paragraph of prose, the record’s mission, stats page, phase and next committee, each cited', () => {
    const facts = draftFacts(snapshotWithRecord(), buildConfig());
    expect(facts.product).toBe('Atelier Covoiturage');
    expect(facts.readmeLead).toEqual({
      text: "Atelier Covoiturage met en relation les salariés d'une même zone d'activité pour partager leurs trajets domicile-travail.",
      source: 'README.md (introduction)',
      url: 'https://github.com/example/product/blob/main/README.md',
    });
    expect(facts.mission).toMatchObject({
      text: "Réduire l'autosolisme sur les trajets domicile-travail des zones d'activité",
      source: `beta.gouv.fr › ${DRAFT_RECORD_ID} (mission)`,
      url: RECORD_URL,
    });
    expect(facts.statsPage?.text).toBe('https://atelier-covoiturage.example.gouv.fr/statistiques');
    expect(facts.phase).toMatchObject({
      text: 'construction',
      source: `beta.gouv.fr › ${DRAFT_RECORD_ID} (phases)`,
    });
    // 2026-06-10 is past on 2026-11-22: the next committee is the one still to come.
    expect(facts.nextCommittee?.text).toBe('2027-01-19');
    expect(facts.users).toBeNull();
    expect(facts.problem).toBeNull();
  });

  it('nothing invented without a record: only the README is cited', () => {
    const facts = draftFacts(
      buildSnapshot({ now: NOW, ...repoFiles({ 'README.md': DRAFT_README }) }),
      buildConfig(),
    );
    // The README's title names the product when no record does.
    expect(facts.product).toBe('Atelier Covoiturage');
    expect(facts.mission).toBeNull();
    expect(facts.statsPage).toBeNull();
    expect(facts.phase).toBeNull();
    expect(facts.nextCommittee).toBeNull();
    expect(facts.readmeLead?.source).toBe('README.md (introduction)');
  });
});

describe('the starter documents (renderDraft)', () => {
  const facts = draftFacts(snapshotWithRecord(), buildConfig());

  it('vision: the guide’s checklist headings, pre-filled lines citing their source, a prompt for each gap', () => {
    const draft = renderDraft('vision', facts, 'fr');
    const headings = draft.match(/^## .*/gm);
    expect(headings).toEqual([
      '## Raison d’être',
      '## Utilisateurs',
      '## Problèmes et besoins',
      '## Solution et proposition de valeur',
      '## Impact attendu',
    ]);
    expect(draft).toContain(
      `- Réduire l'autosolisme sur les trajets domicile-travail des zones d'activité _(source : [beta.gouv.fr › ${DRAFT_RECORD_ID} (mission)](${RECORD_URL}))_`,
    );
    expect(draft).toMatch(
      /Atelier Covoiturage met en relation .* _\(source : \[README\.md \(introduction\)\]\(https:\/\/github\.com\/example\/product\/blob\/main\/README\.md\)\)_/,
    );
    // Every section ends on a question for the team.
    expect(draft.match(/\*\*À compléter :\*\*/g)).toHaveLength(5);
  });

  it('indicators: success, impact and direction, each with objective apart from measurable target', () => {
    const draft = renderDraft('indicators', facts, 'fr');
    for (const heading of [
      '## Indicateurs de succès (KPI)',
      '## Indicateurs d’impact',
      '## Indicateurs de direction',
    ]) {
      expect(draft).toContain(heading);
    }
    expect(
      draft.match(/\| Objectif \| Indicateur \| Valeur actuelle \| Cible mesurable \| Échéance \|/g),
    ).toHaveLength(3);
    expect(draft).toContain('https://atelier-covoiturage.example.gouv.fr/statistiques');
    expect(draft).toContain('Prochain comité d’investissement : 2027-01-19');
  });

  it('roadmap: 3–6-month objectives, initiatives, dependencies and risks, calendar with the next committee', () => {
    const draft = renderDraft('roadmap', facts, 'en');
    expect(draft.match(/^## .*/gm)).toEqual([
      '## Context',
      '## Priority objectives',
      '## Key initiatives',
      '## Dependencies and risks',
      '## Calendar',
    ]);
    expect(draft).toMatch(
      /^\| 2027-01-19 \| Investment committee _\(source: \[beta\.gouv\.fr › atelier-covoiturage \(events › committee\)\]/m,
    );
    expect(draft).not.toMatch(/À compléter|source :/);
  });

  it('a record’s hostile text is quoted inertly: no mention, no HTML, no link of its own', () => {
    const hostile = {
      ...facts,
      mission: { text: '@everyone <script>x</script> [clic](https://evil.example)', source: 's', url: null },
    };
    const draft = renderDraft('vision', hostile, 'fr');
    expect(draft).not.toContain('<script>');
    expect(draft).not.toContain('@everyone');
    expect(draft).not.toContain('[clic](');
  });

  it('goes where the configuration declares it, else the guide’s usual place', () => {
    expect(draftPath('vision', DEFAULT_CONFIG)).toBe('docs/produit/vision.md');
    expect(draftPath('indicators', DEFAULT_CONFIG)).toBe('docs/produit/indicateurs.md');
    expect(draftPath('roadmap', DEFAULT_CONFIG)).toBe('docs/produit/feuille-de-route.md');
    const declared = buildConfig({
      documents: {
        ...DEFAULT_CONFIG.documents,
        vision: ['https://wiki.example.org/vision', './docs/VISION.md'],
      },
    });
    expect(draftPath('vision', declared)).toBe('docs/VISION.md');
    const section = buildConfig({
      documents: { ...DEFAULT_CONFIG.documents, roadmap: ['README.md#Roadmap'] },
    });
    expect(draftPath('roadmap', section)).toBe('docs/produit/feuille-de-route.md');
  });

  it('the fallback comment folds the starter in a fence nothing inside can close', () => {
    const draft = 'Intro\n\n~~~~\nnot the end\n~~~~\n';
    const body = commentBody(
      { kind: 'vision', draft, path: 'docs/produit/vision.md', language: 'en' },
      'off',
    );
    expect(body).toMatch(/^~{5}markdown$/m);
    expect(body).toContain('<details>');
    expect(body).toContain('`coaching.pullRequests: true`');
  });
});

describe('the guide, quoted faithfully', () => {
  const guide = readFileSync('/work/shared/guide/vision-indicateurs-roadmap.md', 'utf8').replace(/\*\*/g, '');
  it.each(DRAFT_KINDS)('%s: the French quote is the guide’s own sentence', (kind) => {
    const sentence = DRAFT_GUIDE[kind].quote.fr.replace(/^« /, '').replace(/ »$/, '');
    expect(guide).toContain(sentence);
  });
});

describe('coaching.pullRequests in the configuration', () => {
  it('is off by default, on when the team says so, a problem when it is not a boolean', () => {
    expect(parseConfig(null).config.coaching.pullRequests).toBe(false);
    expect(parseConfig(DRAFT_CONFIG).config.coaching.pullRequests).toBe(true);
    const wrong = parseConfig('coaching:\n  pullRequests: yes please\n');
    expect(wrong.config.coaching.pullRequests).toBe(false);
    expect(wrong.problems.map((problem) => problem.key)).toContain('coaching.pullRequests');
  });
});

describe('product-health draft', () => {
  function checkout(): { repo: GitRepo; records: GitRepo } {
    const repo = createGitRepo({
      commits: [
        {
          files: { 'README.md': DRAFT_README, '.github/product-health.yml': DRAFT_CONFIG },
          date: '2026-11-01T10:00:00Z',
        },
      ],
    });
    const records = createGitRepo({
      initialBranch: 'master',
      commits: [{ files: { [RECORD_PATH]: DRAFT_RECORD }, date: '2026-06-15T10:00:00Z' }],
    });
    cleanups.push(repo, records);
    return { repo, records };
  }

  it('prints the starter offline, pre-filled from the README and the record (--betagouv-dir)', async () => {
    const { repo, records } = checkout();
    const result = await runCliCapture(['draft', 'indicators', repo.dir, '--betagouv-dir', records.dir], {
      now: NOW,
      cwd: repo.dir,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Indicateurs — Atelier Covoiturage$/m);
    expect(result.stdout).toContain('https://atelier-covoiturage.example.gouv.fr/statistiques');
    expect(result.stdout).toContain(`(events › committee)`);
  });

  it('--lang en, and without the records: the README only', async () => {
    const { repo } = checkout();
    const result = await runCliCapture(['draft', 'vision', '.', '--lang', 'en'], { now: NOW, cwd: repo.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Product vision — /m);
    expect(result.stdout).toContain('_(source: `README.md (lead)`)_');
    expect(result.stdout).not.toContain('(mission)');
  });

  it('on this repository: a vision draft citing its README', async () => {
    const root = new URL('../..', import.meta.url).pathname;
    const result = await runCliCapture(['draft', 'vision', '.'], { now: NOW, cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Product vision — product-health$/m);
    expect(result.stdout).toMatch(
      /^- Coaches product teams from their repository\..* _\(source: `README\.md \(lead\)`\)_$/m,
    );
  });

  it('an unknown kind or a missing folder is a usage error', async () => {
    const { repo } = checkout();
    expect((await runCliCapture(['draft', 'mission', repo.dir], { now: NOW })).code).toBe(2);
    const missing = await runCliCapture(['draft', 'vision', '/nonexistent-folder'], { now: NOW });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a folder/);
  });
});
