import { describe, expect, it } from 'vitest';
import {
  neutralIssueHref,
  neutralIssueLink,
  parseIssueUrl,
  safeHref,
} from '../../src/render/neutral-link.js';

describe('parseIssueUrl', () => {
  it('recognises issues, pull requests and discussions, on any host', () => {
    expect(parseIssueUrl('https://github.com/o/r/issues/12')).toEqual({
      host: 'github.com',
      owner: 'o',
      repo: 'r',
      kind: 'issues',
      number: 12,
    });
    expect(parseIssueUrl('https://github.com/o/r.js/pull/7/files')?.kind).toBe('pull');
    expect(parseIssueUrl('https://ghe.example.gouv.fr/team/app/discussions/3')?.host).toBe(
      'ghe.example.gouv.fr',
    );
  });

  it('leaves other addresses alone', () => {
    expect(parseIssueUrl('https://github.com/o/r/blob/main/ROADMAP.md')).toBeNull();
    expect(parseIssueUrl('https://github.com/o/r/issues')).toBeNull();
    expect(parseIssueUrl('javascript:alert(1)//github.com/o/r/issues/1')).toBeNull();
    expect(parseIssueUrl('not a url')).toBeNull();
  });
});

describe('neutralIssueLink', () => {
  it('links through GitHub’s redirector on github.com, without the o/r#12 form', () => {
    const reference = parseIssueUrl('https://github.com/o/r/pull/12');
    if (!reference) throw new Error('unparsed');
    expect(neutralIssueHref(reference)).toBe('https://redirect.github.com/o/r/pull/12');
    expect(neutralIssueLink(reference, null, 'fr')).toBe(
      '[o/r n°12](https://redirect.github.com/o/r/pull/12)',
    );
    expect(neutralIssueLink(reference, null, 'en')).toBe(
      '[o/r no. 12](https://redirect.github.com/o/r/pull/12)',
    );
  });

  it('shows text only on GitHub Enterprise Server, which has no redirector', () => {
    const reference = parseIssueUrl('https://ghe.example.gouv.fr/o/r/issues/12');
    if (!reference) throw new Error('unparsed');
    expect(neutralIssueHref(reference)).toBeNull();
    const text = neutralIssueLink(reference, 'Bouton cassé', 'fr');
    expect(text).toBe('Bouton cassé (o/r n°12)');
    expect(text).not.toContain('](');
  });

  it('escapes a hostile label: no mention, reference, HTML or broken link', () => {
    const reference = parseIssueUrl('https://github.com/o/r/issues/12');
    if (!reference) throw new Error('unparsed');
    const link = neutralIssueLink(reference, '@team #3 <img src=x> ](javascript:x) `x`\n| y', 'fr');
    expect(link).not.toMatch(/@team|#3|<img|[^\\]\]\(javascript/);
    expect(link).toContain('\\](javascript:x)');
    expect(link).toMatch(/^\[.*\]\(https:\/\/redirect\.github\.com\/o\/r\/issues\/12\)$/);
    expect(link).not.toContain('\n');
  });

  it('cuts an overlong label rather than letting it fill the issue', () => {
    const reference = parseIssueUrl('https://github.com/o/r/issues/12');
    if (!reference) throw new Error('unparsed');
    expect(neutralIssueLink(reference, 'a'.repeat(5_000), 'fr').length).toBeLessThan(400);
  });
});

describe('safeHref', () => {
  it('keeps http(s) addresses, encoded so they cannot close a Markdown link', () => {
    expect(safeHref('https://stats.example.gouv.fr/a (b)')).toBe('https://stats.example.gouv.fr/a%20%28b%29');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('docs/vision.md')).toBeNull();
  });
});

describe('issue addresses followed by punctuation', () => {
  it('are still issue references, so links to them go through the redirector', () => {
    for (const url of [
      'https://github.com/o/r/issues/5!',
      'https://github.com/o/r/issues/5).',
      'https://github.com/o/r/pull/7?x=1',
    ]) {
      expect(parseIssueUrl(url), url).toMatchObject({ owner: 'o', repo: 'r' });
    }
    expect(parseIssueUrl('https://github.com/o/r/issues/5!')?.number).toBe(5);
  });
});
