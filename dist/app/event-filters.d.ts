/** The fields of a webhook payload the filters read (every event the app listens to fits). */
export interface EventPayload {
    action?: string;
    /** `push`: the full ref pushed (`refs/heads/main`, `refs/tags/v1.2.0`). */
    ref?: string;
    repository?: {
        name: string;
        owner: {
            login: string;
        };
        default_branch?: string;
        archived?: boolean;
    };
    sender?: {
        login: string;
        type?: string;
    } | null;
    installation?: {
        id: number;
    };
    issue?: {
        number: number;
        body?: string | null;
        labels?: Array<{
            name: string;
        } | string> | null;
        pull_request?: unknown;
    };
    label?: {
        name: string;
    };
    deployment_status?: {
        state: string;
    };
}
export interface RescanDecision {
    rescan: boolean;
    /** Why, in a few words, for the debug log. */
    reason: string;
}
/**
 * Whether a repository event changes what the scan would find, so the repository is worth
 * rescanning. Pure. `name` is the webhook event name (`push`, `issues`, …).
 *
 * - `push`: to the default branch (history, documents, CI files) or of a tag (release cadence
 *   reads tags when the repository has no releases);
 * - `release`: published, released, unpublished or deleted;
 * - `deployment_status`: a final state (success, failure, error, inactive);
 * - `issues`: opened, closed, reopened, deleted or transferred while carrying a label, and any
 *   label change — the repository's feedback labels are in its configuration, unknown here, and an
 *   issue without any label is never a feedback issue;
 * - `issue_comment`: created or deleted on a labelled issue (not a pull request).
 *
 * Events on the product-health issue itself are never a reason to rescan — except a user
 * reopening it, which asks for it back — so the app's own writes never loop, ticked boxes wait for
 * the next scan (which keeps them) and a closed issue stays closed. Issue and comment events sent
 * by a bot (the app itself, Dependabot…) are ignored: a bot's comment is never a response. Pushes,
 * releases and deployments by bots count: that is how most of them happen.
 */
export declare function rescanDecision(name: string, payload: EventPayload): RescanDecision;
/** True when the event was sent by a GitHub App or bot account (this app included). */
export declare function isBotSender(payload: EventPayload): boolean;
