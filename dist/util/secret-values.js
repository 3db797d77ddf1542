/**
 * The credentials this process holds, by value — as GitHub Actions masks the secrets it registers:
 * whatever their shape, they are taken out of every message the redaction functions clean, on top
 * of the shapes those know (tokens, JWTs, PEM keys…). Registered once, where each is read (the
 * command line's and the Action's token, the app's key and webhook secret, the installation tokens
 * the app obtains).
 */
/** Shorter values are left alone: masking them would cut ordinary words out of messages. */
const MIN_LENGTH = 8;
/** The lines of a multi-line secret (a PEM key's body) masked on their own, from this length. */
const MIN_LINE_LENGTH = 16;
/** Beyond this, the oldest values are forgotten (installation tokens expire after an hour). */
const MAX_VALUES = 2_000;
const values = new Set();
let sorted = null;
/** Masks `value` (and each long line of it, and its forms escaped in JSON) in every redacted text from now on. */
export function registerSecretValue(value) {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length < MIN_LENGTH)
        return;
    const forms = [trimmed, JSON.stringify(trimmed).slice(1, -1)];
    if (/[\r\n]/.test(trimmed)) {
        for (const line of trimmed.split(/\r?\n/)) {
            // A PEM's armour (`-----BEGIN … KEY-----`) is no secret, and the shape patterns need it to
            // find other keys whole.
            if (line.trim().length >= MIN_LINE_LENGTH && !line.startsWith('-----'))
                forms.push(line.trim());
        }
    }
    for (const form of forms) {
        if (values.has(form))
            continue;
        values.add(form);
        sorted = null;
    }
    while (values.size > MAX_VALUES) {
        const oldest = values.values().next().value;
        values.delete(oldest);
        sorted = null;
    }
}
/** `text` with every registered value replaced by `[redacted]`, the longest first. */
export function maskSecretValues(text) {
    if (values.size === 0)
        return text;
    sorted ??= [...values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of sorted) {
        if (out.includes(value))
            out = out.split(value).join('[redacted]');
    }
    return out;
}
/** How many values are registered (for tests and diagnostics, never the values). */
export function secretValueCount() {
    return values.size;
}
/** Forgets every registered value (tests). */
export function forgetSecretValues() {
    values.clear();
    sorted = null;
}
