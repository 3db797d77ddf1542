import { isBotActor } from './bots.js';
const MAINTAINERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * A response to a feedback issue: a comment by someone other than the issue's author, not a bot,
 * and a maintainer when only maintainers count.
 */
export function isFeedbackResponse(comment, issue, maintainersOnly) {
    if (isBotActor(comment.author))
        return false;
    if (comment.author &&
        issue.author &&
        comment.author.login.toLowerCase() === issue.author.login.toLowerCase()) {
        return false;
    }
    return !maintainersOnly || MAINTAINERS.has(comment.authorAssociation);
}
