import { Octokit } from '@octokit/rest';
import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { nextIssueState } from '../../src/issue/issue-state.js';
import {
  type KeepHealthIssueInput,
  keepHealthIssue,
  planHealthIssueWrites,
} from '../../src/issue/keep-health-issue.js';
import type { KnownIssue } from '../../src/issue/known-issue.js';
import { renderIssueBody } from '../../src/issue/render-issue-body.js';
import type { Report } from '../../src/report/report.js';
import { openapiDescription } from '../helpers/openapi-examples.js';
import { healthReport } from './health-report.js';
import { githubIssue, issueWith, knownIssue, OWNER, REPO } from './issue-fixtures.js';

const API = 'https://api.github.com';
const ISSUES = `/repos/${OWNER}/${REPO}/issues`;
const NOW = new Date('2026-06-15T12:00:00Z');
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

let report: Report;
let unmatched: string[];
const onNoMatch = (req: { method?: string; path?: string; url?: string }) => {
  unmatched.push(`${req.method} ${req.path ?? req.url}`);
};

beforeAll(async () => {
  report = await healthReport({ unansweredFeedback: ['@someone #12 <b>x</b> -->'] });
});
beforeEach(() => {
  unmatched = [];
  nock.disableNetConnect();
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  nock.emitter.removeListener('no match', onNoMatch);
  nock.cleanAll();
  nock.enableNetConnect();
});

function input(over: Partial<KeepHealthIssueInput> = {}): KeepHealthIssueInput {
  const r = over.report ?? report;
  return {
    client: new GitHubClient(new Octokit({ auth: TOKEN, log: quiet })),
    owner: OWNER,
    repo: REPO,
    report: r,
    state: nextIssueState(null, r, NOW),
    existing: [],
    settings: DEFAULT_CONFIG.issue,
    dryRun: false,
    issuesEnabled: true,
    ...over,
  };
}

/** The body the keeper would write for this input, as a kept issue would hold it. */
function currentBody(i: KeepHealthIssueInput, ticked: ReadonlySet<string> = new Set()): string {
  return renderIssueBody(i.report, i.state, { ticked }).body;
}

function markedIssue(number: number, over: Record<string, unknown> = {}): KnownIssue {
  return issueWith(number, { title: 'Santé produit', body: `${HEALTH_ISSUE_MARKER}\n\nold text`, ...over });
}

describe('keepHealthIssue', () => {
  it('creates the issue with its label when none carries the marker, then leaves it alone', async () => {
    const first = input({ existing: [issueWith(2, { title: 'Santé produit', body: 'not ours' })] });
    let sent: Record<string, unknown> = {};
    const scope = nock(API)
      .post(ISSUES, (body) => {
        sent = body;
        return true;
      })
      .reply(201, githubIssue(21, { title: 'Santé produit' }))
      // Right after the creation the keeper reads the marked issues again: none older here.
      .post('/graphql')
      .reply(200, { data: { rateLimit: null, repository: { issues: { nodes: [] } } } });
    const created = await keepHealthIssue(first);
    expect(scope.isDone()).toBe(true);
    expect(created.action).toBe('created');
    expect(created.issue).toEqual({ number: 21, url: `https://github.com/${OWNER}/${REPO}/issues/21` });
    expect(sent).toEqual({ title: 'Santé produit', body: created.body, labels: ['product-health'] });
    expect(sent.body).toContain(HEALTH_ISSUE_MARKER);

    // Second run, same report and state: the issue as GitHub now holds it needs no write at all.
    const stored = knownIssue(githubIssue(21, { title: sent.title, body: sent.body }));
    const second = input({ existing: [stored, ...first.existing] });
    const again = await keepHealthIssue(second);
    expect(again).toMatchObject({ action: 'unchanged', writes: [], healed: [], message: null });
    expect(again.issue?.number).toBe(21);
    expect(second.client.cost().requests.total).toBe(0);
    expect(unmatched).toEqual([]);
  });

  it('heals duplicates: keeps the oldest, comments on the other with a neutral link, then closes it', async () => {
    const base = input();
    const oldest = markedIssue(4, { body: currentBody(base), created_at: '2026-01-01T00:00:00Z' });
    const newer = markedIssue(9, { created_at: '2026-03-01T00:00:00Z' });
    const lookalike = issueWith(2, {
      title: 'Santé produit',
      body: 'same title, no marker',
      created_at: '2025-01-01T00:00:00Z',
    });
    const order: string[] = [];
    let comment = '';
    const scope = nock(API)
      .post(`${ISSUES}/9/comments`, (body) => {
        comment = body.body;
        order.push('comment');
        return true;
      })
      .reply(201, { ...githubIssue(9), body: 'x' })
      .patch(`${ISSUES}/9`, (body) => {
        order.push('close');
        return JSON.stringify(body) === JSON.stringify({ state: 'closed', state_reason: 'not_planned' });
      })
      .reply(200, githubIssue(9, { state: 'closed', state_reason: 'not_planned' }));
    const result = await keepHealthIssue({ ...base, existing: [newer, lookalike, oldest] });
    expect(scope.isDone()).toBe(true);
    expect(unmatched).toEqual([]);
    expect(order).toEqual(['comment', 'close']);
    expect(result).toMatchObject({ action: 'unchanged', healed: [9], issue: { number: 4 } });
    expect(comment).toContain('](https://redirect.github.com/example/product/issues/4)');
    expect(comment).not.toMatch(/#\d/);
    expect(comment).not.toContain('https://github.com/');
    expect(comment).not.toContain('@');
  });

  it('leaves a closed issue closed, and reopens it only when the configuration asks', async () => {
    const closed = markedIssue(4, { state: 'closed', state_reason: 'completed' });
    const left = await keepHealthIssue(input({ existing: [closed] }));
    expect(left).toMatchObject({ action: 'left-closed', writes: [] });
    expect(left.message).toContain('issue.reopenClosed: true');
    expect(unmatched).toEqual([]);

    let sent: Record<string, unknown> = {};
    const scope = nock(API)
      .patch(`${ISSUES}/4`, (body) => {
        sent = body;
        return true;
      })
      .reply(200, githubIssue(4));
    const reopened = await keepHealthIssue(
      input({ existing: [closed], settings: { ...DEFAULT_CONFIG.issue, reopenClosed: true } }),
    );
    expect(scope.isDone()).toBe(true);
    expect(reopened.action).toBe('reopened');
    expect(sent).toEqual({ state: 'open', title: 'Santé produit', body: reopened.body });
  });

  it('keeps a box ticked on the web (CRLF body): alone it causes no edit, and it survives an update', async () => {
    const base = input();
    const step = report.nextSteps[1]?.signal ?? 'vision';
    const key = `<!-- product-health:step:${step} -->`;
    const webEdited = currentBody(base)
      .split('\n')
      .map((line) => (line.endsWith(key) ? line.replace('- [ ]', '- [x]') : line))
      .join('\r\n');
    expect(webEdited).toContain('- [x]');
    const kept = markedIssue(4, { body: `${webEdited}\r\n` });
    const unchanged = await keepHealthIssue({ ...base, existing: [kept] });
    expect(unchanged).toMatchObject({ action: 'unchanged', writes: [] });
    expect(unmatched).toEqual([]);

    // The scores move: the body is rewritten, the tick stays.
    const moved: Report = { ...report, score: 70, grade: 'B' };
    let sent = '';
    const scope = nock(API)
      .patch(`${ISSUES}/4`, (body) => {
        sent = body.body;
        return body.title === 'Santé produit';
      })
      .reply(200, githubIssue(4));
    const updated = await keepHealthIssue(
      input({ report: moved, state: nextIssueState(base.state, moved, NOW), existing: [kept] }),
    );
    expect(scope.isDone()).toBe(true);
    expect(updated.action).toBe('updated');
    expect(sent).toContain('B (70/100');
    expect(sent.split('\n').find((line) => line.endsWith(key))).toMatch(/^- \[x\] /);
    expect(sent.match(/^- \[x\] /gm)).toHaveLength(1);
  });

  it('sends nothing in a dry run and lists what it would send', async () => {
    const i = input({ dryRun: true, existing: [markedIssue(4), markedIssue(9)] });
    const result = await keepHealthIssue(i);
    expect(result.action).toBe('updated');
    expect(result.writes.map((w) => [w.route, w.parameters.issue_number])).toEqual([
      ['PATCH /repos/{owner}/{repo}/issues/{issue_number}', 4],
      ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 9],
      ['PATCH /repos/{owner}/{repo}/issues/{issue_number}', 9],
    ]);
    expect(result.writes[0]?.parameters).toMatchObject({ owner: OWNER, repo: REPO, body: result.body });
    expect(result.healed).toEqual([9]);
    expect(i.client.cost().requests.total).toBe(0);
    expect(unmatched).toEqual([]);
  });

  it('returns failed with what to fix when GitHub refuses the write, never throwing nor leaking the token', async () => {
    nock(API).post(ISSUES).reply(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '403',
    });
    const refused = await keepHealthIssue(input({ report: { ...report, language: 'en' } }));
    expect(refused.action).toBe('failed');
    expect(refused.issue).toBeNull();
    expect(refused.message).toMatch(/^Could not create the product-health issue: .*Issues: write/);
    expect(refused.message).not.toContain(TOKEN);

    nock(API).post(ISSUES).reply(410, { message: 'Issues are disabled for this repo', status: '410' });
    const gone = await keepHealthIssue(input());
    expect(gone.action).toBe('failed');
    expect(gone.message).toContain('désactivés');
  });

  it('skips archived repositories and repositories without issues, with the reason', async () => {
    const archived = await keepHealthIssue(
      input({ report: { ...report, repository: { ...report.repository, archived: true } } }),
    );
    expect(archived).toMatchObject({ action: 'skipped', writes: [] });
    expect(archived.message).toMatch(/archivé/);
    const disabled = await keepHealthIssue(input({ issuesEnabled: false }));
    expect(disabled).toMatchObject({ action: 'skipped', writes: [] });
    expect(disabled.message).toMatch(/désactivés/);
    expect(unmatched).toEqual([]);
  });
});

describe('planHealthIssueWrites', () => {
  it('puts the label back without touching the text when only the label is missing', () => {
    const base = input();
    const kept = markedIssue(4, { body: currentBody(base), labels: [{ name: 'bug' }] });
    const plan = planHealthIssueWrites({ ...base, existing: [kept] });
    expect(plan.action).toBe('updated');
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]?.parameters).toEqual({
      owner: OWNER,
      repo: REPO,
      issue_number: 4,
      labels: ['bug', 'product-health'],
    });
  });

  it('ignores trailing whitespace and CRLF when comparing, but not a changed word', () => {
    const base = input();
    const body = currentBody(base);
    const same = markedIssue(4, { body: `${body.replace(/\n/g, '  \r\n')}\r\n\r\n` });
    expect(planHealthIssueWrites({ ...base, existing: [same] }).writes).toEqual([]);
    const edited = markedIssue(4, {
      body: body.replace('Les 3 prochaines étapes', 'Les 3 prochaines etapes'),
    });
    expect(planHealthIssueWrites({ ...base, existing: [edited] }).writes).toHaveLength(1);
    const renamed = markedIssue(4, { body, title: 'Santé produit (à lire)' });
    expect(planHealthIssueWrites({ ...base, existing: [renamed] }).writes[0]?.parameters.title).toBe(
      'Santé produit',
    );
  });

  it('only plans writes GitHub’s OpenAPI description knows, with parameters it accepts', () => {
    const base = input();
    const plans = [
      planHealthIssueWrites({ ...base, existing: [] }),
      planHealthIssueWrites({ ...base, existing: [markedIssue(4), markedIssue(9, { labels: [] })] }),
      planHealthIssueWrites({
        ...base,
        existing: [markedIssue(4, { state: 'closed' })],
        settings: { ...DEFAULT_CONFIG.issue, reopenClosed: true },
      }),
    ];
    const paths = openapiDescription().paths;
    const writes = plans.flatMap((plan) => plan.writes);
    expect(writes.length).toBe(5);
    for (const write of writes) {
      const [method = '', path = ''] = write.route.split(' ');
      const operation = paths[path]?.[method.toLowerCase()] as
        | {
            requestBody: {
              content: { 'application/json': { schema: { properties: Record<string, unknown> } } };
            };
          }
        | undefined;
      expect(operation, write.route).toBeDefined();
      const accepted = Object.keys(
        operation?.requestBody.content['application/json'].schema.properties ?? {},
      );
      const sent = Object.keys(write.parameters).filter(
        (key) => !['owner', 'repo', 'issue_number'].includes(key),
      );
      for (const key of sent) expect(accepted, `${write.route} ${key}`).toContain(key);
    }
  });
});
