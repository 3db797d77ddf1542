import { CONFIG_FILES } from '../config/config-path.js';
import { graphqlErrorsOf, readFailure, statusOf } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
import { GraphqlFailures } from './graphql-failures.js';
import { OVERVIEW_QUERY } from './queries/overview-query.js';
/** The repository does not exist or the token cannot see it: nothing can be read at all. */
export class RepositoryAccessError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'RepositoryAccessError';
    }
}
/**
 * The first request (see `OVERVIEW_QUERY`). A refused part stays a partial failure; a repository
 * that cannot be seen at all is a `RepositoryAccessError`; a request that failed after retries
 * leaves every part unknown (`whole`).
 */
export async function readOverview(client, owner, name, since) {
    let data;
    let failures = new GraphqlFailures();
    try {
        data = await client.query(OVERVIEW_QUERY, { owner, name, since });
    }
    catch (error) {
        const partial = graphqlErrorsOf(error);
        if (!partial) {
            if (statusOf(error) === 401) {
                throw new RepositoryAccessError(`GitHub refused the token (HTTP 401): check GITHUB_TOKEN / GH_TOKEN or the app's credentials`, 401);
            }
            const whole = readFailure(error, 'repository', PERMISSIONS.metadata);
            return { since, data: null, failures: GraphqlFailures.all(whole), whole };
        }
        data = partial.data;
        failures = GraphqlFailures.of(partial.errors);
    }
    if (data === null || typeof data !== 'object' || !('repository' in data)) {
        // Not GraphQL's answer (a proxy's page, a cut body): nothing was read, nothing is known missing.
        const whole = {
            reason: 'api-fault',
            detail: 'repository: the answer was not a GraphQL response',
        };
        return { since, data: null, failures: GraphqlFailures.all(whole), whole };
    }
    const missing = failures.exactly('repository');
    if (!data.repository) {
        if (missing && missing.reason !== 'not-found' && missing.reason !== 'no-permission') {
            return { since, data: null, failures: GraphqlFailures.all(missing), whole: missing };
        }
        throw new RepositoryAccessError(`GitHub repository ${owner}/${name} was not found, or the token cannot see it${missing ? ` (${missing.detail})` : ''}. ` +
            'Check the name; for a private repository the token or app needs access to it.', 404);
    }
    return { since, data, failures, whole: null };
}
/**
 * The configuration file's text as the overview read it, `.yml` before `.yaml`: the repository's
 * own, else the one of the owner's `.github` repository (Probot's convention).
 */
export function configFileOf(data, owner) {
    const own = [data?.withContents?.configYml, data?.withContents?.configYaml];
    const inherited = [data?.withOwnerDefaults?.configYml, data?.withOwnerDefaults?.configYaml];
    for (const [index, blob] of own.entries()) {
        if (blob?.text != null)
            return { file: CONFIG_FILES[index], text: blob.text };
    }
    for (const [index, blob] of inherited.entries()) {
        if (blob?.text != null)
            return { file: `${owner}/.github:${CONFIG_FILES[index]}`, text: blob.text };
    }
    return null;
}
