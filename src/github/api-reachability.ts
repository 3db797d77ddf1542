import { redactSecrets } from '../util/redact.js';

/** GitHub's API never answered: the address is wrong or the network is down. Not a report of unknowns. */
export class GitHubUnreachableError extends Error {
  override readonly name = 'GitHubUnreachableError';
}

export interface ApiReachability {
  /** Throws a `GitHubUnreachableError` when no request got an answer and one failed to connect. */
  throwIfUnreachable(): void;
}

type RequestFunction = (options: unknown) => Promise<unknown>;

/** The part of an Octokit the watch needs: its request hook (absent on test doubles). */
interface Hookable {
  hook?: {
    wrap(name: 'request', wrapper: (request: RequestFunction, options: unknown) => Promise<unknown>): void;
  };
}

/**
 * Watches every request of `octokit` (REST and GraphQL, after Octokit's retries): whether GitHub
 * answered at least once, and the last failure to get any answer (connection refused, unknown
 * host, TLS…). Once no answer ever came and a request could not connect, the next requests fail
 * at once instead of waiting through retries again. `variable` names what sets the address.
 */
export function watchReachability(
  octokit: unknown,
  apiUrl: string,
  variable = 'GITHUB_API_URL',
): ApiReachability {
  let answered = false;
  let failure: string | null = null;
  const unreachable = () =>
    new GitHubUnreachableError(
      `GitHub's API at ${apiUrl} could not be reached (${failure}): check ${variable} and the network (proxy, firewall), then run again.`,
    );
  (octokit as Hookable).hook?.wrap('request', async (request, options) => {
    if (!answered && failure !== null) throw unreachable();
    try {
      const response = await request(options);
      answered = true;
      return response;
    } catch (error) {
      if ((error as { response?: unknown } | null)?.response !== undefined) answered = true;
      else if (!answered) failure = connectionFailure(error);
      throw error;
    }
  });
  return {
    throwIfUnreachable() {
      if (!answered && failure !== null) throw unreachable();
    },
  };
}

/** Why a request got no answer, in a few words: the deepest cause (`connect ECONNREFUSED 127.0.0.1:9`). */
function connectionFailure(error: unknown): string {
  let message = '';
  let current = error as { message?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.message === 'string' && current.message) message = current.message;
    current = current.cause as typeof current;
  }
  return redactSecrets(message.split('\n')[0] || 'no answer').slice(0, 200);
}
