import type { Language } from '../model/ids.js';
/** Why a write failed and what to fix, in the report's language; never carries a credential. */
export declare function writeFailureMessage(error: unknown, what: string, language: Language): string;
/** Error text without tokens or credentials, on one line and short. */
export declare function redactSecrets(text: string): string;
/**
 * Text without credentials (the values registered with `registerSecretValue`, whatever their shape;
 * tokens, JWTs, Authorization values, private keys, passwords in URLs), its words and lines
 * otherwise kept: for messages written whole, such as the core's own errors.
 */
export declare function redactCredentials(text: string): string;
