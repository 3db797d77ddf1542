import type { ScanCost } from '../github/github-client.js';
import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import { countOf } from '../messages/format-message.js';

/** One line on what reading GitHub cost, for standard error. */
export function describeCost(cost: ScanCost): string {
  const { total, graphql, restReads, restWrites } = cost.requests;
  return `GitHub API: ${countOf(total, 'request', 'requests')} — ${graphql} GraphQL, ${countOf(restReads, 'REST read', 'REST reads')}, ${countOf(restWrites, 'write', 'writes')}; ${countOf(cost.graphqlPoints, 'GraphQL point', 'GraphQL points')}`;
}

/** One line on what happened (or would happen) to the product-health issue. */
export function describeIssueOutcome(result: KeepHealthIssueResult, dryRun: boolean): string {
  const where = result.issue ? ` ${result.issue.url}` : '';
  const healed = result.healed.length > 0 ? `; duplicates closed: ${result.healed.join(', ')}` : '';
  const omitted =
    result.omittedSections.length > 0
      ? `; sections left out to fit: ${result.omittedSections.join(', ')}`
      : '';
  const writes = dryRun
    ? ` — would send ${countOf(result.writes.length, 'write', 'writes')}: ${describeWrites(result)}`
    : '';
  const message = result.message ? ` (${result.message})` : '';
  return `Product-health issue: ${result.action}${where}${healed}${omitted}${writes}${message}`;
}

function describeWrites(result: KeepHealthIssueResult): string {
  return result.writes.length === 0 ? 'none' : result.writes.map((write) => write.description).join('; ');
}
