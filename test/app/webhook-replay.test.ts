import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  ARCHIVED_NAME,
  deliveryId,
  loadTestApp,
  productReads,
  rehomed,
  scanCount,
  serveProduct,
  webhookExamples,
  writes,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();

/**
 * What each example should lead to: a rescan of the repository or nothing. Keyed by event and
 * action (`push` by its kind of ref, `deployment_status` by the state of the status).
 */
const EXPECTED: Record<string, boolean> = {
  'installation.created': true,
  'installation.new_permissions_accepted': true,
  'installation.unsuspend': true,
  'installation.deleted': false,
  'installation.suspend': false,
  'installation_repositories.added': true,
  'installation_repositories.removed': false,
  'push.default-branch': true,
  'push.tag': true,
  'release.published': true,
  'release.released': true,
  'release.deleted': true,
  'release.created': false,
  'release.edited': false,
  'release.prereleased': false,
  'deployment_status.success': true,
  'deployment_status.in_progress': false,
  // The examples' issues carry a label ("bug"): any labelled issue may be a feedback issue.
  'issues.opened': true,
  'issues.reopened': true,
  'issues.deleted': true,
  'issues.labeled': true,
  'issues.unlabeled': true,
  'issues.transferred': false, // carries no label
  'issues.edited': false,
  'issues.assigned': false,
  'issues.unassigned': false,
  'issues.milestoned': false,
  'issues.demilestoned': false,
  'issues.locked': false,
  'issues.unlocked': false,
  'issues.pinned': false,
  'issues.unpinned': false,
  'issue_comment.created': true,
  'issue_comment.deleted': true,
  'issue_comment.edited': false,
};

const EVENTS = [
  'installation',
  'installation_repositories',
  'push',
  'release',
  'deployment_status',
  'issues',
  'issue_comment',
] as const;

function caseKey(name: string, payload: Record<string, unknown>): string {
  if (name === 'push')
    return `push.${String(payload.ref).startsWith('refs/tags/') ? 'tag' : 'default-branch'}`;
  if (name === 'deployment_status') {
    return `deployment_status.${(payload.deployment_status as { state: string }).state}`;
  }
  return `${name}.${String(payload.action)}`;
}

const CASES = EVENTS.flatMap((name) =>
  webhookExamples(name).map((example, index) => {
    const payload = rehomed(example);
    return { name, index, payload, key: caseKey(name, payload) };
  }),
);

/**
 * The full scan of the product repository: overview, tree, details; each case creates the issue,
 * so the keeper reads the marked issues once more (another run may have created one meanwhile).
 */
const SCAN_READS = [
  'RepositoryOverview',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'RepositoryDetails',
  'LabelledIssues',
];
/** Reads a scan may add: the configuration by Probot's convention, workflow runs when deployments say nothing. */
const OPTIONAL_READS = [
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/actions/runs',
];

describe('every example payload of @octokit/webhooks-examples, replayed through probot.receive', () => {
  it('covers every example of the events the app listens to', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    for (const { key } of CASES) expect(EXPECTED, `no expectation for ${key}`).toHaveProperty([key]);
  });

  it.each(CASES.map((testCase) => [`${testCase.key} #${testCase.index}`, testCase] as const))(
    '%s',
    async (_label, { name, payload, key }) => {
      const github = serveProduct(fakeGitHub);
      const { probot, scheduler, scanned, lines } = await loadTestApp();

      await probot.receive({ id: deliveryId(), name, payload } as never);
      expect(github.requests.filter((request) => request.kind === 'graphql')).toEqual([]);
      await scheduler.drain();

      const errors = lines.filter((line) => line.level === 'error');
      expect(errors, JSON.stringify(errors)).toEqual([]);
      if (EXPECTED[key]) {
        expect(scanCount(github)).toBe(1);
        const reads = productReads(github);
        expect(reads).toEqual(expect.arrayContaining(SCAN_READS));
        expect(reads.filter((read) => !SCAN_READS.includes(read) && !OPTIONAL_READS.includes(read))).toEqual(
          [],
        );
        expect(reads.filter((read) => read.startsWith('Repository'))).toEqual([
          'RepositoryOverview',
          'RepositoryDetails',
        ]);
        expect(writes(github)).toEqual(['POST /repos/{owner}/{repo}/issues']);
        expect(scanned.map((result) => result.issue?.action)).toEqual(['created']);
        expect(JSON.stringify(github.requests)).not.toContain(ARCHIVED_NAME);
      } else {
        expect(github.requests).toEqual([]);
        expect(scanned).toEqual([]);
      }
    },
  );
});
