import { describe, expect, it } from 'vitest';
import { DRAFT_GUIDE } from '../../src/drafts/draft-guide.js';
import type { DraftKind } from '../../src/drafts/render-draft.js';
import { tickedItems } from '../../src/issue/ticked-items.js';
import { DRAFT_CONFIG, DRAFT_README, DRAFT_RECORD, DRAFT_RECORD_ID } from '../helpers/draft-fixtures.js';
import type { FakeGitHub, FakeRepositorySpec } from '../helpers/fake-github.js';
import { FULL_NAME, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  healthIssue,
  loadTestApp,
  receive,
  rehomed,
  scanCount,
  serveProduct,
  type TestApp,
  webhookExamples,
  writes,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();

const GIT_REFS = 'POST /repos/{owner}/{repo}/git/refs';
const FORCE_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';
const PUT_FILE = 'PUT /repos/{owner}/{repo}/contents/{path}';
const OPEN_PULL = 'POST /repos/{owner}/{repo}/pulls';
const EDIT_PULL = 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}';
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const EDIT_ISSUE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const PROPOSAL_WRITES = new Set([GIT_REFS, FORCE_REF, PUT_FILE, OPEN_PULL, EDIT_PULL, COMMENT]);

/** The product repository without any vision, indicators or roadmap: our README, our record, opted in. */
function draftSpec(config: string | null = DRAFT_CONFIG): FakeRepositorySpec {
  const spec = productGitHubSpec();
  const files = { ...(spec.files as Record<string, string>) };
  delete files['docs/produit/vision.md'];
  delete files['FEUILLE-DE-ROUTE.md'];
  files['README.md'] = DRAFT_README;
  if (config !== null) files['.github/product-health.yml'] = config;
  return { ...spec, files, betagouvRecord: { id: DRAFT_RECORD_ID, text: DRAFT_RECORD } };
}

/** The first scan, from a push to the default branch: creates the product-health issue. */
async function firstScan(app: TestApp): Promise<void> {
  const push = webhookExamples('push')[4];
  if (!push) throw new Error('no push example');
  await receive(app, 'push', rehomed(push));
  await app.scheduler.drain();
}

/**
 * `key`'s box ticked (or unticked) in the issue as GitHub stores a web edit (CRLF), then the
 * `issues.edited` event GitHub sends for it: `@octokit/webhooks-examples`' payload with the issue's
 * body, and `changes.body.from` (the body before the edit, as the webhook schema defines it).
 */
function editBox(
  github: FakeGitHub,
  key: string,
  ticked: boolean,
  sender: { login: string; type: string } = { login: 'camille', type: 'User' },
): Record<string, unknown> {
  const issue = healthIssue(github);
  const before = issue.body ?? '';
  const line = before
    .split(/\r?\n/)
    .find((candidate) => new RegExp(`product-health:step:${key}\\s*-->`).test(candidate));
  if (!line) throw new Error(`no box ${key} in the issue`);
  const edited = line.replace(/^- \[[ xX]\]/, ticked ? '- [x]' : '- [ ]');
  issue.body = before.replace(line, edited).replace(/\r?\n/g, '\r\n');
  const payload = rehomed(webhookExamples('issues').find((example) => example.action === 'edited') ?? {});
  return {
    ...payload,
    changes: { body: { from: before } },
    sender: { ...(payload.sender as object), ...sender },
    issue: {
      ...(payload.issue as object),
      number: issue.number,
      body: issue.body,
      labels: [{ name: 'product-health' }],
    },
  };
}

function proposalWrites(github: FakeGitHub, from = 0): string[] {
  return writes(github)
    .slice(from)
    .filter((route) => PROPOSAL_WRITES.has(route));
}

async function tick(app: TestApp, github: FakeGitHub, key: string, sender?: { login: string; type: string }) {
  await receive(app, 'issues', editBox(github, key, true, sender));
  await app.scheduler.drain();
}

describe('ticking "rescan now" in the product-health issue', () => {
  it('a person’s tick: exactly one rescan, and the next body shows the box unticked', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    expect(tickedItems(healthIssue(github).body ?? '').has('rescan')).toBe(false);
    const before = writes(github).length;

    await tick(app, github, 'rescan');

    expect(scanCount(github)).toBe(2);
    expect(writes(github).slice(before)).toEqual([EDIT_ISSUE]);
    expect(healthIssue(github).body).toMatch(/^- \[ \] .*<!-- product-health:step:rescan -->$/m);
    expect(app.lines.map((line) => line.message).join('\n')).toMatch(
      /rescan scheduled \(ticked in the product-health issue: rescan now\)/,
    );
  });

  it('a bot’s tick, or the app’s own edit: nothing', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    const before = writes(github).length;

    await receive(app, 'issues', editBox(github, 'rescan', true, { login: 'renovate[bot]', type: 'Bot' }));
    await receive(
      app,
      'issues',
      editBox(github, 'rescan', false, { login: 'product-health[bot]', type: 'Bot' }),
    );
    await receive(
      app,
      'issues',
      editBox(github, 'vision', true, { login: 'product-health[bot]', type: 'Bot' }),
    );
    expect(app.scheduler.keys()).toEqual([]);
    await app.scheduler.drain();

    expect(scanCount(github)).toBe(1);
    expect(writes(github).slice(before)).toEqual([]);
  });

  it('an edit that ticks nothing new (a box unticked, the title changed): nothing', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    await receive(app, 'issues', editBox(github, 'vision', false));
    const titleOnly = { ...editBox(github, 'roadmap', false), changes: { title: { from: 'Santé' } } };
    await receive(app, 'issues', titleOnly);
    expect(app.scheduler.keys()).toEqual([]);
  });
});

describe('ticking the vision, indicators or roadmap step', () => {
  it('the repository lacks all three: each is a next step to tick', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    const statuses = Object.fromEntries(app.scanned[0]?.report.signals.map((s) => [s.id, s.status]) ?? []);
    expect(['fail', 'warn']).toContain(statuses.vision);
    expect(['fail', 'warn']).toContain(statuses.indicators);
    expect(['fail', 'warn']).toContain(statuses.roadmap);
    for (const key of ['vision', 'indicators', 'roadmap']) {
      expect(healthIssue(github).body).toContain(`<!-- product-health:step:${key} -->`);
    }
  });

  it.each([
    ['vision', 'docs/produit/vision.md', /## Raison d’être/, /Réduire l'autosolisme/],
    [
      'indicators',
      'docs/produit/indicateurs.md',
      /## Indicateurs d’impact/,
      /atelier-covoiturage\.example\.gouv\.fr\/statistiques/,
    ],
    ['roadmap', 'docs/produit/feuille-de-route.md', /## Dépendances et risques/, /2027-01-19/],
  ])(
    'a person ticks %s: one pull request on product-health/<kind> adding %s only',
    async (kind, path, heading, fact) => {
      const github = serveProduct(fakeGitHub, [draftSpec()]);
      const app = await loadTestApp();
      await firstScan(app);
      const before = writes(github).length;

      await tick(app, github, kind);

      expect(scanCount(github)).toBe(2);
      expect(proposalWrites(github, before)).toEqual([GIT_REFS, PUT_FILE, OPEN_PULL]);
      const repository = github.repository(FULL_NAME);
      const pulls = repository.pullRequests ?? [];
      expect(pulls).toHaveLength(1);
      const pull = pulls[0];
      expect(pull).toMatchObject({ head: `product-health/${kind}`, base: 'main', state: 'open' });
      expect(pull?.body).toContain('— [Organisation produit');
      // The guide, quoted once.
      expect(pull?.body?.split(DRAFT_GUIDE[kind as DraftKind].quote.fr)).toHaveLength(2);
      const branch = repository.writtenBranches?.[`product-health/${kind}`];
      expect(Object.keys(branch?.files ?? {})).toEqual([path]);
      const draft = branch?.files[path] ?? '';
      expect(draft).toMatch(heading);
      expect(draft).toMatch(fact);
      expect(draft).toContain('**À compléter :**');
      // Nothing else was proposed: the issue got no comment.
      expect(healthIssue(github).comments ?? []).toHaveLength(0);
    },
  );

  it('a re-tick updates the same pull request: the branch is reset and rewritten, no second one', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    await tick(app, github, 'vision');
    const firstHead = github.repository(FULL_NAME).writtenBranches?.['product-health/vision']?.sha;
    await receive(app, 'issues', editBox(github, 'vision', false));
    const before = writes(github).length;

    await tick(app, github, 'vision');

    expect(proposalWrites(github, before)).toEqual([FORCE_REF, PUT_FILE, EDIT_PULL]);
    const repository = github.repository(FULL_NAME);
    expect(repository.pullRequests).toHaveLength(1);
    const branch = repository.writtenBranches?.['product-health/vision'];
    expect(Object.keys(branch?.files ?? {})).toEqual(['docs/produit/vision.md']);
    // One commit on the base again, not a second one on top of the first.
    expect(branch?.base).not.toBe(firstHead);
  });

  it('a pull request the team closed is not reopened, and a merged one ends the step', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec()]);
    const app = await loadTestApp();
    await firstScan(app);
    await tick(app, github, 'vision');
    await tick(app, github, 'roadmap');
    const [vision, roadmap] = github.repository(FULL_NAME).pullRequests ?? [];
    if (!vision || !roadmap) throw new Error('no pull requests');
    vision.state = 'closed';
    roadmap.state = 'closed';
    roadmap.merged = true;
    for (const key of ['vision', 'roadmap']) await receive(app, 'issues', editBox(github, key, false));
    const before = writes(github).length;

    await tick(app, github, 'vision');
    await tick(app, github, 'roadmap');

    expect(proposalWrites(github, before)).toEqual([]);
    expect(github.repository(FULL_NAME).pullRequests?.map((pull) => pull.state)).toEqual([
      'closed',
      'closed',
    ]);
    const log = app.lines.map((line) => line.message).join('\n');
    expect(log).toMatch(/vision starter: pull request #\d+ was closed by the team; not reopened/);
    expect(log).toMatch(/roadmap starter: pull request #\d+ was merged; the step is done/);
  });

  it('without the permissions: a short reply on the issue with the starter folded', async () => {
    const spec = draftSpec();
    spec.faults = { rest: { [GIT_REFS]: 403 } };
    const github = serveProduct(fakeGitHub, [spec]);
    const app = await loadTestApp();
    await firstScan(app);

    await tick(app, github, 'indicators');

    expect(github.repository(FULL_NAME).pullRequests ?? []).toEqual([]);
    const comments = healthIssue(github).comments ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toMatch(/« Contents: write » et « Pull requests: write »/);
    expect(body).toMatch(
      /<details>\n<summary>docs\/produit\/indicateurs\.md — document de départ<\/summary>/,
    );
    expect(body).toContain('## Indicateurs de succès (KPI)');
  });

  it('pull requests off (the default): the same reply, and no branch is written', async () => {
    const github = serveProduct(fakeGitHub, [draftSpec(`product:\n  betagouv: ${DRAFT_RECORD_ID}\n`)]);
    const app = await loadTestApp();
    await firstScan(app);
    const before = writes(github).length;

    await tick(app, github, 'vision');

    expect(proposalWrites(github, before)).toEqual([COMMENT]);
    expect(github.repository(FULL_NAME).writtenBranches).toBeUndefined();
    const body = healthIssue(github).comments?.[0]?.body ?? '';
    expect(body).toContain('`coaching.pullRequests: true`');
    expect(body).toContain('# Vision produit — Atelier Covoiturage');
  });
});
