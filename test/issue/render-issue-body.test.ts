import { beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import {
  nextIssueState,
  readIssueState,
  stateComment,
  trendsFromState,
} from '../../src/issue/issue-state.js';
import { MAX_BODY_CHARS, renderIssueBody } from '../../src/issue/render-issue-body.js';
import { tickedItems } from '../../src/issue/ticked-items.js';
import type { Evidence } from '../../src/model/signal.js';
import type { Report } from '../../src/report/report.js';
import { healthReport } from './health-report.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const HOSTILE =
  '@someone #12 <b>x</b> --> <img src=x onerror=alert(1)> `tick` o/r#3 GH-4 | cell\nline 🎉 مرحبا \u202Eevil';
const none = new Set<string>();

let report: Report;
beforeAll(async () => {
  report = await healthReport({ configText: 'language: de\n', unansweredFeedback: [HOSTILE, 'Second'] });
});

const render = (r: Report, ticked: ReadonlySet<string> = none) =>
  renderIssueBody(r, nextIssueState(null, r, NOW), { ticked });

describe('renderIssueBody', () => {
  it('opens with the marker and ends with the state, which reads back', () => {
    const state = nextIssueState(null, report, NOW);
    const { title, body } = renderIssueBody(report, state, { ticked: none });
    expect(title).toBe('Santé produit');
    expect(body.startsWith(`${HEALTH_ISSUE_MARKER}\n`)).toBe(true);
    expect(body.endsWith(stateComment(state))).toBe(true);
    expect(body.match(/product-health:state/g)).toHaveLength(1);
    expect(readIssueState(body)).toEqual(state);
  });

  it('speaks English on request, with a static title', async () => {
    const english = await healthReport({ language: 'en' });
    const { title, body } = render(english);
    expect(title).toBe('Product health');
    expect(title).not.toMatch(/[A-E] \(/);
    expect(body).toContain('## Pillars at a glance');
    expect(body).toContain('## The three next steps');
  });

  it('holds nothing volatile: another run time or window gives the same bytes', async () => {
    const later = {
      ...report,
      generatedAt: '2026-06-16T03:00:00.000Z',
      window: { ...report.window, since: '2026-03-18T03:00:00.000Z', until: '2026-06-16T03:00:00.000Z' },
    };
    const state = nextIssueState(null, report, NOW);
    const first = renderIssueBody(report, state, { ticked: none }).body;
    expect(renderIssueBody(later, state, { ticked: none }).body).toBe(first);
    const visible = first.replace(stateComment(state), '');
    expect(visible).not.toContain(report.generatedAt.slice(0, 10));
    expect(visible).not.toContain(report.window.since.slice(0, 10));
    expect(visible).not.toMatch(/\d{2}:\d{2}/);
  });

  it('shows each pillar’s trend with its sign and the day compared with', () => {
    const before = nextIssueState(
      null,
      {
        ...report,
        score: 30,
        pillars: report.pillars.map((p) => ({ ...p, score: p.id === 'team' ? 20 : p.score })),
      },
      new Date('2026-05-01T08:00:00Z'),
    );
    const state = nextIssueState(before, report, NOW);
    const { body } = renderIssueBody({ ...report, trends: trendsFromState(state) }, state, { ticked: none });
    expect(body).toContain('| Évolution |');
    const teamRow = body.split('\n').find((line) => line.startsWith('| Une équipe'));
    expect(teamRow).toContain('| ↘ -20 depuis 2026-05-01 |');
    expect(body).toMatch(
      /\*\*Note globale\u00a0: D \(48\/100, partielle\u00a0: 8 signal\(aux\) connu\(s\) sur 9\)\*\* · ↗ \+18 depuis 2026-05-01/,
    );
  });

  it('lists the next steps as a checklist and keeps the boxes the user ticked', () => {
    const steps = report.nextSteps.map((step) => step.signal);
    expect(steps.length).toBeGreaterThan(1);
    const [first = 'vision', second = 'vision'] = steps;
    const { body } = render(report, new Set([second, 'a-step-that-no-longer-exists', 'rescan-now']));
    // The steps left unticked, and the "rescan now" box, never shown ticked.
    expect(body.match(/^- \[ \] /gm)).toHaveLength(steps.length - 1 + 1);
    expect(body).toMatch(/^- \[ \] \*\*Relancer l’analyse\*\* .*<!-- product-health:step:rescan-now -->$/m);
    expect(body.match(/^- \[x\] /gm)).toHaveLength(1);
    expect(tickedItems(body)).toEqual(new Set([second]));
    expect(body).toContain(`<!-- product-health:step:${first} -->`);
    expect(body).not.toContain('a-step-that-no-longer-exists');
  });

  it('quotes hostile issue titles harmlessly: no mention, no reference, no HTML, comments intact', () => {
    const { body } = render(report);
    expect(body).toContain('@\u2060someone');
    expect(body).not.toMatch(/@someone/);
    expect(body).not.toMatch(/#\d/);
    expect(body).not.toMatch(/GH-\d/);
    expect(body).not.toContain('\u202E');
    expect(body).toContain('🎉 مرحبا');
    expect(body).not.toContain('https://github.com/example/product/issues/12');
    expect(body).toContain('](https://redirect.github.com/example/product/issues/12)');
    // Once our own tags and comments are taken out, nothing that looks like HTML is left.
    const rest = body
      .replace(/<!-- product-health:(issue|step:[a-z-]+) -->/g, '')
      .replace(stateComment(nextIssueState(null, report, NOW)), '')
      .replace(/<\/?(sub|details|summary)>/g, '');
    expect(rest).not.toContain('<');
    expect(rest).not.toContain('-->');
    expect(rest.replace(/^> /gm, '')).not.toContain('>');
    // Every table row still has its five cell borders.
    const rows = body.split('\n').filter((line) => line.startsWith('|'));
    expect(rows.length).toBe(report.pillars.length + 2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(5);
  });

  it('stays as it is when it fits: no section left out, no note', () => {
    const { body, omittedSections } = render(report);
    expect(omittedSections).toEqual([]);
    expect(body).not.toContain('product-health scan');
    expect(body).toContain('## Ce qui n’a pas pu être lu');
  });
});

describe('renderIssueBody over the size limit', () => {
  const configProblems = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      file: '.github/product-health.yml',
      key: `thresholds.roadmap.key${i}`,
      line: i + 1,
      message: `unknown threshold \`key${i}\` for this signal (ignored) — ${'lorem ipsum '.repeat(4)}`,
    }));

  it('leaves out whole sections, says which, and keeps the marker, summary, steps and state', () => {
    const huge: Report = {
      ...report,
      configProblems: configProblems(3_000),
      unavailable: [
        { part: 'commits', reason: 'no-permission', detail: 'Resource not accessible by integration' },
      ],
    };
    const state = nextIssueState(null, huge, NOW);
    const { body, omittedSections } = renderIssueBody(huge, state, { ticked: none });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(omittedSections).toEqual(['config-problems']);
    expect(body).not.toContain('key17');
    expect(body).toMatch(/ces sections ne sont pas affichées : «\u00a0Problèmes de configuration\u00a0»/);
    expect(body).toContain('`product-health scan`');
    expect(body.startsWith(HEALTH_ISSUE_MARKER)).toBe(true);
    expect(body.endsWith(stateComment(state))).toBe(true);
    expect(body).toContain('## Synthèse par pilier');
    expect(body).toContain('## Les trois prochaines étapes');
    // The rest of the problems section is whole.
    expect(body).toContain('- `commits`');
  });

  it('drops the details of healthy signals before the problems, and whole', () => {
    const evidence: Evidence[] = Array.from({ length: 2_000 }, (_, i) => ({
      kind: 'file',
      ref: `docs/produit/notes/${i}-${'x'.repeat(20)}.md`,
    }));
    const inflated: Report = {
      ...report,
      configProblems: configProblems(100),
      signals: report.signals.map((s) => (s.status === 'pass' ? { ...s, evidence } : s)),
    };
    const passing = report.signals.filter((s) => s.status === 'pass');
    expect(passing.length).toBeGreaterThan(1);
    const { body, omittedSections } = render(inflated);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(omittedSections).toEqual(passing.map((s) => `signal:${s.id}`));
    for (const s of passing) {
      expect(body).not.toContain(`### ✅ ${s.title}`);
      // Still named in the summary table and in the note.
      expect(body).toContain(`✅ ${s.title}`);
    }
    expect(body).toContain('key99');
    expect(body).toContain('### ❌ Traitement des retours utilisateurs');
  });

  it('speaks the report’s language in the note', async () => {
    const english = await healthReport({ language: 'en' });
    const { body } = render({ ...english, configProblems: configProblems(3_000) });
    expect(body).toContain('these sections are not shown: “Configuration problems”');
  });
});
