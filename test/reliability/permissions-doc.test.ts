/**
 * docs/permissions.md justifies every permission and event the app asks for (app.yml), and every
 * permission the README's workflows give the Action: a permission added without its reason, or a
 * reason left for a permission removed, fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { recordFigure } from './record-figure.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = 'test/reliability/permissions-doc.test.ts';
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

const DOC = read('docs/permissions.md');
const README = read('README.md');
const APP = load(read('app.yml')) as {
  default_permissions?: Record<string, string>;
  default_events?: string[];
};
const ACTION = load(read('action.yml')) as {
  inputs?: Record<string, { default?: string }>;
  runs?: { using?: string };
};

/** Events GitHub sends every app, whether its manifest lists them or not. */
const ALWAYS_SENT = ['installation', 'installation_repositories'];

/** The keys a workflow's `permissions:` may set (GitHub's workflow syntax). */
const WORKFLOW_PERMISSIONS = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]);

/** The text of a `##` section, from its heading to the next `##` heading. */
function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && heading.test(line));
  if (start === -1) return '';
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

/** A section's first table: its rows (header and separator left out), keyed by the first cell's `code`. */
function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  for (const line of lines.slice(2)) {
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    const key = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (key) rows.set(key, cells.slice(1));
  }
  return rows;
}

/** Every fenced `yaml` block of a Markdown text, parsed. */
function yamlBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => load(match[1] ?? ''));
}

/** The `permissions:` a workflow sets, at its top level and in its jobs: key → access. */
function workflowPermissions(workflow: unknown): Array<[string, string]> {
  if (workflow === null || typeof workflow !== 'object') return [];
  const { permissions, jobs } = workflow as { permissions?: unknown; jobs?: Record<string, unknown> };
  const blocks = [
    permissions,
    ...Object.values(jobs ?? {}).map((job) => (job as { permissions?: unknown })?.permissions),
  ];
  return blocks.flatMap((block) =>
    block !== null && typeof block === 'object'
      ? Object.entries(block as Record<string, unknown>).map(([key, access]): [string, string] => [
          key,
          String(access),
        ])
      : [],
  );
}

const appPermissions = tableRows(section(DOC, /^## Permissions$/));
const appEvents = tableRows(section(DOC, /^## Events$/));
const actionSection = section(DOC, /^## The Action's workflow permissions$/);
const actionPermissions = tableRows(actionSection);
const workflows = yamlBlocks(README).filter(
  (block) => block !== null && typeof block === 'object' && 'jobs' in (block as object),
);
const readmePermissions = workflows.flatMap(workflowPermissions);

describe('docs/permissions.md against app.yml', () => {
  it('justifies every permission of app.yml, with the same access, and no other', () => {
    const asked = Object.entries(APP.default_permissions ?? {});
    expect(asked.length).toBeGreaterThan(0);
    for (const [permission, access] of asked) {
      const row = appPermissions.get(permission);
      expect(row, `docs/permissions.md: no row for the permission ${permission}`).toBeDefined();
      expect(row?.[0], `docs/permissions.md: access of ${permission}`).toBe(access);
      expect(row?.[1]?.length ?? 0, `docs/permissions.md: what ${permission} is used for`).toBeGreaterThan(
        20,
      );
      expect(
        row?.[2]?.length ?? 0,
        `docs/permissions.md: what happens without ${permission}`,
      ).toBeGreaterThan(0);
    }
    expect([...appPermissions.keys()].sort()).toEqual(asked.map(([permission]) => permission).sort());
  });

  it('justifies every event the app receives, and no other; each needs a permission it has', () => {
    const events = [...(APP.default_events ?? []), ...ALWAYS_SENT];
    for (const event of events) {
      const row = appEvents.get(event);
      expect(row, `docs/permissions.md: no row for the event ${event}`).toBeDefined();
      expect(row?.[0]?.length ?? 0, `docs/permissions.md: why the app listens to ${event}`).toBeGreaterThan(
        20,
      );
      const needs = /`([a-z_]+)`/.exec(row?.[1] ?? '')?.[1];
      if (needs)
        expect(Object.keys(APP.default_permissions ?? {}), `${event} needs ${needs}`).toContain(needs);
    }
    expect([...appEvents.keys()].sort()).toEqual([...events].sort());
  });
});

describe('docs/permissions.md against the Action (action.yml and the README’s workflows)', () => {
  it('says the Action scans with the workflow’s GITHUB_TOKEN, as action.yml’s default token', () => {
    expect(ACTION.runs?.using).toBe('node24');
    expect(ACTION.inputs?.token?.default).toMatch(/^\$\{\{\s*github\.token\s*\}\}$/);
    expect(actionSection).toMatch(/`GITHUB_TOKEN`/);
    expect(actionSection).toMatch(/`token`/);
  });

  it('justifies every permission the README’s workflows give, with the same access', () => {
    recordFigure({
      area: 'secrets',
      tried: 'permissions of app.yml and of the README’s workflows, each justified in docs/permissions.md',
      figures: {
        appPermissions: Object.keys(APP.default_permissions ?? {}).length,
        appEvents: (APP.default_events ?? []).length + ALWAYS_SENT.length,
        workflows: workflows.length,
        workflowPermissions: new Set(readmePermissions.map(([key]) => key)).size,
        unjustified: readmePermissions.filter(([key, access]) => actionPermissions.get(key)?.[0] !== access)
          .length,
      },
      command: `npx vitest run ${FILE}`,
    });

    expect(readmePermissions.length).toBeGreaterThan(0);
    for (const [permission, access] of readmePermissions) {
      const row = actionPermissions.get(permission);
      expect(row, `docs/permissions.md, the Action's section: no row for ${permission}`).toBeDefined();
      expect(row?.[0], `docs/permissions.md, the Action's section: access of ${permission}`).toBe(access);
      expect(row?.[1]?.length ?? 0, `what ${permission} is used for`).toBeGreaterThan(20);
      expect(row?.[2]?.length ?? 0, `what happens without ${permission}`).toBeGreaterThan(20);
    }
  });

  it('lists only permissions a workflow can set, each one the README’s workflows give', () => {
    expect(actionPermissions.size).toBeGreaterThan(0);
    const given = new Set(readmePermissions.map(([key]) => key));
    for (const permission of actionPermissions.keys()) {
      expect(WORKFLOW_PERMISSIONS, `${permission} is not a workflow permission`).toContain(permission);
      expect(given, `${permission} is justified but no workflow of the README gives it`).toContain(
        permission,
      );
    }
  });
});
