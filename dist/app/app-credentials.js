import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GITHUB_COM_API, githubEndpoints } from '../github/github-environment.js';
import { registerSecretValue } from '../util/secret-values.js';
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/;
/**
 * `APP_ID` and `PRIVATE_KEY` (the .pem's content, with real or `\n` line breaks, or base64) or
 * `PRIVATE_KEY_PATH` (relative to `cwd`), as Probot reads them. A problem says what to set. The key
 * read is registered as a secret value (`registerSecretValue`).
 */
export async function readAppCredentials(env, cwd) {
    const rawId = env.APP_ID?.trim() ?? '';
    const appId = Number(rawId);
    if (!rawId || !Number.isInteger(appId) || appId <= 0) {
        return {
            problem: `${rawId ? `APP_ID=${JSON.stringify(rawId)} is not an app id` : 'APP_ID is not set'}: set it to the "App ID" number shown on the GitHub App's settings page.`,
        };
    }
    let text = env.PRIVATE_KEY?.trim() ?? '';
    const path = env.PRIVATE_KEY_PATH?.trim() ?? '';
    if (!text && path) {
        try {
            text = await readFile(resolve(cwd, path), 'utf8');
        }
        catch {
            return {
                problem: `cannot read PRIVATE_KEY_PATH=${JSON.stringify(path)}: check the path of the app's .pem file.`,
            };
        }
    }
    if (!text) {
        return {
            problem: 'no private key: set PRIVATE_KEY to the content of the app\'s .pem file, or PRIVATE_KEY_PATH to its path (generate one in the GitHub App\'s settings, "Private keys").',
        };
    }
    const privateKey = pemOf(text);
    if (!privateKey) {
        return {
            problem: `${env.PRIVATE_KEY?.trim() ? 'PRIVATE_KEY' : 'the file at PRIVATE_KEY_PATH'} is not a PEM private key (-----BEGIN RSA PRIVATE KEY----- …), nor one encoded in base64: give the .pem file GitHub generated for the app.`,
        };
    }
    // As given (escaped, base64) and as read: no redacted message carries either.
    registerSecretValue(text);
    registerSecretValue(privateKey);
    return { credentials: { appId, privateKey } };
}
function pemOf(text) {
    const unescaped = text.replace(/\\n/g, '\n');
    const direct = PEM.exec(unescaped)?.[0];
    if (direct)
        return `${direct}\n`;
    if (!/^[A-Za-z0-9+/=\s]+$/.test(text))
        return null;
    const decoded = PEM.exec(Buffer.from(text, 'base64').toString('utf8'))?.[0];
    return decoded ? `${decoded}\n` : null;
}
/**
 * The REST base URL and GraphQL endpoint as Probot finds them: `GHE_HOST` (with `GHE_PROTOCOL`,
 * https by default) for GitHub Enterprise Server, else `GITHUB_API_URL` / `GITHUB_GRAPHQL_URL`
 * (GitHub Actions' variables), else github.com.
 */
export function appEndpoints(env) {
    const endpoints = githubEndpoints(env);
    const host = env.GHE_HOST?.trim();
    if (host) {
        const protocol = env.GHE_PROTOCOL?.trim() || 'https';
        return { baseUrl: `${protocol}://${host.replace(/\/+$/, '')}/api/v3`, graphqlUrl: endpoints.graphqlUrl };
    }
    return { baseUrl: endpoints.apiUrl || GITHUB_COM_API, graphqlUrl: endpoints.graphqlUrl };
}
