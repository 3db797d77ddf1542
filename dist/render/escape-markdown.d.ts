/**
 * Makes repository content safe to quote inside Markdown: no formatting, no HTML, no @mention
 * notifications and no #123, GH-123 or issue-URL backlinks.
 */
export declare function escapeMarkdown(text: string): string;
/** Wraps a path or identifier in an inline code span, whatever backticks it holds. */
export declare function inlineCode(text: string): string;
/**
 * Escapes prose that may quote repository content, keeping `code spans` as they are: inside a code
 * span Markdown, HTML and mentions are inert.
 */
export declare function escapeProse(text: string): string;
