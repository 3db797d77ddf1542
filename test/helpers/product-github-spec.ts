import type { FakeCommit, FakeIssue, FakeRepositorySpec } from './fake-github.js';
import { productRepoSpec } from './product-repo.js';

const DAY = 86_400_000;
export const OWNER = 'example';
export const NAME = 'trouve-ta-formation';
export const FULL_NAME = `${OWNER}/${NAME}`;
export const GITHUB_NOW = '2026-11-22T12:00:00.000Z';

/**
 * The healthy product repository of `productRepoSpec`, as GitHub's API shows it: the same files
 * and commits, plus what only GitHub knows — releases, deployments to production and feedback
 * issues answered by the team. Counts are "typical": up to 100 of each in the window.
 */
export function productGitHubSpec(
  options: { now?: string; releases?: number; feedbackIssues?: number; deployments?: boolean } = {},
): FakeRepositorySpec {
  const now = options.now ?? GITHUB_NOW;
  const end = Date.parse(now);
  const at = (daysAgo: number) => new Date(end - daysAgo * DAY).toISOString();
  const local = productRepoSpec(now);
  const files: Record<string, string> = {};
  const commits: FakeCommit[] = [];
  for (const commit of local.commits ?? []) {
    const touched = Object.entries(commit.files ?? {});
    for (const [path, text] of touched) if (typeof text === 'string') files[path] = text;
    commits.push({
      date: commit.date ?? now,
      authorName: commit.author?.name ?? 'Camille Martin',
      authorEmail: commit.author?.email ?? 'camille@beta.gouv.fr',
      login: commit.author?.email?.split('@')[0] ?? null,
      paths: touched.map(([path]) => path),
      message: commit.message ?? 'work',
    });
  }
  const releaseCount = options.releases ?? 100;
  const feedbackCount = options.feedbackIssues ?? 100;
  const issues: FakeIssue[] = [];
  for (let index = 0; index < feedbackCount; index++) {
    const opened = 85 - (index * 80) / Math.max(1, feedbackCount);
    issues.push({
      title: `Retour ${index + 1} : la recherche par ville ne trouve rien`,
      author: `usager-${index}`,
      createdAt: at(opened),
      closedAt: index % 3 === 0 ? at(opened - 2) : null,
      labels: ['Retour utilisateur'],
      comments: [
        { author: `usager-${index}`, createdAt: at(opened - 0.1), association: 'NONE' },
        { author: 'dependabot[bot]', isBot: true, createdAt: at(opened - 0.2) },
        { author: 'camille', association: 'MEMBER', createdAt: at(opened - 0.5) },
      ],
    });
  }
  return {
    owner: OWNER,
    name: NAME,
    labels: ['bug', 'Retour utilisateur', 'product-health'],
    files,
    commits,
    tags: (local.tags ?? []).map((tag) => ({ name: tag.name, date: tag.date ?? now, annotated: true })),
    releases: Array.from({ length: releaseCount }, (_, index) => ({
      tagName: `v2.${index}.0`,
      name: `Version 2.${index}`,
      createdAt: at(88 - (index * 85) / Math.max(1, releaseCount)),
    })),
    deployments:
      options.deployments === false
        ? []
        : Array.from({ length: 24 }, (_, index) => ({
            environment: 'production',
            createdAt: at(84 - index * 3.5),
            state: 'success',
          })),
    issues,
    workflowRuns: Array.from({ length: 12 }, (_, index) => ({
      name: 'Déploiement',
      path: '.github/workflows/deploy.yml',
      createdAt: at(80 - index * 7),
    })),
  };
}
