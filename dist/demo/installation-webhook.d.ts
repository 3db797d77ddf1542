export interface WebhookDelivery {
    headers: Record<string, string>;
    body: string;
}
/**
 * GitHub's `installation.created` delivery for an installation of the app on `owner`, built from
 * the published example (`@octokit/webhooks-examples`) and signed with the webhook secret as
 * GitHub signs it (`x-hub-signature-256`).
 */
export declare function installationCreatedDelivery(options: {
    installationId: number;
    owner: string;
    repositories: string[];
    secret: string;
}): WebhookDelivery;
