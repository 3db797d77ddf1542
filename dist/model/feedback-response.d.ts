import type { Issue, IssueComment } from './raw-snapshot.js';
/**
 * A response to a feedback issue: a comment by someone other than the issue's author, not a bot,
 * and a maintainer when only maintainers count.
 */
export declare function isFeedbackResponse(comment: IssueComment, issue: Pick<Issue, 'author'>, maintainersOnly: boolean): boolean;
