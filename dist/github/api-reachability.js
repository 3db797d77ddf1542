import { redactSecrets } from '../util/redact.js';
/** GitHub's API never answered: the address is wrong or the network is down. Not a report of unknowns. */
export class GitHubUnreachableError extends Error {
    name = 'GitHubUnreachableError';
}
/**
 * Watches every request of `octokit` (REST and GraphQL, after Octokit's retries): whether GitHub
 * answered at least once, and the last failure to get any answer (connection refused, unknown
 * host, TLS…). Once no answer ever came and a request could not connect, the next requests fail
 * at once instead of waiting through retries again. `variable` names what sets the address.
 */
export function watchReachability(octokit, apiUrl, variable = 'GITHUB_API_URL') {
    let answered = false;
    let failure = null;
    const unreachable = () => new GitHubUnreachableError(`GitHub's API at ${apiUrl} could not be reached (${failure}): check ${variable} and the network (proxy, firewall), then run again.`);
    octokit.hook?.wrap('request', async (request, options) => {
        if (!answered && failure !== null)
            throw unreachable();
        try {
            const response = await request(options);
            answered = true;
            return response;
        }
        catch (error) {
            if (error?.response !== undefined)
                answered = true;
            else if (!answered)
                failure = connectionFailure(error);
            throw error;
        }
    });
    return {
        throwIfUnreachable() {
            if (!answered && failure !== null)
                throw unreachable();
        },
    };
}
/** Why a request got no answer, in a few words: the deepest cause (`connect ECONNREFUSED 127.0.0.1:9`). */
function connectionFailure(error) {
    let message = '';
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        if (typeof current.message === 'string' && current.message)
            message = current.message;
        current = current.cause;
    }
    return redactSecrets(message.split('\n')[0] || 'no answer').slice(0, 200);
}
