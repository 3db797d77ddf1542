import { limitText } from '../collect/limit-text.js';
import { isFeedbackResponse } from '../model/feedback-response.js';
import type { KnownIssue } from '../model/known-issue.js';
import { available, type Part, unavailable } from '../model/part.js';
import type { FileContent, Issue } from '../model/raw-snapshot.js';
import type { ProductRecordSource } from '../product-record/product-record-source.js';
import { graphqlErrorsOf, type ReadFailure, readFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { PERMISSIONS } from './github-permissions.js';
import { GraphqlFailures } from './graphql-failures.js';
import { nodesOf, toComment, toIssue, toKnownIssues } from './map-nodes.js';
import { productRecordPart, type RecordRequest } from './product-record-part.js';
import {
  type BlobNode,
  buildDetailsQuery,
  type DetailsRequest,
  type DetailsResponse,
} from './queries/details-query.js';
import type { IssueNode } from './queries/fragments.js';
import { nextCursor } from './read-labelled-issues.js';
import { MAX_PAGES, type ScanPagers } from './scan-pagers.js';

const FILES_PER_REQUEST = 150;
const COMMENT_PAGES_PER_REQUEST = 50;
const MAX_DETAIL_REQUESTS = 150;
const NOT_A_FILE: Record<string, string> = { Tree: 'a folder', Commit: 'a submodule' };

export interface DetailsInput {
  owner: string;
  name: string;
  since: string;
  head: string | null;
  files: string[];
  datedFiles: string[];
  feedbackLabels: string[] | null;
  healthLabel: string | null;
  restartHistory: boolean;
  pagers: ScanPagers;
  maintainersOnly: boolean;
  /** The product's public record, read in the first request (no request of its own). */
  record?: RecordRequest | null;
}

interface CommentThread {
  issue: Issue;
  id: string;
  cursor: string | null;
  pages: number;
  failure: ReadFailure | null;
}

/**
 * Reads what the overview could not: file texts and dates, feedback issues, the product-health
 * issue, the next pages of the connections the window still covers, and comments past the first
 * page when no response was found in it. One request per round, as many rounds as needed.
 */
export async function readDetails(client: GitHubClient, input: DetailsInput) {
  const { pagers } = input;
  const contents: Record<string, Part<FileContent>> = {};
  const dates = new Map<string, string | null>();
  const threads = new Map<string, CommentThread>();
  let health: Part<KnownIssue[]> = input.healthLabel
    ? unavailable('api-fault', 'the product-health issue could not be read')
    : available([]);
  let pendingFiles = [...input.files];
  let pendingDates = [...input.datedFiles];
  let feedback: { after: string | null } | null = input.feedbackLabels ? { after: null } : null;
  let historyAfter: string | null | undefined = input.restartHistory
    ? null
    : (pagers.history.cursor ?? undefined);
  let healthPending = input.healthLabel !== null;
  /** Where the labelled issues continue past the first page (read by `readLabelledIssues`). */
  let healthAfter: string | null = null;
  let record: ProductRecordSource | null = null;

  for (let round = 0; round < MAX_DETAIL_REQUESTS; round++) {
    const files = pendingFiles.slice(0, FILES_PER_REQUEST);
    const datedFiles = pendingDates.slice(0, FILES_PER_REQUEST);
    const continuing = [...threads.values()]
      .filter((thread) => thread.cursor !== null)
      .slice(0, COMMENT_PAGES_PER_REQUEST);
    const request: DetailsRequest = {
      owner: input.owner,
      name: input.name,
      since: input.since,
      head: input.head,
      files,
      datedFiles,
      feedback:
        feedback && input.feedbackLabels ? { labels: input.feedbackLabels, after: feedback.after } : null,
      healthLabel: healthPending ? input.healthLabel : null,
      more: {
        history: historyAfter,
        releases: pagers.releases.cursor ?? undefined,
        tags: pagers.tags.cursor ?? undefined,
        deployments: pagers.deployments.cursor ?? undefined,
      },
      comments: continuing.map((thread) => ({ issueId: thread.id, after: thread.cursor as string })),
      record: round === 0 && input.record ? input.record : null,
    };
    const built = buildDetailsQuery(request);
    if (!built) break;

    let data: DetailsResponse | null = null;
    let failures = new GraphqlFailures();
    try {
      data = await client.query<DetailsResponse>(built.document, built.variables);
    } catch (error) {
      const partial = graphqlErrorsOf(error);
      data = partial ? (partial.data as DetailsResponse | null) : null;
      failures = partial
        ? GraphqlFailures.of(partial.errors)
        : GraphqlFailures.all(readFailure(error, 'repository details', PERMISSIONS.contents));
    }
    const code = data?.withContents ?? null;
    const tracker = data?.withIssues ?? null;

    files.forEach((path, index) => {
      const alias = `file${index}`;
      const failure = failures.at('withContents', alias);
      contents[path] = blobPart(path, code?.[alias] as BlobNode | null | undefined, failure);
    });
    datedFiles.forEach((path, index) => {
      const alias = `date${index}`;
      const history = code?.head?.[alias] as { nodes?: Array<{ committedDate: string } | null> } | undefined;
      const date = history?.nodes?.[0]?.committedDate;
      dates.set(path, date ? new Date(date).toISOString() : null);
    });
    pendingFiles = pendingFiles.slice(files.length);
    pendingDates = pendingDates.slice(datedFiles.length);

    if (request.more.history !== undefined) {
      const failure = failures.at('withContents', 'head', 'history');
      if (failure) pagers.history.fail(failure);
      else pagers.history.absorb(code?.head?.history);
      historyAfter = pagers.history.cursor ?? undefined;
    }
    if (request.more.releases) {
      pagers.releases.absorbOrFail(code?.releases, failures.at('withContents', 'releases'));
    }
    if (request.more.tags) pagers.tags.absorbOrFail(code?.tags, failures.at('withContents', 'tags'));
    if (request.more.deployments) {
      pagers.deployments.absorbOrFail(
        data?.withDeployments?.deployments,
        failures.at('withDeployments', 'deployments'),
      );
    }
    if (request.feedback) {
      const failure = failures.at('withIssues', 'feedback');
      if (failure) {
        pagers.feedback.fail(failure);
        feedback = null;
      } else {
        const before = pagers.feedback.items.length;
        pagers.feedback.absorb(tracker?.feedback);
        for (const node of pagers.feedback.items.slice(before))
          openThread(threads, node, input.maintainersOnly);
        feedback = pagers.feedback.cursor ? { after: pagers.feedback.cursor } : null;
      }
    }
    if (request.record && input.record) {
      record = productRecordPart(input.record, data?.productRecord, failures.at('productRecord'));
    }
    if (healthPending) {
      const failure = failures.at('withIssues', 'health');
      health = failure
        ? unavailable(failure.reason, failure.detail)
        : available(toKnownIssues(nodesOf(tracker?.health)));
      healthAfter = failure ? null : nextCursor(tracker?.health);
      healthPending = false;
    }
    continuing.forEach((thread, index) => {
      const alias = `comments${index}` as const;
      const failure = failures.at(alias);
      if (failure) {
        thread.failure = failure;
        thread.cursor = null;
        return;
      }
      const page = data?.[alias]?.comments;
      thread.pages += 1;
      thread.issue.comments.push(...nodesOf(page).map(toComment));
      const more = page?.pageInfo.hasNextPage === true && page.pageInfo.endCursor !== null;
      thread.issue.commentsComplete = !more;
      const answered = thread.issue.comments.some((comment) =>
        isFeedbackResponse(comment, thread.issue, input.maintainersOnly),
      );
      thread.cursor =
        more && !answered && thread.pages < MAX_PAGES.comments ? (page?.pageInfo.endCursor ?? null) : null;
    });
  }
  for (const pager of Object.values(pagers)) pager.stop();
  for (const path of pendingFiles) {
    contents[path] = unavailable('too-large', 'more files than one scan reads');
  }
  for (const [path, part] of Object.entries(contents)) {
    if (part.available) part.value.lastChangedAt = dates.get(path) ?? null;
  }

  const feedbackPart = pagers.feedback.part();
  const issues: Part<Issue[]> = feedbackPart.available
    ? available(
        feedbackPart.value
          .filter((node) => !input.healthLabel || !labelsOf(node).includes(input.healthLabel.toLowerCase()))
          .map((node) => threads.get(node.id)?.issue ?? toIssue(node)),
      )
    : feedbackPart;
  return { contents, issues, health, healthAfter, record };
}

function labelsOf(node: IssueNode): string[] {
  return nodesOf(node.labels).map((label) => label.name.toLowerCase());
}

/** Keeps the mapped issue; its comments continue only when the first page holds no response. */
function openThread(threads: Map<string, CommentThread>, node: IssueNode, maintainersOnly: boolean): void {
  const issue = toIssue(node);
  const answered = issue.comments.some((comment) => isFeedbackResponse(comment, issue, maintainersOnly));
  const cursor = node.comments.pageInfo.hasNextPage && !answered ? node.comments.pageInfo.endCursor : null;
  threads.set(node.id, { issue, id: node.id, cursor, pages: 1, failure: null });
}

function blobPart(
  path: string,
  blob: BlobNode | null | undefined,
  failure: ReadFailure | null,
): Part<FileContent> {
  if (failure) return unavailable(failure.reason, failure.detail);
  if (!blob) return unavailable('not-found', `${path} is not a file on the default branch`);
  // `... on Blob` selects nothing of a folder (a Tree) or a submodule (a Commit).
  if (typeof blob.text !== 'string' && blob.text !== null) {
    const kind = NOT_A_FILE[blob.__typename ?? ''];
    const detail = kind
      ? `${path} is ${kind} on the default branch, not a file`
      : `${path} is not a file on the default branch`;
    return unavailable('not-found', detail);
  }
  if (blob.isBinary) return unavailable('too-large', `${path} is a binary file`);
  if (blob.text === null) return unavailable('too-large', `${path} is too large to be read through the API`);
  const { text, truncated } = limitText(blob.text);
  return available({ text, lastChangedAt: null, truncated: truncated || blob.isTruncated });
}
