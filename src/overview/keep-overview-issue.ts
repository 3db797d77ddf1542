import type { Comparison } from '../compare/comparison.js';
import { graphqlErrorsOf, readFailure, statusOf } from '../github/classify-error.js';
import type { GitHubClient } from '../github/github-client.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { readLabelledIssues } from '../github/read-labelled-issues.js';
import { findMarkedIssue } from '../issue/find-marked-issue.js';
import {
  CREATE_ISSUE_ROUTE,
  type IssueIdentity,
  keepMarkedIssue,
  type PlannedWrite,
} from '../issue/keep-marked-issue.js';
import { sameIssueText } from '../issue/same-issue-text.js';
import type { Language } from '../model/ids.js';
import type { KnownIssue } from '../model/known-issue.js';
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

/** A write the overview keeper sends (the same routes as the product-health issue's). */
export type OverviewWrite = PlannedWrite;

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

class OverviewRepositoryError extends Error {}

/**
 * Keeps the organisation overview issue with the product-health issue's keeper: found by its
 * hidden marker among ALL the issues carrying the label, created once, edited only when its
 * content changed, left closed when someone closed it, open duplicates closed with a neutral link
 * to the oldest open one (a closed duplicate is left alone), read again after a creation. Never
 * throws for a GitHub answer: a refusal is `failed` with what to fix.
 */
export async function keepOverviewIssue(input: KeepOverviewIssueInput): Promise<OverviewIssueResult> {
  const { owner, repo } = input;
  const { title, body, omittedRows } = renderOverviewBody(input.comparison, input.subject, input.language);
  const base = { body, omittedRows, writes: [] as OverviewWrite[], healed: [] as number[] };
  let labelled: KnownIssue[];
  try {
    labelled = await listLabelled(input);
  } catch (error) {
    return { ...base, action: 'failed', issue: null, message: failureMessage(error, input, 'read') };
  }
  const { kept, duplicates } = findMarkedIssue(labelled, hasOverviewMarker);
  const texts = TEXTS[input.language];
  const writes: OverviewWrite[] = [];
  let action: OverviewIssueResult['action'] = 'unchanged';
  if (!kept) {
    writes.push({
      route: CREATE_ISSUE_ROUTE,
      parameters: { owner, repo, title, body, labels: [input.label] },
      description: texts.create,
    });
    action = 'created';
  } else if (kept.state === 'closed') {
    action = 'left-closed';
  } else if (!sameIssueText(kept.body, body) || kept.title !== title) {
    writes.push({
      route: UPDATE_ISSUE_ROUTE,
      parameters: { owner, repo, issue_number: kept.number, title, body },
      description: texts.update(kept.number),
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
  return keepMarkedIssue(
    {
      client: input.client,
      owner,
      repo,
      label: input.label,
      isMarked: hasOverviewMarker,
      duplicateWrites: (duplicate, keptIssue) => closeDuplicate(input, duplicate, keptIssue),
      describeFailure: (error) => failureMessage(error, input, 'write'),
    },
    result,
  );
}

/** Every issue carrying the label (all pages); what to fix when the repository cannot hold the overview. */
async function listLabelled(input: KeepOverviewIssueInput): Promise<KnownIssue[]> {
  const where = `${input.owner}/${input.repo}`;
  let listed: Awaited<ReturnType<typeof readLabelledIssues>>;
  try {
    listed = await readLabelledIssues(input.client, input);
  } catch (error) {
    if (graphqlErrorsOf(error)?.errors.some((entry) => entry.type === 'NOT_FOUND')) {
      throw new OverviewRepositoryError(notFound(where));
    }
    throw error;
  }
  if (!listed) throw new OverviewRepositoryError(notFound(where));
  if (!listed.issuesEnabled) throw new OverviewRepositoryError(issuesOff(where));
  return listed.issues;
}

function notFound(where: string): string {
  return `${where} was not found: create it (an organisation's \`.github\` repository is the usual home) or name another repository for the overview`;
}

function issuesOff(where: string): string {
  return `${where} has issues turned off: turn them on or name another repository for the overview`;
}

function closeDuplicate(
  input: KeepOverviewIssueInput,
  duplicate: IssueIdentity,
  kept: IssueIdentity,
): OverviewWrite[] {
  const { owner, repo } = input;
  const texts = TEXTS[input.language];
  const reference = parseIssueUrl(kept.url);
  const link = reference ? neutralIssueLink(reference, null, input.language) : `n°${kept.number}`;
  const where = { owner, repo, issue_number: duplicate.number };
  return [
    {
      route: COMMENT_ROUTE,
      parameters: { ...where, body: texts.duplicate(link) },
      description: texts.comment(duplicate.number),
    },
    {
      route: UPDATE_ISSUE_ROUTE,
      parameters: { ...where, state: 'closed', state_reason: 'not_planned' },
      description: texts.close(duplicate.number),
    },
  ];
}

const UPDATE_ISSUE_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

const TEXTS = {
  fr: {
    create: 'créer le ticket de synthèse santé produit',
    update: (number: number) => `mettre à jour le ticket de synthèse n°${number}`,
    comment: (number: number) => `commenter le doublon n°${number}`,
    close: (number: number) => `fermer le doublon n°${number}`,
    duplicate: (link: string) =>
      `Doublon du ticket de synthèse santé produit tenu dans ${link} : fermé par product-health.`,
  },
  en: {
    create: 'create the product-health overview issue',
    update: (number: number) => `update the overview issue #${number}`,
    comment: (number: number) => `comment on the duplicate #${number}`,
    close: (number: number) => `close the duplicate #${number}`,
    duplicate: (link: string) =>
      `Duplicate of the product-health overview issue kept in ${link}: closed by product-health.`,
  },
} as const;

function failureMessage(error: unknown, input: KeepOverviewIssueInput, doing: 'read' | 'write'): string {
  if (error instanceof OverviewRepositoryError) return error.message;
  const where = `${input.owner}/${input.repo}`;
  if (statusOf(error) === 410) return issuesOff(where);
  const permission = doing === 'write' ? 'Issues: write' : PERMISSIONS.issues;
  return readFailure(error, `the overview issue in ${where}`, permission).detail;
}
