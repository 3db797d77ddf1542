import messageFormatModule from '@messageformat/core';
// The package is CommonJS (`module.exports = MessageFormat`) while its types declare a default export:
// at run time (Node and esbuild alike) the default import is the class itself.
const MessageFormat = messageFormatModule;
const FORMATTERS = {
    fr: new MessageFormat('fr', { returnType: 'string' }),
    en: new MessageFormat('en', { returnType: 'string' }),
};
const compiled = new Map();
/**
 * Formats one ICU MessageFormat pattern (plural, select, `#`) in `language`. Compiled patterns are
 * cached: the catalogue is small and fixed, so the cache is bounded by it.
 */
export function formatMessage(language, pattern, values = {}) {
    const key = `${language}\u0000${pattern}`;
    const format = compiled.get(key) ?? FORMATTERS[language].compile(pattern);
    compiled.set(key, format);
    return format(values);
}
/** Formats a message given in both languages with the same values. */
export function localize(message, values = {}) {
    return { fr: formatMessage('fr', message.fr, values), en: formatMessage('en', message.en, values) };
}
/** "1 repository", "3 repositories": a count with its noun in English, for log and CLI lines. */
export function countOf(count, one, other) {
    return formatMessage('en', `{count, plural, one {# ${one}} other {# ${other}}}`, { count });
}
