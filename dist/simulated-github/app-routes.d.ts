import { type SimulatedRepositorySpec } from './repository-spec.js';
import { type RestReply, type RestWorld } from './rest-routes.js';
/** One installation of the app: on an account, for all its repositories or some. */
export interface SimulatedInstallation {
    id: number;
    /** The login of the account (organisation or user) the app is installed on. */
    account: string;
    /** `all` (default): every repository of the account; else these, by `name` or `owner/name`. */
    repositories?: 'all' | string[];
    /** Listed with `suspended_at`; its tokens are refused (403). */
    suspended?: boolean;
}
/** The GitHub App the simulator plays (`GET /app`). */
export interface SimulatedApp {
    /** 1 unless told. */
    id?: number;
    /** `product-health` unless told. */
    slug?: string;
    name?: string;
    /** The app owner's login: the first installation's account unless told. */
    owner?: string;
}
/** What the app routes read beside the REST world. */
export interface AppWorld extends RestWorld {
    installations: SimulatedInstallation[];
    app: Required<SimulatedApp>;
    /** Tokens issued so far, by installation (each token differs, deterministically). */
    tokensIssued: Map<number, number>;
}
/** One installation per account owning a spec (ids 1, 2, … in the specs' order), for all its repositories. */
export declare function defaultInstallations(specs: readonly SimulatedRepositorySpec[]): SimulatedInstallation[];
/** The repositories an installation covers, in the specs' order. */
export declare function installationRepositories(world: AppWorld, installation: SimulatedInstallation): SimulatedRepositorySpec[];
/**
 * The installation a request acts for: the one whose token it carries; else, for any other token
 * (a PAT, a JWT, none), the only installation when there is one.
 */
export declare function installationOfRequest(world: AppWorld, headers: Headers): SimulatedInstallation | null;
/** The installation id an installation token this simulator issued carries, else null. */
export declare function installationIdOfToken(headers: Headers): string | null;
/** A repository as `GET /installation/repositories` lists it (GitHub's `repository` example, rehomed). */
export declare function restRepository(world: RestWorld, spec: SimulatedRepositorySpec): Record<string, unknown>;
/** One request to an app route: its query, headers, and the REST base URL it was sent to (for `link`). */
interface AppRequest {
    query: URLSearchParams;
    headers: Headers;
    base: string;
}
/** The app route a request names (`GET /app/installations`…), or null. */
export declare function appRouteOf(method: string, path: string): string | null;
/**
 * Answers an app route (`path` below the REST base URL `base` the request was sent to); null when
 * the request names none.
 */
export declare function handleAppRest(world: AppWorld, method: string, path: string, request: AppRequest): RestReply | null;
export {};
