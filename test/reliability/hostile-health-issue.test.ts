/**
 * The product-health issue after people edited it: emptied, rewritten, truncated, a state comment
 * with wrong types, markers duplicated, a megabyte long, boxes ticked in odd spellings, CRLF line
 * ends. The next run does not crash, rebuilds a valid body, keeps the ticks it can recognise and
 * never loses the marker; the run after it changes nothing.
 */
import { Octokit } from '@octokit/rest';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { HEALTH_ISSUE_MARKER, hasHealthMarker } from '../../src/issue/issue-marker.js';
import {
  type IssueState,
  MAX_HISTORY_ENTRIES,
  nextIssueState,
  readIssueState,
  stateComment,
} from '../../src/issue/issue-state.js';
import { MAX_BODY_CHARS } from '../../src/issue/render-issue-body.js';
import { RESCAN_KEY, tickedItems } from '../../src/issue/ticked-items.js';
import { PILLAR_IDS, SIGNAL_IDS, STATUSES } from '../../src/model/ids.js';
import { type GitHubScanResult, scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { GRADES } from '../../src/scoring/grade.js';
import { type FakeIssue, type FakeRepositorySpec, SILENT_LOG } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  auditMarkdown,
  CLEAN,
  type CrashCount,
  guarded,
  hostileFragment,
  hostileSuite,
  hostileText,
  hostileWords,
} from './hostile-arbitraries.js';

const SEED = 640_004;
const FILE = 'test/reliability/hostile-health-issue.test.ts';
const DAY = 86_400_000;
const STEP_KEY = /<!-- product-health:step:([a-z0-9][a-z0-9:-]{0,63}) -->/g;

const fakeGitHub = useFakeGitHub();
const { figures, measure, command } = hostileSuite(FILE, SEED);

/** The repository scanned in every case: a few feedback issues, some signals failing (so there are steps). */
function repositorySpec(): FakeRepositorySpec {
  const spec = productGitHubSpec({ releases: 0, feedbackIssues: 3, deployments: false });
  const files = { ...spec.files };
  for (const path of Object.keys(files)) if (/roadmap|feuille/i.test(path)) delete files[path];
  return { ...spec, files };
}

async function scan(count: CrashCount): Promise<GitHubScanResult> {
  const octokit = new Octokit({ auth: 'token', log: SILENT_LOG });
  const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
  return guarded(count, () =>
    scanGitHubRepository(source, { now: new Date(GITHUB_NOW), writeIssue: true, dryRun: false }),
  );
}

/** The body the product writes on a first run, and the steps it lists. */
let pristine = '';
let stepKeys: string[] = [];
beforeAll(async () => {
  fakeGitHub.serve([repositorySpec()]);
  const { issue } = await scan({ crashes: 0 });
  pristine = issue?.body ?? '';
  stepKeys = [...pristine.matchAll(STEP_KEY)].map((m) => m[1] as string);
  fakeGitHub.current?.close();
});

// ---------------------------------------------------------------------------------------------
// Hand edits

/** How a person may tick (or untick) a step's box; only `[x]` and `[X]` are boxes GitHub ticks. */
const BOXES = ['[x]', '[X]', '[ x]', '[x ]', '[✓]', '[*]', '[]', '[  ]', '[ ]', '[xx]'];
const RECOGNISED_BOX = /^\[[xX]\]$/;
const BULLETS = ['- ', '* ', '+ ', '1. ', '2) ', '  - ', '-\t', '> - ', '-'];

/** A step line re-ticked: box and bullet replaced, the rest (and its hidden key) kept. */
const tickEdit = fc.record({
  step: fc.nat(),
  box: fc.constantFrom(...BOXES),
  bullet: fc.constantFrom(...BULLETS),
});

const wrongState = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constantFrom('1', 2, null, 1.5)),
    score: fc.oneof(
      fc.integer({ min: -50, max: 150 }),
      fc.constantFrom('80', null, Number.NaN, 1e308),
      fc.double(),
    ),
    grade: fc.constantFrom('A', 'Z', '', null, 3, '--> <b>', 'E'),
    pillars: fc.oneof(
      fc.dictionary(
        fc.constantFrom('team', 'users', 'impact', 'iteration', 'vision', '__proto__', 'extra'),
        fc.oneof(fc.integer({ min: -10, max: 120 }), fc.string(), fc.constant(null)),
      ),
      fc.constantFrom([], 'x', null),
    ),
    signals: fc.oneof(
      fc.dictionary(
        fc.constantFrom('vision', 'roadmap', 'indicators', 'feedback-handling', 'nope'),
        fc.constantFrom('pass', 'warn', 'fail', 'unknown', 'not-applicable', 'great', 3),
      ),
      fc.constantFrom(null, [], 'x'),
    ),
    history: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({
            date: fc.oneof(
              fc.constantFrom(
                '2026-11-01',
                '2026-02-30',
                '2099-01-01',
                'yesterday',
                '2026-1-1',
                '1970-01-01',
              ),
              fc
                .date({ min: new Date('2020-01-01'), max: new Date('2026-11-22'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
            ),
            score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constant(null), fc.string()),
            pillars: fc.oneof(fc.constant({}), fc.constant({ team: 40 }), fc.constant([])),
          }),
          fc.constantFrom('garbage', null, 12),
        ),
        { maxLength: 120 },
      ),
      fc.constantFrom('x', null),
    ),
  },
  { requiredKeys: [] },
);

type Edit =
  | { kind: 'empty' }
  | { kind: 'replace'; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'state'; state: unknown; escaped: boolean }
  | { kind: 'duplicate-marker'; at: number; spelling: string }
  | { kind: 'duplicate-state'; at: number; state: unknown }
  | { kind: 'huge'; at: number; unit: string; bytes: number }
  | { kind: 'tick'; edits: { step: number; box: string; bullet: string }[] }
  | { kind: 'crlf' }
  | { kind: 'insert'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant<Edit>({ kind: 'empty' }),
  hostileText({ maxParts: 30 }).map((text): Edit => ({ kind: 'replace', text })),
  fc.nat().map((at): Edit => ({ kind: 'truncate', at })),
  fc
    .record({ state: wrongState, escaped: fc.boolean() })
    .map(({ state, escaped }): Edit => ({ kind: 'state', state, escaped })),
  fc
    .record({
      at: fc.nat(),
      spelling: fc.constantFrom(
        HEALTH_ISSUE_MARKER,
        '<!--product-health:issue-->',
        '<!--  product-health:issue\n-->',
      ),
    })
    .map(({ at, spelling }): Edit => ({ kind: 'duplicate-marker', at, spelling })),
  fc
    .record({ at: fc.nat(), state: wrongState })
    .map(({ at, state }): Edit => ({ kind: 'duplicate-state', at, state })),
  fc
    .record({
      at: fc.nat(),
      unit: fc.oneof(fc.constantFrom('x', ' ', '- [x] ', '<!--', '\r\n', 'é'), hostileFragment),
      bytes: fc.integer({ min: 100_000, max: 1_100_000 }),
    })
    .map(({ at, unit, bytes }): Edit => ({ kind: 'huge', at, unit, bytes })),
  fc.array(tickEdit, { minLength: 1, maxLength: 4 }).map((edits): Edit => ({ kind: 'tick', edits })),
  fc.constant<Edit>({ kind: 'crlf' }),
  fc
    .record({ at: fc.nat(), text: hostileText({ maxParts: 6 }) })
    .map(({ at, text }): Edit => ({ kind: 'insert', at, text })),
);

function stateText(state: unknown, escaped: boolean): string {
  const json = JSON.stringify(state) ?? 'null';
  return `<!-- product-health:state ${escaped ? json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e') : json} -->`;
}

/** Applies an edit to a body; `null` stands for a body GitHub returns empty. */
function apply(body: string, change: Edit): string {
  const at = (n: number) => (body.length === 0 ? 0 : n % (body.length + 1));
  switch (change.kind) {
    case 'empty':
      return '';
    case 'replace':
      return change.text;
    case 'truncate':
      return body.slice(0, at(change.at));
    case 'state': {
      const start = body.lastIndexOf('<!-- product-health:state');
      const text = stateText(change.state, change.escaped);
      return start < 0 ? `${body}\n${text}` : `${body.slice(0, start)}${text}`;
    }
    case 'duplicate-marker':
      return body.slice(0, at(change.at)) + change.spelling + body.slice(at(change.at));
    case 'duplicate-state':
      return body.slice(0, at(change.at)) + stateText(change.state, true) + body.slice(at(change.at));
    case 'huge': {
      const filler = change.unit.repeat(Math.ceil(change.bytes / Math.max(1, change.unit.length)));
      return body.slice(0, at(change.at)) + filler + body.slice(at(change.at));
    }
    case 'tick': {
      const lines = body.split('\n');
      const steps = lines.flatMap((line, index) =>
        line.includes('<!-- product-health:step:') ? [index] : [],
      );
      for (const { step, box, bullet } of change.edits) {
        const index = steps[step % Math.max(1, steps.length)];
        if (index === undefined) continue;
        lines[index] = (lines[index] as string).replace(
          /^\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s*\[[^\]]*\]/,
          `${bullet}${box}`,
        );
      }
      return lines.join('\n');
    }
    case 'crlf':
      return body.replace(/\r?\n/g, '\r\n');
    case 'insert':
      return body.slice(0, at(change.at)) + change.text + body.slice(at(change.at));
  }
}

/** What a person did to the issue: edits to its body (or a fresh text), its title, whether they closed it. */
const handEdit = fc.record({
  fromScratch: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  ticks: fc.array(tickEdit, { maxLength: 4 }),
  edits: fc.array(edit, { maxLength: 3 }),
  title: fc.oneof(fc.constant('Santé produit'), hostileWords(6)),
  closed: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

/** Keys a person ticked so that GitHub shows them ticked: `[x]` or `[X]` after a list bullet. */
function recognisableTicks(body: string): Set<string> {
  const keys = new Set<string>();
  for (const line of body.split(/\r\n|\r|\n/)) {
    const match =
      /^\s*(?:[-*+]|\d+[.)])\s+(\[[^\]]*\])\s.*<!--\s*product-health:step:([a-z0-9][a-z0-9:-]{0,63})\s*-->/.exec(
        line,
      );
    if (match && RECOGNISED_BOX.test(match[1] as string)) keys.add(match[2] as string);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------

describe('reading a hand-edited body', () => {
  it('the state and the ticks are read from any body, null included, never a throw', async () => {
    let statesRead = 0;
    const result = await measure(300, (count) =>
      fc.property(
        fc.option(
          fc.oneof(
            hostileText({ maxParts: 30 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(apply, pristine)),
            wrongState.map((state) => stateText(state, true)),
          ),
          { nil: null },
        ),
        (body) => {
          const state = guarded(count, () => readIssueState(body));
          const ticks = guarded(count, () => tickedItems(body));
          guarded(count, () => hasHealthMarker(body));
          for (const key of ticks) expect(key).toMatch(/^[a-z0-9][a-z0-9:-]{0,63}$/);
          if (state === null) return;
          statesRead += 1;
          // Whatever was written there, what is read is a well-formed state…
          expect(state.version).toBe(1);
          expect(Object.keys(state.pillars).sort()).toEqual([...PILLAR_IDS].sort());
          expect(Object.keys(state.signals).sort()).toEqual([...SIGNAL_IDS].sort());
          for (const status of Object.values(state.signals)) expect(STATUSES).toContain(status);
          for (const score of [state.score, ...Object.values(state.pillars)]) {
            if (score !== null) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
          }
          expect(state.grade === null || GRADES.includes(state.grade as never)).toBe(true);
          expect(state.history.length).toBeLessThanOrEqual(MAX_HISTORY_ENTRIES);
          const dates = state.history.map((entry) => entry.date);
          expect(dates).toEqual([...new Set(dates)].sort());
          // …that writes back and reads again as itself.
          expect(readIssueState(stateComment(state))).toEqual(state);
        },
      ),
    );
    expect(statesRead).toBeGreaterThan(30);
    figures.push({
      area: 'hostile input',
      tried:
        'health issue: state and ticks read from any body (null, binary, hand-edited, wrong-typed state)',
      figures: { ...result, statesRead },
      command: command('the state and the ticks are read from any body'),
    });
  });
});

describe('a hand-edited product-health issue', () => {
  it('starts from a body that lists steps to tick', () => {
    expect(pristine.startsWith(HEALTH_ISSUE_MARKER)).toBe(true);
    expect(stepKeys.length).toBeGreaterThan(1);
  });

  it('the next run rebuilds a valid body, keeps recognisable ticks, never loses the marker', async () => {
    const tally = {
      recreated: 0,
      updated: 0,
      leftClosed: 0,
      ticksKept: 0,
      oddTicksIgnored: 0,
      stateLost: 0,
      markerLost: 0,
      mentions: 0,
      unescapedHtml: 0,
      maxEditedChars: 0,
      maxBodyChars: 0,
      secondRunEdits: 0,
    };
    const result = await measure(150, (count) =>
      fc.asyncProperty(handEdit, async ({ fromScratch, ticks, edits, title, closed }) => {
        const ticked = apply(pristine, { kind: 'tick', edits: ticks });
        const edited = edits.reduce(apply, fromScratch ? '' : ticked);
        tally.maxEditedChars = Math.max(tally.maxEditedChars, edited.length);
        const spec = repositorySpec();
        const own: FakeIssue = {
          number: 1_000,
          title,
          body: edited,
          author: 'product-health[bot]',
          createdAt: new Date(Date.parse(GITHUB_NOW) - 30 * DAY).toISOString(),
          closedAt: closed ? new Date(Date.parse(GITHUB_NOW) - DAY).toISOString() : null,
          labels: ['product-health'],
        };
        spec.issues = [...(spec.issues ?? []), own];
        const github = fakeGitHub.serve([spec]);

        const first = await scan(count);
        const marked = hasHealthMarker(edited);
        const issues = () => github.repository(FULL_NAME).issues ?? [];

        if (closed && marked) {
          // A person closed it: left closed, nothing written, nothing created.
          tally.leftClosed += 1;
          expect(first.issue?.action).toBe('left-closed');
          expect(issues().find((issue) => issue.number === own.number)?.body).toBe(edited);
          expect(issues().filter((issue) => hasHealthMarker(issue.body ?? ''))).toHaveLength(1);
          return;
        }
        if (marked) {
          tally.updated += 1;
          expect(['updated', 'unchanged']).toContain(first.issue?.action);
          expect(first.issue?.issue?.number).toBe(own.number);
        } else {
          // Without its marker the issue is not recognised (the label alone is not enough): a new one is made.
          tally.recreated += 1;
          expect(first.issue?.action).toBe('created');
        }
        const kept = issues().find((issue) => issue.number === first.issue?.issue?.number);
        const body = kept?.body ?? '';
        tally.maxBodyChars = Math.max(tally.maxBodyChars, body.length);

        // The marker is there, once per open issue: exactly one open issue carries it.
        if (!body.startsWith(`${HEALTH_ISSUE_MARKER}\n`)) tally.markerLost += 1;
        expect(body.startsWith(`${HEALTH_ISSUE_MARKER}\n`)).toBe(true);
        const openMarked = issues().filter(
          (issue) =>
            (issue.state ?? (issue.closedAt ? 'closed' : 'open')) === 'open' &&
            hasHealthMarker(issue.body ?? ''),
        );
        expect(openMarked.map((issue) => issue.number)).toEqual([kept?.number]);
        expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);

        // The state is rebuilt from what could be read of the edited one.
        const previous = marked ? readIssueState(edited) : null;
        const expected: IssueState = nextIssueState(previous, first.report, new Date(GITHUB_NOW));
        const read = readIssueState(body);
        if (JSON.stringify(read) !== JSON.stringify(expected)) tally.stateLost += 1;
        expect(read).toEqual(expected);
        expect(body.split('\n')).toContain(stateComment(expected));

        // Ticks: those GitHub shows ticked are kept; odd spellings tick nothing.
        const shownSteps = [...body.matchAll(STEP_KEY)].map((m) => m[1] as string);
        const nowTicked = tickedItems(body);
        const wanted = marked ? recognisableTicks(edited) : new Set<string>();
        for (const key of shownSteps) {
          // "Rescan now" is a command, not a step: the rebuilt body always shows it unticked.
          if (key === RESCAN_KEY) {
            expect(nowTicked.has(key), 'rescan-now').toBe(false);
            continue;
          }
          expect(nowTicked.has(key), `step ${key}`).toBe(wanted.has(key));
          if (wanted.has(key)) tally.ticksKept += 1;
        }
        if (marked) {
          for (const key of tickedItems(edited)) expect(wanted.has(key)).toBe(true);
          const odd = [...edited.matchAll(/\[(?: x|x |✓|\*|xx)\][^\n]*product-health:step:([a-z0-9:-]+)/g)]
            .length;
          tally.oddTicksIgnored += odd;
        }

        const audit = auditMarkdown(body, { issueBody: true });
        tally.mentions += audit.mentions.length;
        tally.unescapedHtml += audit.html.length;
        expect(audit).toEqual(CLEAN);

        // Rebuilt once, the body is stable: the next run writes nothing.
        const before = github.requests.length;
        const second = await scan(count);
        const writes = github.requests.slice(before).filter((r) => r.kind === 'rest' && r.method !== 'GET');
        tally.secondRunEdits += writes.length;
        expect(second.issue?.action).toBe('unchanged');
        expect(writes).toEqual([]);
      }),
    );
    expect(tally.updated).toBeGreaterThan(15);
    expect(tally.recreated).toBeGreaterThan(5);
    expect(tally.ticksKept).toBeGreaterThan(5);
    figures.push({
      area: 'hostile input',
      tried:
        'health issue: body emptied, rewritten, truncated, wrong-typed state, duplicated markers, 1 MB, odd ticks, CRLF',
      figures: { ...result, ...tally },
      command: command('the next run rebuilds a valid body'),
    });
  });
});
