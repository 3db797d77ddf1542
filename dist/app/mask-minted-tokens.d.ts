interface HookedOctokit {
    hook: {
        after(name: 'request', hook: (response: {
            data?: unknown;
        }, options: {
            method?: string;
            url?: string;
        }) => void): void;
    };
}
/**
 * An Octokit plugin registering every installation token the app obtains
 * (`POST /app/installations/{installation_id}/access_tokens`) as a secret value, so no redacted message carries
 * one, whatever its shape.
 */
export declare function maskMintedTokens(octokit: HookedOctokit): Record<string, never>;
export {};
