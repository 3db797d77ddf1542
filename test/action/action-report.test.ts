import * as core from '@actions/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionOutputs, setActionOutputs } from '../../src/action/action-outputs.js';
import { addJobSummary } from '../../src/action/job-summary.js';
import { partialDataWarnings } from '../../src/action/partial-data-warnings.js';
import type { KeepHealthIssueResult } from '../../src/issue/keep-health-issue.js';
import { PILLAR_IDS } from '../../src/model/ids.js';
import { unavailable } from '../../src/model/part.js';
import { healthReport } from '../issue/health-report.js';

function issueResult(overrides: Partial<KeepHealthIssueResult> = {}): KeepHealthIssueResult {
  return {
    action: 'created',
    issue: { number: 42, url: 'https://github.com/example/product/issues/42' },
    title: 'Santé produit',
    body: 'body',
    writes: [],
    healed: [],
    omittedSections: [],
    message: null,
    ...overrides,
  };
}

describe('the Action’s outputs', () => {
  it('give the score, the grade, the issue and the report’s path as strings', async () => {
    const report = await healthReport();
    const outputs = actionOutputs(report, issueResult(), '/runner/temp/product-health-report.json');
    expect(outputs).toEqual({
      score: String(report.score),
      grade: report.grade,
      'issue-number': '42',
      'report-path': '/runner/temp/product-health-report.json',
    });

    const set: Array<[string, string]> = [];
    setActionOutputs((name, value) => set.push([name, value]), outputs);
    expect(set.map(([name]) => name)).toEqual(['score', 'grade', 'issue-number', 'report-path']);
  });

  it('are empty when there is no score or no issue', async () => {
    const report = { ...(await healthReport()), score: null, grade: null };
    expect(actionOutputs(report, null, '/tmp/r.json')).toEqual({
      score: '',
      grade: '',
      'issue-number': '',
      'report-path': '/tmp/r.json',
    });
    expect(actionOutputs(report, issueResult({ issue: null }), '/tmp/r.json')['issue-number']).toBe('');
  });
});

describe('warnings for partial data', () => {
  it('name each unreadable part, each configuration problem and an issue not kept', async () => {
    const report = await healthReport({
      configText: 'windowDays: 3\n',
      snapshot: { deployments: unavailable('no-permission', 'Deployments: read is missing') },
    });
    const warnings = partialDataWarnings(
      report,
      issueResult({ action: 'failed', message: 'Issues: write is missing' }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Partial data: deployments could not be read \(no-permission\): Deployments: read/,
      ),
      expect.stringMatching(/^Configuration problem in \.github\/product-health\.yml:1 key 'windowDays': /),
      'The product-health issue was not kept (failed): Issues: write is missing',
    ]);
  });

  it('are none for a complete run', async () => {
    expect(partialDataWarnings(await healthReport(), issueResult({ action: 'unchanged' }))).toEqual([]);
  });
});

describe('the job summary', () => {
  beforeEach(() => {
    core.summary.emptyBuffer();
  });

  it('holds the pillar table, the next steps and the issue', async () => {
    const report = await healthReport({ language: 'en' });
    const html = addJobSummary(core.summary, report, issueResult(), false).stringify();

    expect(html).toContain(`<h2>Product health — ${report.repository.name}</h2>`);
    expect(html).toContain('<table><tr><th>Pillar</th><th>Grade</th><th>Signals</th></tr>');
    const rows = html.match(/<tr><td>/g) ?? [];
    expect(rows).toHaveLength(PILLAR_IDS.length);
    for (const pillar of report.pillars) expect(html).toContain(`<tr><td>${pillar.title}</td>`);
    expect(html).toContain('<h3>The 3 next steps</h3>');
    expect(html).toContain('<code>.github/ISSUE_TEMPLATE/user-feedback.yml</code>');
    expect(html).toContain(
      'Product-health issue <a href="https://github.com/example/product/issues/42">#42</a>: created.',
    );
  });

  it('has a trend column once scores were kept', async () => {
    const report = await healthReport({ language: 'en' });
    const trend = { from: 40, to: 48, change: 8, since: '2026-05-01' };
    const withTrends = { ...report, trends: { overall: trend, pillars: { team: trend }, history: [] } };
    const html = addJobSummary(core.summary, withTrends, null, false).stringify();
    expect(html).toContain('<th>Pillar</th><th>Grade</th><th>Trend</th><th>Signals</th>');
    expect(html).toContain('<td>↗ +8 since 2026-05-01</td>');
    expect(html).toContain('<td>—</td>');
  });

  it('lists what could not be read and never lets repository text become markup', async () => {
    const report = await healthReport({
      snapshot: { deployments: unavailable('no-permission', '<img src=x onerror=alert(1)>') },
    });
    const html = addJobSummary(core.summary, report, issueResult({ issue: null }), true).stringify();
    expect(html).toContain('<h3>Ce qui n’a pas pu être lu</h3>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Ticket de santé produit\u00a0: créé — essai à blanc : rien n’a été écrit.');
  });
});
