const WORD_JOINER = '\u2060';
/** Bidirectional embeddings, overrides and isolates: quoted text must not reorder what follows it. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes repository content safe to quote inside Markdown: no formatting, no HTML, no @mention
 * notifications and no #123, GH-123 or issue-URL backlinks.
 */
export function escapeMarkdown(text: string): string {
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
    .replace(/\b(https?):(?=\/\/\S+\/(?:issues|pull|discussions)\/\d)/gi, `$1:${WORD_JOINER}`);
}

/** Wraps a path or identifier in an inline code span, whatever backticks it holds. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(BIDI_CONTROLS, '');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Escapes prose that may quote repository content, keeping `code spans` as they are: inside a code
 * span Markdown, HTML and mentions are inert.
 */
export function escapeProse(text: string): string {
  return text
    .split(/(`[^`\r\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(BIDI_CONTROLS, '') : escapeMarkdown(part)))
    .join('');
}
