/** Longest text kept per file, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 256 * 1024;
/** The text cut to `maxBytes` UTF-8 bytes, never in the middle of a character, and a leading BOM dropped. */
export function limitText(text, maxBytes = MAX_TEXT_BYTES) {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const bytes = Buffer.from(clean, 'utf8');
    if (bytes.length <= maxBytes)
        return { text: clean, truncated: false };
    // stream: true drops a multi-byte character cut in half by the limit.
    return {
        text: new TextDecoder('utf-8').decode(bytes.subarray(0, maxBytes), { stream: true }),
        truncated: true,
    };
}
