/** Issues as GitHub returns them (its published `issue` example), and as the keeper knows them. */
import type { KnownIssue } from '../../src/issue/known-issue.js';
import { openapiExample } from '../helpers/openapi-examples.js';

export const OWNER = 'example';
export const REPO = 'product';

/** GitHub's `issue` example moved to example/product, with these fields replaced. */
export function githubIssue(
  number: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const issue = openapiExample('issue');
  return {
    ...issue,
    number,
    html_url: `https://github.com/${OWNER}/${REPO}/issues/${number}`,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${number}`,
    labels: [{ ...(issue.labels as Record<string, unknown>[])[0], name: 'product-health' }],
    ...overrides,
  };
}

/** What a source hands the keeper for a GitHub issue. */
export function knownIssue(raw: Record<string, unknown>): KnownIssue {
  const labels = (raw.labels as Array<{ name: string } | string>).map((l) =>
    typeof l === 'string' ? l : l.name,
  );
  return {
    number: raw.number as number,
    title: raw.title as string,
    body: (raw.body as string | null) ?? '',
    state: raw.state as 'open' | 'closed',
    stateReason: (raw.state_reason as string | null) ?? null,
    createdAt: raw.created_at as string,
    url: raw.html_url as string,
    author: (raw.user as { login: string } | null)?.login ?? null,
    labels,
  };
}

/** Shorthand: a known issue from GitHub's example with these fields replaced. */
export function issueWith(number: number, overrides: Record<string, unknown> = {}): KnownIssue {
  return knownIssue(githubIssue(number, overrides));
}
