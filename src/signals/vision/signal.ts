import { documentLabel, evaluateDocumentSignal } from '../../documents/document-signal.js';
import { VISION_ITEMS, type VisionItem, visionChecklist } from '../../documents/vision-checklist.js';
import { GUIDE } from '../../guide/guide-references.js';
import type { Localized, Status } from '../../model/ids.js';
import type { SignalDefinition, SignalResult } from '../../model/signal.js';
import { clamp } from '../../util/stats.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';

export type VisionThresholds = {
  /** Checklist items (out of 5) for `pass`. */
  passItems: number;
  /** Checklist items for `warn`; fewer is `fail`. */
  warnItems: number;
  /** A vision not revisited for longer is at most `warn`. */
  maxAgeDays: number;
  /** Points taken off the score when the vision is stale. */
  stalePenalty: number;
  /** Score of a vision only declared at an external URL (not verified). */
  declaredUrlScore: number;
  /** Score of a document too thin to judge that links to an outside page (not verified): `warn`. */
  linkedUrlScore: number;
};

/** The guide's checklist items, in its words (« Quelques pistes pour matérialiser cette vision »). */
const ITEM_TEXT: Record<VisionItem, Localized> = {
  purpose: {
    fr: 'Une phrase qui clarifie la raison d’être du produit.',
    en: 'A sentence that clarifies why the product exists.',
  },
  users: { fr: 'Préciser qui sont les utilisateurs.', en: 'Say who the users are.' },
  problems: {
    fr: 'Identifier les problèmes/besoins à adresser.',
    en: 'Identify the problems/needs to address.',
  },
  solution: {
    fr: 'Définir la solution et sa proposition de valeur : quel est son axe différenciant ?',
    en: 'Define the solution and its value proposition: what sets it apart?',
  },
  impact: { fr: 'Décrire l’impact attendu.', en: 'Describe the expected impact.' },
};

const ITEM_NAME: Record<VisionItem, Localized> = {
  purpose: { fr: 'raison d’être', en: 'purpose' },
  users: { fr: 'utilisateurs', en: 'users' },
  problems: { fr: 'problèmes/besoins', en: 'problems/needs' },
  solution: { fr: 'solution et proposition de valeur', en: 'solution and value proposition' },
  impact: { fr: 'impact attendu', en: 'expected impact' },
};

const DATA = loadSignalData('vision');
const text = signalMessages(DATA);

export const visionSignal: SignalDefinition<VisionThresholds> = {
  ...signalBasics<VisionThresholds>(DATA),
  evaluate(context): SignalResult {
    const { thresholds } = context;
    return evaluateDocumentSignal(context, 'vision', (text, docs, freshness) => {
      const checklist = visionChecklist(text);
      const covered = checklist.covered.length;

      // A sentence giving the product's purpose is the guide's first item: a start, never "nothing".
      const started = covered >= thresholds.warnItems || checklist.covered.includes('purpose');
      let status: Status = covered >= thresholds.passItems ? 'pass' : started ? 'warn' : 'fail';
      if (freshness.stale && status === 'pass') status = 'warn';
      const score = clamp(
        Math.round((covered / VISION_ITEMS.length) * 100) - (freshness.stale ? thresholds.stalePenalty : 0),
        0,
        100,
      );

      const where = (language: keyof Localized): string =>
        docs.map((doc) => documentLabel(doc, language)).join(', ');
      const names = (lang: keyof Localized, items: readonly VisionItem[]): string =>
        items.map((item) => ITEM_NAME[item][lang]).join(', ');
      const found = (lang: keyof Localized): string =>
        covered > 0 ? ` (${names(lang, checklist.covered)})` : '';

      return {
        status,
        score,
        measured: {
          fr: `Vision trouvée dans ${where('fr')} : ${covered} élément(s) sur ${VISION_ITEMS.length} de la checklist du guide${found('fr')}.`,
          en: `Vision found in ${where('en')}: ${covered} of the guide’s ${VISION_ITEMS.length} checklist items${found('en')}.`,
        },
        metrics: {
          itemsCovered: covered,
          itemsTotal: VISION_ITEMS.length,
          coveredItems: [...checklist.covered],
          missingItems: [...checklist.missing],
        },
        advice: advice(checklist.missing, freshness.stale, context.thresholds.maxAgeDays),
      };
    });
  },
};

function advice(missing: readonly VisionItem[], stale: boolean, maxAgeDays: number): Localized | null {
  const fr: string[] = [];
  const en: string[] = [];
  if (missing.length > 0) {
    fr.push(
      `Compléter la vision avec les pistes du guide : ${missing.map((item) => `« ${ITEM_TEXT[item].fr} »`).join(' ')}`,
    );
    en.push(
      `Complete the vision with the guide’s checklist: ${missing.map((item) => `“${ITEM_TEXT[item].en}”`).join(' ')}`,
    );
  }
  if (stale) {
    fr.push(
      `Revisiter la vision avec l’équipe (plus de ${maxAgeDays} jours sans modification) : « Il est essentiel de la revisiter régulièrement pour s’assurer qu’elle reste pertinente. »`,
    );
    en.push(
      `Revisit the vision with the team (unchanged for more than ${maxAgeDays} days): “It is essential to revisit it regularly to make sure it stays relevant.”`,
    );
  }
  return fr.length > 0 ? { fr: fr.join(' '), en: en.join(' ') } : null;
}
