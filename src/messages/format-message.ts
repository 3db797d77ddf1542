import messageFormatModule, { type MessageFunction } from '@messageformat/core';
import type { Language, Localized } from '../model/ids.js';

/** Values a message may name: numbers choose plural forms, strings choose `select` branches. */
export type MessageValues = Record<string, string | number>;

// The package is CommonJS (`module.exports = MessageFormat`) while its types declare a default export:
// at run time (Node and esbuild alike) the default import is the class itself.
const MessageFormat = messageFormatModule as unknown as typeof messageFormatModule.default;
type MessageFormat<R extends 'string' | 'values'> = InstanceType<typeof MessageFormat> & {
  compile(message: string): MessageFunction<R>;
};

const FORMATTERS: Record<Language, MessageFormat<'string'>> = {
  fr: new MessageFormat<'string'>('fr', { returnType: 'string' }),
  en: new MessageFormat<'string'>('en', { returnType: 'string' }),
};
const compiled = new Map<string, MessageFunction<'string'>>();

/**
 * Formats one ICU MessageFormat pattern (plural, select, `#`) in `language`. Compiled patterns are
 * cached: the catalogue is small and fixed, so the cache is bounded by it.
 */
export function formatMessage(language: Language, pattern: string, values: MessageValues = {}): string {
  const key = `${language}\u0000${pattern}`;
  const format = compiled.get(key) ?? FORMATTERS[language].compile(pattern);
  compiled.set(key, format);
  return format(values);
}

/** Formats a message given in both languages with the same values. */
export function localize(message: Localized, values: MessageValues = {}): Localized {
  return { fr: formatMessage('fr', message.fr, values), en: formatMessage('en', message.en, values) };
}

/** "1 repository", "3 repositories": a count with its noun in English, for log and CLI lines. */
export function countOf(count: number, one: string, other: string): string {
  return formatMessage('en', `{count, plural, one {# ${one}} other {# ${other}}}`, { count });
}
