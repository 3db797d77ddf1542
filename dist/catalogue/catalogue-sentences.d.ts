import { parse } from '@messageformat/parser';
import type { Language } from '../model/ids.js';
import type { SignalData } from '../signals/signal-data.js';
type Node = ReturnType<typeof parse>[number] | {
    type: 'octothorpe';
};
/** The literal text of an ICU pattern, every branch included. */
export declare function literalText(nodes: readonly Node[]): string[];
/**
 * The sentences of a pattern worth looking for in output of the other language: pieces of four
 * words or more of prose, code spans and punctuation left out.
 */
export declare function patternSentences(pattern: string): string[];
/** Every sentence of the catalogue in one language. */
export declare function catalogueSentences(catalogue: readonly SignalData[], language: Language): Set<string>;
/** The sentences of `otherLanguage`'s catalogue found in `text`, and any mechanical plural "(s)". */
export declare function languageLeaks(text: string, catalogue: readonly SignalData[], otherLanguage: Language): string[];
export {};
