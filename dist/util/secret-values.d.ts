/**
 * The credentials this process holds, by value — as GitHub Actions masks the secrets it registers:
 * whatever their shape, they are taken out of every message the redaction functions clean, on top
 * of the shapes those know (tokens, JWTs, PEM keys…). Registered once, where each is read (the
 * command line's and the Action's token, the app's key and webhook secret, the installation tokens
 * the app obtains).
 */
/** Masks `value` (and each long line of it, and its forms escaped in JSON) in every redacted text from now on. */
export declare function registerSecretValue(value: string | null | undefined): void;
/** `text` with every registered value replaced by `[redacted]`, the longest first. */
export declare function maskSecretValues(text: string): string;
/** How many values are registered (for tests and diagnostics, never the values). */
export declare function secretValueCount(): number;
/** Forgets every registered value (tests). */
export declare function forgetSecretValues(): void;
