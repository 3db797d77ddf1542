import { hasHealthMarker } from '../issue/issue-marker.js';
import { isBotLogin } from '../model/bots.js';

/** The fields of a webhook payload the filters read (every event the app listens to fits). */
export interface EventPayload {
  action?: string;
  /** `push`: the full ref pushed (`refs/heads/main`, `refs/tags/v1.2.0`). */
  ref?: string;
  repository?: { name: string; owner: { login: string }; default_branch?: string; archived?: boolean };
  sender?: { login: string; type?: string } | null;
  installation?: { id: number };
  issue?: {
    number: number;
    body?: string | null;
    labels?: Array<{ name: string } | string> | null;
    pull_request?: unknown;
  };
  label?: { name: string };
  deployment_status?: { state: string };
  /** `issues.edited`: what the edit changed (`body.from`: the body before it). */
  changes?: { body?: { from?: string } | null } | null;
}

export interface RescanDecision {
  rescan: boolean;
  /** Why, in a few words, for the debug log. */
  reason: string;
}

/** Deployment states that end a deployment: the latest status the scan reads has changed for good. */
const FINAL_DEPLOYMENT_STATES = new Set(['success', 'failure', 'error', 'inactive']);
/** Release actions that add or remove a published release. */
const RELEASE_ACTIONS = new Set(['published', 'released', 'unpublished', 'deleted']);
/** Issue actions that change which feedback issues exist or whether they are closed. */
const ISSUE_ACTIONS = new Set(['opened', 'closed', 'reopened', 'deleted', 'transferred']);
/** Comment actions that change the first response to a feedback issue (an edit keeps its date). */
const COMMENT_ACTIONS = new Set(['created', 'deleted']);

const yes = (reason: string): RescanDecision => ({ rescan: true, reason });
const no = (reason: string): RescanDecision => ({ rescan: false, reason });

/**
 * Whether a repository event changes what the scan would find, so the repository is worth
 * rescanning. Pure. `name` is the webhook event name (`push`, `issues`, …).
 *
 * - `push`: to the default branch (history, documents, CI files) or of a tag (release cadence
 *   reads tags when the repository has no releases);
 * - `release`: published, released, unpublished or deleted;
 * - `deployment_status`: a final state (success, failure, error, inactive);
 * - `issues`: opened, closed, reopened, deleted or transferred while carrying a label, and any
 *   label change — the repository's feedback labels are in its configuration, unknown here, and an
 *   issue without any label is never a feedback issue;
 * - `issue_comment`: created or deleted on a labelled issue (not a pull request).
 *
 * Events on the product-health issue itself are never a reason to rescan — except a user
 * reopening it, which asks for it back — so the app's own writes never loop, ticked boxes wait for
 * the next scan (which keeps them) and a closed issue stays closed. (A person ticking one of its
 * command boxes is read apart, by `tickedCommands`.) Issue and comment events sent
 * by a bot (the app itself, Dependabot…) are ignored: a bot's comment is never a response. Pushes,
 * releases and deployments by bots count: that is how most of them happen.
 */
export function rescanDecision(name: string, payload: EventPayload): RescanDecision {
  switch (name) {
    case 'push':
      return pushDecision(payload);
    case 'release':
      return RELEASE_ACTIONS.has(payload.action ?? '')
        ? yes(`release ${payload.action}`)
        : no(`release ${payload.action ?? ''}: no published release added or removed`);
    case 'deployment_status': {
      const state = payload.deployment_status?.state ?? '';
      return FINAL_DEPLOYMENT_STATES.has(state)
        ? yes(`deployment ${state}`)
        : no(`deployment ${state || 'without state'}: not finished`);
    }
    case 'issues':
      return issuesDecision(payload);
    case 'issue_comment':
      return commentDecision(payload);
    default:
      return no(`${name} events do not change the report`);
  }
}

function pushDecision(payload: EventPayload): RescanDecision {
  const ref = payload.ref ?? '';
  const branch = payload.repository?.default_branch;
  if (branch && ref === `refs/heads/${branch}`) return yes(`push to the default branch ${branch}`);
  if (ref.startsWith('refs/tags/')) return yes(`tag ${ref.slice('refs/tags/'.length)} pushed`);
  return no(`push to ${ref || 'an unknown ref'}, not the default branch`);
}

function issuesDecision(payload: EventPayload): RescanDecision {
  const action = payload.action ?? '';
  const issue = payload.issue;
  if (!issue) return no('issue event without an issue');
  if (hasHealthMarker(issue.body ?? null)) {
    if (action === 'reopened' && !isBotSender(payload)) return yes('the product-health issue was reopened');
    return no(`the product-health issue was ${action}; the next scan honours it`);
  }
  if (isBotSender(payload)) return no(`issue ${action} by a bot`);
  if (action === 'labeled' || action === 'unlabeled') return yes(`issue #${issue.number} ${action}`);
  if (!ISSUE_ACTIONS.has(action)) return no(`issue ${action}: feedback handling unchanged`);
  return labelsOf(issue).length > 0
    ? yes(`labelled issue #${issue.number} ${action}`)
    : no(`issue #${issue.number} ${action} without any label: not a feedback issue`);
}

function commentDecision(payload: EventPayload): RescanDecision {
  const action = payload.action ?? '';
  const issue = payload.issue;
  if (!issue) return no('comment event without an issue');
  if (issue.pull_request) return no('comment on a pull request');
  if (hasHealthMarker(issue.body ?? null)) return no('comment on the product-health issue');
  if (isBotSender(payload)) return no(`comment ${action} by a bot`);
  if (!COMMENT_ACTIONS.has(action)) return no(`comment ${action}: first responses unchanged`);
  return labelsOf(issue).length > 0
    ? yes(`comment ${action} on labelled issue #${issue.number}`)
    : no(`comment on issue #${issue.number} without any label: not a feedback issue`);
}

function labelsOf(issue: NonNullable<EventPayload['issue']>): string[] {
  return (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name));
}

/** True when the event was sent by a GitHub App or bot account (this app included). */
export function isBotSender(payload: EventPayload): boolean {
  const sender = payload.sender;
  return sender != null && (sender.type === 'Bot' || isBotLogin(sender.login));
}
