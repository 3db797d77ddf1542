/**
 * A fake GitHub whose refusals repeat the credential they were sent — the worst a server, a proxy
 * or a misconfigured gateway can do — to prove no error path carries it on to a log, an output, a
 * report or an issue.
 */
import { randomBytes } from 'node:crypto';
import { type FakeFaults, FakeGitHub, type FakeRepositorySpec } from '../helpers/fake-github.js';
import { productGitHubSpec } from '../helpers/product-github-spec.js';

/** Written in a fault's message: replaced by the `Authorization` header of the request that got it. */
export const ECHO = '{{echo-authorization}}';

/** The owner's repository whose first read is refused at its root (GraphQL `FORBIDDEN` on `repository`), echoing. */
export const REFUSED_NAME = 'service-verrouille';

/** The repository the product's configuration extends (`_extends`): reading its file is refused, echoing. */
export const SHARED_CONFIG_NAME = 'reglages-communs';

/** Read this way, a refusal names the credential first: it survives any cut to the first line or 200 characters. */
const refusal = (what: string) => `${ECHO} was refused for ${what}`;

export interface EchoingOptions {
  /** The instant the specs are dated from (ISO 8601); the product spec's default unless told. */
  now?: string;
  /** Creating the product-health issue fails once with this status (422, 500…), echoing. */
  failFirstWrite?: number;
}

/**
 * Refusals every scan of the product repository meets, each echoing the credential:
 * - GraphQL: deployments (`FORBIDDEN`) and discussion categories (`INSUFFICIENT_SCOPES`);
 * - REST: the workflow runs (403), read because the deployments could not be;
 * - REST, once, when `failFirstWrite` says so: creating the issue.
 */
export function echoingFaults(options: EchoingOptions = {}): FakeFaults {
  const write = options.failFirstWrite;
  return {
    graphql: {
      'withDeployments.deployments': { type: 'FORBIDDEN', message: refusal('deployments') },
      'withDiscussions.discussionCategories': {
        type: 'INSUFFICIENT_SCOPES',
        message: refusal('discussion categories'),
      },
    },
    rest: {
      'GET /repos/{owner}/{repo}/actions/runs': { status: 403, message: refusal('workflow runs') },
      ...(write === undefined
        ? {}
        : {
            'POST /repos/{owner}/{repo}/issues': {
              status: write,
              message: refusal('issue creation'),
              times: 1,
            },
          }),
    },
  };
}

/**
 * The owner's repositories, all refusing with the credential in the message:
 * - the product repository of `productGitHubSpec`, with `echoingFaults` and a configuration
 *   extending `SHARED_CONFIG_NAME`;
 * - `SHARED_CONFIG_NAME`, whose files cannot be read (403);
 * - `REFUSED_NAME`, which cannot be read at all (see `EchoingGitHub`).
 */
export function echoingSpecs(options: EchoingOptions = {}): FakeRepositorySpec[] {
  const product = productGitHubSpec({ now: options.now });
  return [
    {
      ...product,
      files: { ...product.files, '.github/product-health.yml': `_extends: ${SHARED_CONFIG_NAME}\n` },
      faults: echoingFaults(options),
    },
    {
      owner: product.owner,
      name: SHARED_CONFIG_NAME,
      files: { 'README.md': '# Réglages communs\n', '.github/product-health.yml': 'language: fr\n' },
      faults: {
        rest: {
          'GET /repos/{owner}/{repo}/contents/{path}': {
            status: 403,
            message: refusal('the shared configuration'),
          },
        },
      },
    },
    {
      owner: product.owner,
      name: REFUSED_NAME,
      files: { 'README.md': '# Service verrouillé\n' },
    },
  ];
}

type SimulatedAnswer = Awaited<ReturnType<FakeGitHub['respond']>>;

/**
 * `FakeGitHub` (nock in process, or served over HTTP with `serveFakeGitHub`) that writes the
 * request's `Authorization` header (`token ghs_…`, `bearer eyJ…`) wherever an answer says `ECHO`,
 * and refuses every GraphQL read of `REFUSED_NAME` at its root, as GitHub does for a repository the
 * credential may not see (`FORBIDDEN` on `repository`), echoing too; and, when told, refuses
 * installation tokens (401) echoing the app's JWT. `echoes` counts the answers that carried a
 * credential back.
 */
export class EchoingGitHub extends FakeGitHub {
  echoes = 0;
  /** How many of the next installation token requests get a 401 echoing the app's JWT. */
  refuseTokenRequests = 0;
  /**
   * Echo the credential alone (`zz_…`, `eyJ…`), without its scheme: no `token` or `bearer` before
   * it, nothing of a known shape for a pattern to catch.
   */
  echoCredentialOnly = false;
  /** When set, each installation token issued is replaced by one of this prefix (an unknown shape). */
  mintPrefix: string | null = null;
  /** The installation tokens issued under `mintPrefix`. */
  readonly minted: string[] = [];

  override async respond(request: Request): Promise<SimulatedAnswer> {
    const header = request.headers.get('authorization') ?? '(no Authorization header)';
    const authorization = this.echoCredentialOnly ? header.replace(/^(token|bearer|basic)\s+/i, '') : header;
    if (this.refuseTokenRequests > 0 && /\/app\/installations\/\d+\/access_tokens$/.test(request.url)) {
      this.refuseTokenRequests -= 1;
      this.echoes += 1;
      const message = `A JSON web token could not be decoded: Authorization: ${authorization}`;
      return {
        status: 401,
        body: JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest', status: '401' }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
        delayMs: 0,
        network: null,
      };
    }
    const refused = await this.readsRefused(request.clone());
    const answer = await this.minting(request, await super.respond(request));
    const body = refused ? refuseRoot(answer.body) : answer.body;
    if (!body.includes(ECHO)) return answer;
    this.echoes += 1;
    // Inside a JSON string: escaped as JSON would.
    const echoed = JSON.stringify(`Authorization: ${authorization}`).slice(1, -1);
    return { ...answer, body: body.split(ECHO).join(echoed) };
  }

  /** The answer, its installation token replaced by one of `mintPrefix` when one is set. */
  private minting(request: Request, answer: SimulatedAnswer): SimulatedAnswer {
    if (!this.mintPrefix || !/\/app\/installations\/\d+\/access_tokens$/.test(request.url)) return answer;
    if (answer.status !== 201) return answer;
    const token = `${this.mintPrefix}${randomBytes(20).toString('hex')}`;
    this.minted.push(token);
    return { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), token }) };
  }

  /** A GraphQL query naming `REFUSED_NAME` in its variables. */
  private async readsRefused(request: Request): Promise<boolean> {
    if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/graphql')) return false;
    try {
      const { variables } = JSON.parse(await request.text()) as { variables?: { name?: unknown } };
      return variables?.name === REFUSED_NAME;
    } catch {
      return false;
    }
  }
}

/** A GraphQL answer whose `repository` is refused: null, with GitHub's error at that path. */
function refuseRoot(body: string): string {
  const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (!parsed.data || !('repository' in parsed.data)) return body;
  parsed.data.repository = null;
  parsed.errors = [
    ...(parsed.errors ?? []),
    {
      type: 'FORBIDDEN',
      path: ['repository'],
      locations: [{ line: 3, column: 3 }],
      message: refusal('this repository'),
    },
  ];
  return JSON.stringify(parsed);
}
