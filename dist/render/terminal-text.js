/**
 * Escape sequences a terminal acts on: CSI (`ESC [` … final byte: cursor moves, screen clears,
 * colours), strings closed by BEL or ST (OSC window titles and hyperlinks, DCS, SOS, PM, APC) and
 * the other `ESC` sequences, in their 7-bit and 8-bit (C1) forms. Each alternative stops at the
 * next escape character, so hostile text is scanned in linear time.
 */
const ESCAPE_SEQUENCES = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
/(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x80-\x9f]*(?:\x07|\x1b\\|\x9c)|\x1b[\x20-\x2f]*[\x30-\x7e]/g;
/** Control characters left: C0 but newline and tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** DEL and C1, which `JSON.stringify` leaves raw (it escapes C0 only). */
const RAW_IN_JSON = /[\x7f-\x9f]/g;
/**
 * Text that is safe to print to a terminal: escape sequences and control characters (all but
 * newline and tab) from repository content removed, so a README heading or a file name cannot
 * clear the screen, retitle the window or rewrite what was printed before it.
 */
export function terminalText(text) {
    return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, '');
}
/**
 * JSON text with DEL and C1 characters written as `\u` escapes: the same value once parsed, and
 * nothing a terminal acts on when printed. Raw, they can only be inside strings.
 */
export function jsonTerminalText(json) {
    return json.replace(RAW_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
