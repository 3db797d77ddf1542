import { describe, expect, it } from 'vitest';
import { type EventPayload, rescanDecision } from '../../src/events/event-filters.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';

const repository = { name: 'r', owner: { login: 'o' }, default_branch: 'main' };
const user = { login: 'camille', type: 'User' };
const bot = { login: 'product-health[bot]', type: 'Bot' };
const feedbackIssue = {
  number: 3,
  body: 'La recherche ne marche pas',
  labels: [{ name: 'Retour utilisateur' }],
};
const healthIssue = {
  number: 9,
  body: `${HEALTH_ISSUE_MARKER}\n# Santé produit`,
  labels: [{ name: 'product-health' }],
};

const decide = (name: string, payload: EventPayload) => rescanDecision(name, payload).rescan;

describe('which events lead to a rescan', () => {
  it('push: the default branch and tags, not other branches', () => {
    expect(decide('push', { ref: 'refs/heads/main', repository, sender: user })).toBe(true);
    expect(decide('push', { ref: 'refs/tags/v2.1.0', repository, sender: user })).toBe(true);
    expect(decide('push', { ref: 'refs/heads/feature/export', repository, sender: user })).toBe(false);
    expect(
      decide('push', { ref: 'refs/heads/main', repository: { ...repository, default_branch: 'prod' } }),
    ).toBe(false);
  });

  it('push, release and deployment by a bot still count (that is how most happen)', () => {
    expect(decide('push', { ref: 'refs/heads/main', repository, sender: { login: 'dependabot[bot]' } })).toBe(
      true,
    );
    expect(decide('release', { action: 'published', repository, sender: bot })).toBe(true);
    expect(
      decide('deployment_status', { deployment_status: { state: 'success' }, repository, sender: bot }),
    ).toBe(true);
  });

  it('deployment statuses once final; releases once published or withdrawn', () => {
    for (const state of ['pending', 'queued', 'in_progress']) {
      expect(decide('deployment_status', { deployment_status: { state }, repository })).toBe(false);
    }
    for (const state of ['success', 'failure', 'error', 'inactive']) {
      expect(decide('deployment_status', { deployment_status: { state }, repository })).toBe(true);
    }
    expect(decide('release', { action: 'created', repository })).toBe(false);
    expect(decide('release', { action: 'unpublished', repository })).toBe(true);
  });

  it('issues: label changes, and labelled issues opened or closed', () => {
    expect(
      decide('issues', {
        action: 'labeled',
        issue: { number: 1, labels: [] },
        label: { name: 'x' },
        sender: user,
      }),
    ).toBe(true);
    expect(decide('issues', { action: 'opened', issue: feedbackIssue, repository, sender: user })).toBe(true);
    expect(decide('issues', { action: 'closed', issue: feedbackIssue, repository, sender: user })).toBe(true);
    expect(
      decide('issues', { action: 'opened', issue: { number: 4, labels: [] }, repository, sender: user }),
    ).toBe(false);
    expect(decide('issues', { action: 'assigned', issue: feedbackIssue, repository, sender: user })).toBe(
      false,
    );
    expect(decide('issues', { action: 'labeled', issue: feedbackIssue, repository, sender: bot })).toBe(
      false,
    );
  });

  it('comments: created or deleted by a person on a labelled issue, not on a pull request', () => {
    expect(
      decide('issue_comment', { action: 'created', issue: feedbackIssue, repository, sender: user }),
    ).toBe(true);
    expect(
      decide('issue_comment', { action: 'deleted', issue: feedbackIssue, repository, sender: user }),
    ).toBe(true);
    expect(
      decide('issue_comment', { action: 'edited', issue: feedbackIssue, repository, sender: user }),
    ).toBe(false);
    expect(
      decide('issue_comment', { action: 'created', issue: feedbackIssue, repository, sender: bot }),
    ).toBe(false);
    expect(
      decide('issue_comment', {
        action: 'created',
        issue: { ...feedbackIssue, pull_request: { url: 'x' } },
        repository,
        sender: user,
      }),
    ).toBe(false);
  });

  it('the product-health issue itself: only a person reopening it asks for a rescan', () => {
    for (const action of ['opened', 'edited', 'closed', 'labeled', 'deleted']) {
      expect(decide('issues', { action, issue: healthIssue, repository, sender: user }), action).toBe(false);
      expect(decide('issues', { action, issue: healthIssue, repository, sender: bot }), action).toBe(false);
    }
    expect(decide('issues', { action: 'reopened', issue: healthIssue, repository, sender: user })).toBe(true);
    expect(decide('issues', { action: 'reopened', issue: healthIssue, repository, sender: bot })).toBe(false);
    expect(decide('issue_comment', { action: 'created', issue: healthIssue, repository, sender: user })).toBe(
      false,
    );
  });

  it('says why', () => {
    expect(rescanDecision('push', { ref: 'refs/heads/wip', repository }).reason).toMatch(
      /not the default branch/,
    );
    expect(rescanDecision('star', { repository }).reason).toMatch(/do not change the report/);
  });
});
