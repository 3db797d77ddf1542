import { parse } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { catalogueSentences } from '../../src/catalogue/catalogue-sentences.js';
import { signalCatalogue } from '../../src/catalogue/signal-catalogue.js';
import { formatMessage, type MessageValues } from '../../src/messages/format-message.js';
import { LANGUAGES, type Language, type Localized } from '../../src/model/ids.js';

type Node = ReturnType<typeof parse>[number] | { type: 'octothorpe' };
interface Argument {
  kind: 'plural' | 'select' | 'plain';
  keys: Set<string>;
}

/** Every argument a pattern names, with the cases of its `select`s. */
function argumentsOf(nodes: readonly Node[], found = new Map<string, Argument>()): Map<string, Argument> {
  for (const node of nodes) {
    if (node.type === 'argument' || node.type === 'function') {
      if (!found.has(node.arg)) found.set(node.arg, { kind: 'plain', keys: new Set() });
    } else if (node.type === 'plural' || node.type === 'select' || node.type === 'selectordinal') {
      const entry = found.get(node.arg) ?? { kind: 'plain', keys: new Set<string>() };
      entry.kind = node.type === 'select' ? 'select' : 'plural';
      for (const branch of node.cases) {
        if (node.type === 'select') entry.keys.add(branch.key);
        argumentsOf(branch.tokens as Node[], found);
      }
      found.set(node.arg, entry);
    }
  }
  return found;
}

/** Renderings of a pattern: with 0, 1 and many for every number, and every case of every select. */
function renderings(language: Language, pattern: string): string[] {
  const args = argumentsOf(parse(pattern) as Node[]);
  const base = (count: number): MessageValues =>
    Object.fromEntries(
      [...args].map(([name, arg]) => [
        name,
        arg.kind === 'plural' ? count : arg.kind === 'select' ? ([...arg.keys][0] ?? 'other') : 'FACT',
      ]),
    );
  const out: string[] = [];
  for (const count of [0, 1, 7]) {
    out.push(formatMessage(language, pattern, base(count)));
    for (const [name, arg] of args) {
      if (arg.kind !== 'select') continue;
      for (const key of [...arg.keys, 'unlisted']) {
        out.push(
          formatMessage(language, pattern, { ...base(count), [name]: key === 'other' ? 'unlisted' : key }),
        );
      }
    }
  }
  return out;
}

const catalogue = signalCatalogue();
const messages: { id: string; key: string; message: Localized }[] = catalogue.flatMap((signal) =>
  Object.entries(signal.messages).map(([key, message]) => ({ id: signal.id, key, message })),
);
const sentencesOf: Record<Language, Set<string>> = {
  fr: catalogueSentences(catalogue, 'fr'),
  en: catalogueSentences(catalogue, 'en'),
};
describe('the signals’ message catalogue', () => {
  it('has messages for every signal, each in French and English', () => {
    expect(messages.length).toBeGreaterThan(50);
    for (const signal of catalogue) expect(Object.keys(signal.messages).length, signal.id).toBeGreaterThan(0);
    expect(sentencesOf.fr.size).toBeGreaterThan(40);
    expect(sentencesOf.en.size).toBeGreaterThan(40);
  });

  it.each(messages.map((entry) => [`${entry.id} ${entry.key}`, entry] as const))(
    '%s renders with 0, 1 and many, in one language each, with no "(s)"',
    (_name, { message }) => {
      for (const language of LANGUAGES) {
        const other: Language = language === 'fr' ? 'en' : 'fr';
        const quotedBraces = message[language].includes("'{");
        for (const text of renderings(language, message[language])) {
          expect(text).not.toMatch(/\((?:s|es|x|aux)\)|\(ies\)|undefined|NaN|\[object/);
          if (!quotedBraces) expect(text).not.toMatch(/[{}]/);
          for (const sentence of sentencesOf[other]) {
            expect(text, `${language} output holds the ${other} sentence “${sentence}”`).not.toContain(
              sentence,
            );
          }
        }
      }
    },
  );

  it('chooses the plural form by the number', () => {
    const french = formatMessage('fr', '{n, plural, one {# retour ouvert} other {# retours ouverts}}', {
      n: 1,
    });
    expect(french).toBe('1 retour ouvert');
    expect(
      formatMessage('fr', '{n, plural, one {# retour ouvert} other {# retours ouverts}}', { n: 0 }),
    ).toBe('0 retour ouvert');
    expect(formatMessage('en', '{n, plural, one {# open issue} other {# open issues}}', { n: 0 })).toBe(
      '0 open issues',
    );
  });
});
