/** Longest text kept per file, in UTF-8 bytes. */
export declare const MAX_TEXT_BYTES: number;
/** The text cut to `maxBytes` UTF-8 bytes, never in the middle of a character, and a leading BOM dropped. */
export declare function limitText(text: string, maxBytes?: number): {
    text: string;
    truncated: boolean;
};
