const WORD_JOINER = '\u2060';
/**
 * Bidirectional embeddings, overrides and isolates: quoted text must not reorder what follows it.
 * Control characters too (C0 but tab and line breaks, DEL, C1): a body read in a terminal must
 * not clear it or retitle it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/**
 * The path of an address to an issue, pull request or discussion (`//host/owner/repo/issues/1`),
 * segment by segment: each segment stops at the next `/`, so a text of a thousand `http://` is
 * read in one pass (an open `\S+` would rescan the rest of the text from each of them).
 */
const ISSUE_PATH = String.raw `(?:[^\s/]+\/)+(?:issues|pull|discussions)\/\d`;
/** Wherever the scheme starts (`2026https://…` too): a joiner inside a word does no harm. */
const ISSUE_ADDRESS = new RegExp(String.raw `(https?):(?=\/\/${ISSUE_PATH})`, 'gi');
/** `www.github.com/o/r/issues/1`, which GitHub links (and cross-references) without a scheme. */
const WWW_ISSUE_ADDRESS = new RegExp(String.raw `(www)\.(?=${ISSUE_PATH})`, 'gi');
/**
 * Makes repository content safe to quote inside Markdown: no formatting, no HTML, no @mention
 * notifications and no #123, GH-123 or issue-URL backlinks.
 */
export function escapeMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(BIDI_CONTROLS, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]#|~]/g, '\\$&')
        .replace(/@(?=[\w-])/g, `@${WORD_JOINER}`)
        .replace(/\\#(?=\d)/g, `#${WORD_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`)
        .replace(ISSUE_ADDRESS, `$1:${WORD_JOINER}`)
        .replace(WWW_ISSUE_ADDRESS, `$1${WORD_JOINER}.`);
}
/** Wraps a path or identifier in an inline code span, whatever backticks it holds. */
export function inlineCode(text) {
    const flat = text.replace(/[\r\n]+/g, ' ').replace(BIDI_CONTROLS, '');
    // A loop, not `Math.max(...runs)`: a text of a hundred thousand backtick runs overflows the stack.
    let longestRun = 0;
    for (const run of flat.match(/`+/g) ?? [])
        longestRun = Math.max(longestRun, run.length);
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * Escapes prose that may quote repository content, keeping `code spans` as they are: inside a code
 * span Markdown, HTML and mentions are inert.
 */
export function escapeProse(text) {
    return text
        .split(/(`[^`\r\n]+`)/)
        .map((part, index) => (index % 2 === 1 ? part.replace(BIDI_CONTROLS, '') : escapeMarkdown(part)))
        .join('');
}
