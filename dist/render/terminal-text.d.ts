/**
 * Text that is safe to print to a terminal: escape sequences and control characters (all but
 * newline and tab) from repository content removed, so a README heading or a file name cannot
 * clear the screen, retitle the window or rewrite what was printed before it.
 */
export declare function terminalText(text: string): string;
/**
 * JSON text with DEL and C1 characters written as `\u` escapes: the same value once parsed, and
 * nothing a terminal acts on when printed. Raw, they can only be inside strings.
 */
export declare function jsonTerminalText(json: string): string;
