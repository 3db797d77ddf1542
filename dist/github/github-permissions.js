/** The permission each read needs, named as GitHub's app settings name it (messages say what to grant). */
export const PERMISSIONS = {
    metadata: 'Metadata: read',
    contents: 'Contents: read',
    deployments: 'Deployments: read',
    actions: 'Actions: read',
    issues: 'Issues: read',
    discussions: 'Discussions: read',
};
/** Optional writes a team opts into (`coaching.pullRequests`): starter documents as pull requests. */
export const OPTIONAL_PERMISSIONS = {
    contents: 'Contents: write',
    pullRequests: 'Pull requests: write',
};
