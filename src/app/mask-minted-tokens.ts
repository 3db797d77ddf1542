import { registerSecretValue } from '../util/secret-values.js';

interface HookedOctokit {
  hook: {
    after(
      name: 'request',
      hook: (response: { data?: unknown }, options: { method?: string; url?: string }) => void,
    ): void;
  };
}

/**
 * An Octokit plugin registering every installation token the app obtains
 * (`POST /app/installations/{installation_id}/access_tokens`) as a secret value, so no redacted message carries
 * one, whatever its shape.
 */
export function maskMintedTokens(octokit: HookedOctokit): Record<string, never> {
  octokit.hook.after('request', (response, options) => {
    if (options.method !== 'POST' || !/\/access_tokens$/.test(options.url ?? '')) return;
    const token = (response.data as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string') registerSecretValue(token);
  });
  return {};
}
