import { registerSecretValue } from '../util/secret-values.js';
/**
 * An Octokit plugin registering every installation token the app obtains
 * (`POST /app/installations/{installation_id}/access_tokens`) as a secret value, so no redacted message carries
 * one, whatever its shape.
 */
export function maskMintedTokens(octokit) {
    octokit.hook.after('request', (response, options) => {
        if (options.method !== 'POST' || !/\/access_tokens$/.test(options.url ?? ''))
            return;
        const token = response.data?.token;
        if (typeof token === 'string')
            registerSecretValue(token);
    });
    return {};
}
