import { isBotActor } from './bots.js';
import type { AuthorAssociation, Issue, IssueComment } from './raw-snapshot.js';

const MAINTAINERS: ReadonlySet<AuthorAssociation> = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * A response to a feedback issue: a comment by someone other than the issue's author, not a bot,
 * and a maintainer when only maintainers count.
 */
export function isFeedbackResponse(
  comment: IssueComment,
  issue: Pick<Issue, 'author'>,
  maintainersOnly: boolean,
): boolean {
  if (isBotActor(comment.author)) return false;
  if (
    comment.author &&
    issue.author &&
    comment.author.login.toLowerCase() === issue.author.login.toLowerCase()
  ) {
    return false;
  }
  return !maintainersOnly || MAINTAINERS.has(comment.authorAssociation);
}
