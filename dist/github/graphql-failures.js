import { graphqlFailure } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
const PERMISSION_OF_ALIAS = {
    repository: PERMISSIONS.metadata,
    withContents: PERMISSIONS.contents,
    withDeployments: PERMISSIONS.deployments,
    withDiscussions: PERMISSIONS.discussions,
    withIssues: PERMISSIONS.issues,
};
const WHAT_OF_ALIAS = {
    repository: 'repository',
    withContents: 'repository contents',
    withDeployments: 'deployments',
    withDiscussions: 'discussion categories',
    withIssues: 'issues',
};
/**
 * The errors of one GraphQL answer, by response path (`withContents.file3`, `withIssues.feedback`),
 * so each part of the snapshot finds the failure that concerns it, whether the error is on the
 * part itself or on a parent it was nulled with.
 */
export class GraphqlFailures {
    byPath = new Map();
    whole = null;
    static of(errors) {
        const failures = new GraphqlFailures();
        for (const entry of errors) {
            const path = (entry.path ?? []).map(String);
            const alias = path[0] ?? '';
            const permission = PERMISSION_OF_ALIAS[alias] ?? PERMISSIONS.issues;
            const what = [WHAT_OF_ALIAS[alias] ?? alias, ...path.slice(1)].filter(Boolean).join(' › ');
            failures.byPath.set(path.join('.'), graphqlFailure(entry, what || 'query', permission));
        }
        return failures;
    }
    /** Every part fails with the same reason (the request itself failed). */
    static all(failure) {
        const failures = new GraphqlFailures();
        failures.whole = failure;
        return failures;
    }
    /** The failure touching `path` (an error on it, on one of its parents or inside it), else null. */
    at(...path) {
        if (this.whole)
            return this.whole;
        const key = path.join('.');
        for (const [errorPath, failure] of this.byPath) {
            if (errorPath === '' ||
                key === errorPath ||
                key.startsWith(`${errorPath}.`) ||
                errorPath.startsWith(`${key}.`)) {
                return failure;
            }
        }
        return null;
    }
    /** The error at exactly this path, if any (e.g. `repository` not found). */
    exactly(...path) {
        return this.byPath.get(path.join('.')) ?? null;
    }
    get empty() {
        return this.whole === null && this.byPath.size === 0;
    }
}
