import { GUIDE } from '../guide/guide-references.js';
import { formatMessage, localize, type MessageValues } from '../messages/format-message.js';
import {
  LANGUAGES,
  type Language,
  type Localized,
  PILLAR_IDS,
  type PillarId,
  type SignalId,
} from '../model/ids.js';
import type { SignalDefinition, Thresholds } from '../model/signal.js';
import { loadYaml } from '../util/load-yaml.js';
import { readPackageFile } from '../util/package-files.js';

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
  thresholds: Record<string, { default: number; meaning: string }>;
  /** ICU MessageFormat patterns, by key, in both languages. */
  messages: Record<string, Localized>;
}

/** Where a signal's data file sits, from the package root (it ships with the package and the Action). */
export function signalDataPath(id: SignalId): string {
  return `src/signals/${id}/signal.yml`;
}

/** Reads and checks `src/signals/<id>/signal.yml`; a broken file is a packaging error, thrown at once. */
export function loadSignalData(id: SignalId): SignalData {
  const path = signalDataPath(id);
  const parsed = loadYaml(readPackageFile(path), { file: path });
  if (!parsed.ok) throw new Error(`${path}: ${parsed.reason}`);
  const problem = dataProblem(parsed.value, id);
  if (problem) throw new Error(`${path}: ${problem}`);
  return parsed.value as SignalData;
}

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    LANGUAGES.every((language) => typeof (value as Record<string, unknown>)[language] === 'string')
  );
}

function dataProblem(value: unknown, id: SignalId): string | null {
  if (typeof value !== 'object' || value === null) return 'not a mapping';
  const data = value as Record<string, unknown>;
  if (data.id !== id) return `id is ${JSON.stringify(data.id)}, expected ${id}`;
  if (!PILLAR_IDS.includes(data.pillar as PillarId)) return `unknown pillar ${JSON.stringify(data.pillar)}`;
  for (const key of ['title', 'definition', 'quote'] as const) {
    if (!isLocalized(data[key])) return `${key} needs a French and an English text`;
  }
  if (typeof data.summary !== 'string') return 'summary needs one line of text';
  if (typeof data.guide !== 'string' || !(data.guide in GUIDE)) return `unknown guide ${String(data.guide)}`;
  const thresholds = data.thresholds as Record<string, { default?: unknown; meaning?: unknown }> | undefined;
  for (const [name, entry] of Object.entries(thresholds ?? {})) {
    if (typeof entry?.default !== 'number' || typeof entry.meaning !== 'string') {
      return `threshold ${name} needs a numeric default and a meaning`;
    }
  }
  const messages = (data.messages ?? {}) as Record<string, unknown>;
  if (typeof messages !== 'object') return 'messages must be a mapping';
  for (const [key, message] of Object.entries(messages)) {
    if (!isLocalized(message)) return `message ${key} needs a French and an English text`;
  }
  return null;
}

/** The parts of a signal's definition that come from its data file. */
export function signalBasics<T extends Thresholds>(data: SignalData): Omit<SignalDefinition<T>, 'evaluate'> {
  return {
    id: data.id,
    pillar: data.pillar,
    title: data.title,
    definition: data.definition,
    why: data.quote,
    guide: GUIDE[data.guide],
    defaults: Object.fromEntries(
      Object.entries(data.thresholds).map(([name, entry]) => [name, entry.default]),
    ) as T,
  };
}

/** The message layer of one signal: a key of its catalogue and the facts, to a sentence in both languages. */
export type SignalMessages = (
  key: string,
  values?: MessageValues | ((language: Language) => MessageValues),
) => Localized;

/**
 * The message layer of a signal. Values may depend on the language (a list of localized names): then
 * give a function of the language.
 */
export function signalMessages(data: SignalData): SignalMessages {
  return (key, values = {}) => {
    const message = data.messages[key];
    if (!message) throw new Error(`${signalDataPath(data.id)}: no message ${key}`);
    if (typeof values !== 'function') return localize(message, values);
    return {
      fr: formatMessage('fr', message.fr, values('fr')),
      en: formatMessage('en', message.en, values('en')),
    };
  };
}

/** A sentence or phrase from the repository, fit to quote in a next step: one line, no code marks, bounded. */
export function quoteFact(text: string, maxChars = 140): string {
  const line = text
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]$/, '');
  if (line.length <= maxChars) return line;
  const cut = line.slice(0, maxChars);
  return `${cut.slice(0, cut.lastIndexOf(' ') > maxChars / 2 ? cut.lastIndexOf(' ') : maxChars)}…`;
}

/** Several next steps as one, in order; null when there is none. */
export function joinSteps(steps: readonly Localized[]): Localized | null {
  return steps.length > 0
    ? { fr: steps.map((step) => step.fr).join(' '), en: steps.map((step) => step.en).join(' ') }
    : null;
}
