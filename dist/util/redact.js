import { maskSecretValues } from './secret-values.js';
/** Credentials as they show in error messages, and what replaces them. */
const SECRETS = [
    // A private key (PEM), whole or cut short.
    [
        /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
        '[redacted private key]',
    ],
    // A JSON Web Token (an app's JWT): header, payload and signature.
    [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[redacted]'],
    [/\b(?:gh[opsur]_|github_pat_)[A-Za-z0-9_]+/g, '[redacted]'],
    // An Authorization value: long, or with a digit or a base64 sign — not the next word of a sentence.
    [/\b(bearer|token|basic)\s+(?:(?=[\w.~+/=-]*[\d_=+/])[\w.~+/=-]{8,}|[\w.~+/=-]{20,})/gi, '$1 [redacted]'],
    [/(https?:\/\/)[^/\s@]+@/gi, '$1[redacted]@'],
    [/\b(access_token|refresh_token|client_secret|private_key)=[^&\s"']+/gi, '$1=[redacted]'],
];
/** Error text without tokens or credentials, on one line and short. */
export function redactSecrets(text) {
    const flat = redactCredentials(text).replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
/**
 * Text without credentials (the values registered with `registerSecretValue`, whatever their shape;
 * tokens, JWTs, Authorization values, private keys, passwords in URLs), its words and lines
 * otherwise kept: for messages written whole, such as the core's own errors.
 */
export function redactCredentials(text) {
    return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), maskSecretValues(text));
}
