import type { Comparison } from '../compare/comparison.js';
import { graphqlErrorsOf, readFailure, statusOf } from '../github/classify-error.js';
import type { GitHubClient } from '../github/github-client.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { sameIssueText } from '../issue/same-issue-text.js';
import type { Language } from '../model/ids.js';
import { neutralIssueLink, parseIssueUrl } from '../render/neutral-link.js';
import { hasOverviewMarker, renderOverviewBody } from './overview-body.js';

export interface KeepOverviewIssueInput {
  client: GitHubClient;
  /** The repository holding the overview issue: the owner's `.github` by default. */
  owner: string;
  repo: string;
  comparison: Comparison;
  /** Whose repositories the table shows (the comparison's owner). */
  subject: string;
  language: Language;
  label: string;
  dryRun: boolean;
}

export interface OverviewWrite {
  route: string;
  parameters: Record<string, unknown>;
}

export interface OverviewIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'left-closed' | 'failed';
  issue: { number: number; url: string } | null;
  body: string;
  omittedRows: number;
  writes: OverviewWrite[];
  /** Duplicates closed (or to close, in a dry run). */
  healed: number[];
  message: string | null;
}

interface ListedIssue {
  number: number;
  url: string;
  state: 'OPEN' | 'CLOSED';
  title: string;
  body: string;
}

const OVERVIEW_ISSUES_QUERY = /* GraphQL */ `
  query OverviewIssues($owner: String!, $repo: String!, $label: String!) {
    repository(owner: $owner, name: $repo) {
      hasIssuesEnabled
      issues(first: 20, labels: [$label], states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
        nodes {
          number
          url
          state
          title
          body
        }
      }
    }
  }
`;

interface OverviewIssuesResponse {
  repository: { hasIssuesEnabled: boolean; issues: { nodes: Array<ListedIssue | null> } } | null;
}

class OverviewRepositoryError extends Error {}

/**
 * Keeps the organisation overview issue with the same contract as the product-health issue:
 * found by its hidden marker (among issues carrying the label), created once, edited only when its
 * content changed, left closed when someone closed it, duplicates closed with a neutral link to the
 * oldest. Never throws for a GitHub answer: a refusal is `failed` with what to fix.
 */
export async function keepOverviewIssue(input: KeepOverviewIssueInput): Promise<OverviewIssueResult> {
  const { client, owner, repo } = input;
  const { title, body, omittedRows } = renderOverviewBody(input.comparison, input.subject, input.language);
  const base = { body, omittedRows, writes: [] as OverviewWrite[], healed: [] as number[] };
  let marked: ListedIssue[];
  try {
    marked = (await listLabelled(input)).filter((issue) => hasOverviewMarker(issue.body));
  } catch (error) {
    return { ...base, action: 'failed', issue: null, message: failureMessage(error, input, 'read') };
  }
  marked.sort((a, b) => a.number - b.number);
  const [kept, ...duplicates] = marked;
  const writes: OverviewWrite[] = [];
  let action: OverviewIssueResult['action'] = 'unchanged';
  if (!kept) {
    writes.push({
      route: 'POST /repos/{owner}/{repo}/issues',
      parameters: { owner, repo, title, body, labels: [input.label] },
    });
    action = 'created';
  } else if (kept.state === 'CLOSED') {
    action = 'left-closed';
  } else if (!sameIssueText(kept.body, body) || kept.title !== title) {
    writes.push({
      route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      parameters: { owner, repo, issue_number: kept.number, title, body },
    });
    action = 'updated';
  }
  if (kept) {
    for (const duplicate of duplicates) writes.push(...closeDuplicate(input, duplicate, kept));
  }
  const result: OverviewIssueResult = {
    ...base,
    action,
    issue: kept ? { number: kept.number, url: kept.url } : null,
    writes,
    healed: duplicates.map((duplicate) => duplicate.number),
    message: action === 'left-closed' ? 'the overview issue was closed by someone: it is left closed' : null,
  };
  if (input.dryRun) return result;
  try {
    for (const write of writes) {
      const data = await client.write<{ number?: number; html_url?: string }>(
        write.route as `POST ${string}`,
        write.parameters,
      );
      if (
        write.route.startsWith('POST') &&
        !write.route.endsWith('/comments') &&
        data.number &&
        data.html_url
      ) {
        result.issue = { number: data.number, url: data.html_url };
      }
    }
  } catch (error) {
    return { ...result, action: 'failed', message: failureMessage(error, input, 'write') };
  }
  return result;
}

/** The issues carrying the label, oldest first (one request); the overview is among the first ones. */
async function listLabelled(input: KeepOverviewIssueInput): Promise<ListedIssue[]> {
  const where = `${input.owner}/${input.repo}`;
  let data: OverviewIssuesResponse;
  try {
    data = await input.client.query<OverviewIssuesResponse>(OVERVIEW_ISSUES_QUERY, {
      owner: input.owner,
      repo: input.repo,
      label: input.label,
    });
  } catch (error) {
    if (graphqlErrorsOf(error)?.errors.some((entry) => entry.type === 'NOT_FOUND')) {
      throw new OverviewRepositoryError(notFound(where));
    }
    throw error;
  }
  if (!data.repository) throw new OverviewRepositoryError(notFound(where));
  if (!data.repository.hasIssuesEnabled) {
    throw new OverviewRepositoryError(issuesOff(where));
  }
  return data.repository.issues.nodes.filter((issue) => issue !== null);
}

function notFound(where: string): string {
  return `${where} was not found: create it (an organisation's \`.github\` repository is the usual home) or name another repository for the overview`;
}

function issuesOff(where: string): string {
  return `${where} has issues turned off: turn them on or name another repository for the overview`;
}

function closeDuplicate(
  input: KeepOverviewIssueInput,
  duplicate: ListedIssue,
  kept: ListedIssue,
): OverviewWrite[] {
  const { owner, repo } = input;
  const reference = parseIssueUrl(kept.url);
  const link = reference ? neutralIssueLink(reference, null, input.language) : `n°${kept.number}`;
  const note =
    input.language === 'en'
      ? `Duplicate of the product-health overview issue kept in ${link}: closed by product-health.`
      : `Doublon du ticket de synthèse santé produit tenu dans ${link} : fermé par product-health.`;
  const where = { owner, repo, issue_number: duplicate.number };
  return [
    {
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      parameters: { ...where, body: note },
    },
    {
      route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      parameters: { ...where, state: 'closed', state_reason: 'not_planned' },
    },
  ];
}

function failureMessage(error: unknown, input: KeepOverviewIssueInput, doing: 'read' | 'write'): string {
  if (error instanceof OverviewRepositoryError) return error.message;
  const where = `${input.owner}/${input.repo}`;
  if (statusOf(error) === 410) return issuesOff(where);
  const permission = doing === 'write' ? 'Issues: write' : PERMISSIONS.issues;
  return readFailure(error, `the overview issue in ${where}`, permission).detail;
}
