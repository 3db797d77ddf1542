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
import { STATUS_ICONS } from '../../src/render/labels.js';
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
    expect(body).toContain('## The 3 next steps');
    expect(body).toContain('against [the pillars of a product organisation](https://');
    expect(body).toContain('No grade has changed since this issue’s first report.');
    expect(body).toContain('<summary>What the guide says</summary>');
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
    expect(body).toContain(
      '\nDepuis le 2026-05-01\u00a0: note globale 30 → 48 (+18)\u00a0; Équipe 20 → 0 (-20).\n',
    );
    expect(body).toContain(
      '## Une équipe pluridisciplinaire et autonome — E (0/100) · ↘ -20 depuis 2026-05-01\n',
    );
    // An unchanged pillar shows no trend.
    expect(body).toContain('## Un service piloté par l’impact — A (100/100)\n');
    expect(body).toMatch(
      /\*\*Note globale\u00a0: D \(48\/100, partielle\u00a0: 8 signaux connus sur 9\)\*\*/,
    );
  });

  it('puts the grade, what changed and the steps first, failing signals in full, the others one line', () => {
    const { body } = render(report);
    const at = (text: string) => body.indexOf(text);
    expect(at('**Note globale')).toBeLessThan(at('Aucune note n’a changé'));
    expect(at('Aucune note n’a changé')).toBeLessThan(at('## Les 3 prochaines étapes'));
    expect(at('## Les 3 prochaines étapes')).toBeLessThan(at('\n## Une équipe'));
    for (const s of report.signals) {
      if (s.status === 'pass' || s.status === 'not-applicable') {
        expect(body).toContain(`\n- ${s.status === 'pass' ? '✅' : '➖'} ${s.title} — `);
        expect(body).not.toContain(s.measured);
      } else {
        expect(body).toContain(`**${STATUS_ICONS[s.status]} ${s.title} — `);
        expect(body).toContain(s.measured.slice(0, 40));
      }
    }
    // A signal whose advice is a next step points at it rather than repeating it.
    const first = report.nextSteps[0];
    expect(first).toBeDefined();
    expect(body.split(first?.advice ?? '').length).toBe(2);
    expect(body).toContain('→ voir l’étape 1.');
    // The guide's words once per pillar that needs work, folded; none per signal.
    expect(body.match(/<summary>Ce que dit le guide<\/summary>/g)?.length).toBe(
      report.pillars.filter((p) =>
        report.signals.some((s) => s.pillar === p.id && ['fail', 'warn', 'unknown'].includes(s.status)),
      ).length,
    );
    for (const s of report.signals) expect(body).not.toContain(s.why);
  });

  it('is short enough to be read to the end (the JSON report keeps every detail)', async () => {
    const typical = await healthReport({ unansweredFeedback: ['Le formulaire ne s’envoie pas', 'Lenteurs'] });
    expect(render(typical).body.length).toBeLessThan(6_000);
  });

  it('lists the next steps as a checklist and keeps the boxes the user ticked', () => {
    const steps = report.nextSteps.map((step) => step.signal);
    expect(steps.length).toBeGreaterThan(1);
    const [first = 'vision', second = 'vision'] = steps;
    const { body } = render(report, new Set([second, 'a-step-that-no-longer-exists', 'rescan']));
    // The steps left unticked, and the "rescan now" box, never shown ticked.
    expect(body.match(/^- \[ \] /gm)).toHaveLength(steps.length - 1 + 1);
    expect(body).toMatch(/^- \[ \] Réanalyser <!-- product-health:step:rescan -->$/m);
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
    expect(body).toContain('**Note globale');
    expect(body).toContain('## Les 3 prochaines étapes');
    // The rest of the problems section is whole.
    expect(body).toContain('- `commits`');
  });

  it('drops the details of warning signals before failing ones, and whole, keeping one line each', () => {
    const evidence: Evidence[] = Array.from({ length: 2_000 }, (_, i) => ({
      kind: 'file',
      ref: `docs/produit/notes/${i}-${'x'.repeat(20)}.md`,
    }));
    const inflated: Report = {
      ...report,
      configProblems: configProblems(100),
      signals: report.signals.map((s) => (s.status === 'fail' ? { ...s, evidence } : s)),
    };
    const failing = report.signals.filter((s) => s.status === 'fail');
    expect(failing.length).toBeGreaterThan(1);
    const { body, omittedSections } = render(inflated);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(omittedSections).toEqual(failing.map((s) => `signal:${s.id}`));
    for (const s of failing) {
      expect(body).not.toContain(`**❌ ${s.title}`);
      // Still named, one line, and in the note.
      expect(body).toContain(`- ❌ ${s.title} — `);
    }
    expect(body).toContain('key99');
    expect(body).toContain('<summary>Ce que dit le guide</summary>');
  });

  it('speaks the report’s language in the note', async () => {
    const english = await healthReport({ language: 'en' });
    const { body } = render({ ...english, configProblems: configProblems(3_000) });
    expect(body).toContain('these sections are not shown: “Configuration problems”');
  });
});
