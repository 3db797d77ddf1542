import { GUIDE } from '../guide/guide-references.js';
import { type MessageValues } from '../messages/format-message.js';
import { type Language, type Localized, type PillarId, type SignalId } from '../model/ids.js';
import type { SignalDefinition, Thresholds } from '../model/signal.js';
export type GuideKey = keyof typeof GUIDE;
/** A signal's `signal.yml`: what it is, the guide it follows, its thresholds and every text it shows. */
export interface SignalData {
    id: SignalId;
    pillar: PillarId;
    title: Localized;
    /** One English line for the README's signal table. */
    summary: string;
    definition: Localized;
    guide: GuideKey;
    /** Why it matters, quoted from the guide. */
    quote: Localized;
    thresholds: Record<string, {
        default: number;
        meaning: string;
    }>;
    /** ICU MessageFormat patterns, by key, in both languages. */
    messages: Record<string, Localized>;
}
/** Where a signal's data file sits, from the package root (it ships with the package and the Action). */
export declare function signalDataPath(id: SignalId): string;
/** Reads and checks `src/signals/<id>/signal.yml`; a broken file is a packaging error, thrown at once. */
export declare function loadSignalData(id: SignalId): SignalData;
/** The parts of a signal's definition that come from its data file. */
export declare function signalBasics<T extends Thresholds>(data: SignalData): Omit<SignalDefinition<T>, 'evaluate'>;
/** The message layer of one signal: a key of its catalogue and the facts, to a sentence in both languages. */
export type SignalMessages = (key: string, values?: MessageValues | ((language: Language) => MessageValues)) => Localized;
/**
 * The message layer of a signal. Values may depend on the language (a list of localized names): then
 * give a function of the language.
 */
export declare function signalMessages(data: SignalData): SignalMessages;
/** A sentence or phrase from the repository, fit to quote in a next step: one line, no code marks, bounded. */
export declare function quoteFact(text: string, maxChars?: number): string;
/** Several next steps as one, in order; null when there is none. */
export declare function joinSteps(steps: readonly Localized[]): Localized | null;
