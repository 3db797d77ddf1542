/** The permission each read needs, named as GitHub's app settings name it (messages say what to grant). */
export declare const PERMISSIONS: {
    readonly metadata: 'Metadata: read';
    readonly contents: 'Contents: read';
    readonly deployments: 'Deployments: read';
    readonly actions: 'Actions: read';
    readonly issues: 'Issues: read';
    readonly discussions: 'Discussions: read';
};
