import { type SimulatedWorld } from './graphql-model.js';
import type { SimulatedRepositorySpec } from './repository-spec.js';
/** One error of a GraphQL answer, as GitHub spells it: `type` and `path` when it has them. */
export interface GitHubGraphqlError {
    type?: string;
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
    locations?: Array<{
        line: number;
        column: number;
    }>;
    message: string;
}
/** A GraphQL answer body: data (possibly partial) and/or errors. */
export interface GraphqlAnswer {
    data?: Record<string, unknown> | null;
    errors?: GitHubGraphqlError[];
}
export interface GraphqlRun {
    answer: GraphqlAnswer;
    operationName: string | null;
    /** Rate-limit points charged (0 when the document was refused before running). */
    cost: number;
    /** Repositories the answer read (for whole-request faults). */
    touched: SimulatedRepositorySpec[];
}
/**
 * Runs one GraphQL document the way GitHub would: parse, validate against GitHub's published
 * schema, coerce variables, check pagination and node limits, charge the rate limit, then execute
 * with the model's resolvers. Refusals answer `{ errors }` without data.
 */
export declare function runGraphql(world: SimulatedWorld, query: string, variables?: Record<string, unknown>, operationName?: string | null): GraphqlRun;
