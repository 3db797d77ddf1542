import { type GraphQLResolveInfo } from 'graphql';
import { type SimulatedIssue, type SimulatedRepositorySpec } from './repository-spec.js';
/** What every request of one fake shares: the live specs, its URLs and the GraphQL rate limit. */
export interface SimulatedWorld {
    specs: SimulatedRepositorySpec[];
    /** `https://github.com`, or the GHES host. */
    webUrl: string;
    rate: {
        limit: number;
        remaining: number;
        resetAt: string;
    };
}
/** One GraphQL request. */
export interface RequestContext {
    world: SimulatedWorld;
    cost: number;
    nodeCount: number;
    /** The repository each root field resolved to, by response key: faults are looked up in its spec. */
    roots: Map<string, SimulatedRepositorySpec>;
}
/** A resolver error GitHub-style: `type` (`NOT_FOUND`, `FORBIDDEN`, …) goes beside `message` and `path`. */
export declare class FakeFieldError extends Error {
    readonly type: string | null;
    readonly extensions?: Record<string, unknown> | undefined;
    constructor(type: string | null, message: string, extensions?: Record<string, unknown> | undefined);
}
/** A field the fake has no answer for: an error in the answer rather than a made-up value. */
export declare const UNMODELED = "FAKE_GITHUB_UNMODELED";
export declare function unmodeled(what: string): FakeFieldError;
/** Model objects: fields are properties, or methods called with the field's arguments. */
type Model = {
    __typename: string;
} & Record<string, unknown>;
/** The fault injected at this field (below a root field), if any. */
export declare function faultAt(context: RequestContext, info: GraphQLResolveInfo): FakeFieldError | null;
export declare function queryRoot(context: RequestContext): Model;
export declare function issueModel(world: SimulatedWorld, spec: SimulatedRepositorySpec, issue: SimulatedIssue): Model;
export {};
