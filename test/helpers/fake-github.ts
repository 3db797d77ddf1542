import nock from 'nock';
import { SimulatedGitHub, type SimulatedRequest } from '../../dev/simulated-github/simulated-github.js';

export type {
  GitHubGraphqlError,
  GraphqlAnswer,
  SimulatedComment as FakeComment,
  SimulatedCommit as FakeCommit,
  SimulatedDeployment as FakeDeployment,
  SimulatedFaults as FakeFaults,
  SimulatedFile as FakeFile,
  SimulatedGitHubOptions as FakeGitHubOptions,
  SimulatedGraphqlFault as FakeGraphqlFault,
  SimulatedIssue as FakeIssue,
  SimulatedRelease as FakeRelease,
  SimulatedRepositorySpec as FakeRepositorySpec,
  SimulatedRequest as FakeRequest,
  SimulatedRestFault as FakeRestFault,
  SimulatedTag as FakeTag,
  SimulatedWorkflowRun as FakeWorkflowRun,
} from '../../dev/simulated-github/simulated-github.js';

/**
 * The simulated GitHub plugged into nock, in process: `new FakeGitHub([spec]).intercept()`, then a
 * real Octokit against `https://api.github.com` (or the `baseUrl` given); `close()` afterwards.
 */
export class FakeGitHub extends SimulatedGitHub {
  private readonly interceptors: nock.Interceptor[] = [];

  /** Installs persisted nock interceptors for every method on the base URL's host. */
  intercept(): this {
    const scope = nock(this.origin).persist();
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
      const interceptor = scope.intercept((uri: string) => this.handles(method, uri), method);
      this.interceptors.push(interceptor);
      interceptor.reply(async (request: Request) => this.answer(request));
    }
    return this;
  }

  /** Removes this fake's interceptors (other nock interceptors stay). */
  close(): void {
    for (const interceptor of this.interceptors.splice(0)) nock.removeInterceptor(interceptor);
  }
}

/** The REST writes (any method but GET) among the requests the fake answered, from index `from` on. */
export function writesOf(fake: FakeGitHub, from = 0): SimulatedRequest[] {
  return fake.requests.slice(from).filter((request) => request.kind === 'rest' && request.method !== 'GET');
}

/** An Octokit `log` that prints nothing: the warnings a test provokes on purpose stay out of its output. */
export const SILENT_LOG = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
