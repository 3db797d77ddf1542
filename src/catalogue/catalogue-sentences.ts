import { parse } from '@messageformat/parser';
import type { Language } from '../model/ids.js';
import type { SignalData } from '../signals/signal-data.js';

type Node = ReturnType<typeof parse>[number] | { type: 'octothorpe' };

/** The literal text of an ICU pattern, every branch included. */
export function literalText(nodes: readonly Node[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'content') return [node.value];
    if (node.type === 'plural' || node.type === 'select' || node.type === 'selectordinal') {
      return node.cases.flatMap((branch) => literalText(branch.tokens as Node[]));
    }
    return [];
  });
}

/**
 * The sentences of a pattern worth looking for in output of the other language: pieces of four
 * words or more of prose, code spans and punctuation left out.
 */
export function patternSentences(pattern: string): string[] {
  return literalText(parse(pattern) as Node[])
    .flatMap((text) => text.replace(/`[^`]*`/g, ' ').split(/[.:;!?()«»“”—]\s*/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 20 && (part.match(/[A-Za-zÀ-ÿ’']{2,}/g) ?? []).length >= 4);
}

/** Every sentence of the catalogue in one language. */
export function catalogueSentences(catalogue: readonly SignalData[], language: Language): Set<string> {
  return new Set(
    catalogue.flatMap((signal) =>
      Object.values(signal.messages).flatMap((message) => patternSentences(message[language])),
    ),
  );
}

/** The sentences of `otherLanguage`'s catalogue found in `text`, and any mechanical plural "(s)". */
export function languageLeaks(
  text: string,
  catalogue: readonly SignalData[],
  otherLanguage: Language,
): string[] {
  const found = [...catalogueSentences(catalogue, otherLanguage)].filter((sentence) =>
    text.includes(sentence),
  );
  const plurals = text.match(/\w\((?:s|es|x|aux|ies)\)/g) ?? [];
  return [...found, ...plurals];
}
