const WORD_JOINER = '\u2060';

/**
 * Makes repository content safe to quote inside Markdown: no formatting, no HTML, no @mention
 * notifications and no #123 backlinks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/@(?=[\w-])/g, `@${WORD_JOINER}`)
    .replace(/\\#(?=\d)/g, `#${WORD_JOINER}`);
}

/** Wraps a path or identifier in an inline code span, whatever backticks it holds. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
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
    .map((part, index) => (index % 2 === 1 ? part : escapeMarkdown(part)))
    .join('');
}
