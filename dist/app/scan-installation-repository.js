import { GitHubClient } from '../github/github-client.js';
import { createGitHubSource } from '../github/github-source.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { scanGitHubRepository } from '../scan/scan-github-repository.js';
/**
 * One scan of a repository the app is installed on: the same core as the CLI and the Action
 * (`scanGitHubRepository`), writing the product-health issue unless it is a dry run. The
 * configuration follows Probot's convention (the repository's file, else the organisation's
 * `.github` repository, `_extends` followed within the owner) exactly as the CLI reads it.
 * Throws when the repository cannot be read at all (`RepositoryAccessError`), when GitHub's rate
 * limit stopped the scan (`RateLimitedError`: nothing was written) or on a fault outside GitHub's
 * answers.
 */
export async function scanInstallationRepository(scan) {
    const { owner, repo } = scan;
    const client = new GitHubClient(scan.octokit, {
        graphqlUrl: scan.graphqlUrl ?? null,
        writePacer: SHARED_WRITE_PACER,
        budget: scan.budget ?? null,
    });
    const source = createGitHubSource({ client, owner, repo });
    const dryRun = scan.dryRun === true;
    const result = await scanGitHubRepository(source, {
        now: scan.now,
        writeIssue: !dryRun,
        dryRun,
    });
    return { owner, repo, ...result };
}
