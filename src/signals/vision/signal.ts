import {
  type DocumentSignalThresholds,
  documentLabel,
  documentPlaces,
  evaluateDocumentSignal,
} from '../../documents/document-signal.js';
import { VISION_ITEMS, type VisionChecklist, visionChecklist } from '../../documents/vision-checklist.js';
import type { Localized, Status } from '../../model/ids.js';
import type { SignalDefinition, SignalResult } from '../../model/signal.js';
import { clamp } from '../../util/stats.js';
import { joinSteps, loadSignalData, quoteFact, signalBasics, signalMessages } from '../signal-data.js';

/** Meanings and defaults: `signal.yml`. */
export type VisionThresholds = DocumentSignalThresholds & {
  passItems: number;
  warnItems: number;
  stalePenalty: number;
};

const DATA = loadSignalData('vision');
const message = signalMessages(DATA);

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
      const names = (language: keyof Localized): string =>
        checklist.covered.map((item) => message('item', { item })[language]).join(', ');

      return {
        status,
        score,
        measured: message('measured', (language) => ({
          where: where(language),
          covered,
          total: VISION_ITEMS.length,
          names: names(language),
        })),
        metrics: {
          itemsCovered: covered,
          itemsTotal: VISION_ITEMS.length,
          coveredItems: [...checklist.covered],
          missingItems: [...checklist.missing],
        },
        advice: advice(checklist, freshness.stale, context.thresholds.maxAgeDays, (language) =>
          documentPlaces(docs, language),
        ),
      };
    });
  },
};

function advice(
  checklist: VisionChecklist,
  stale: boolean,
  maxAgeDays: number,
  where: (language: keyof Localized) => string,
): Localized | null {
  const steps: Localized[] = [];
  if (checklist.missing.length > 0) {
    const purpose = checklist.evidence.purpose;
    steps.push(
      message('advice-complete', (language) => ({
        where: where(language),
        purpose: purpose ? quoteFact(purpose, 100) : 'none',
        missing: checklist.missing.map((item) => message('item-advice', { item })[language]).join(' '),
      })),
    );
  }
  if (stale) steps.push(message('advice-stale', (language) => ({ where: where(language), maxAgeDays })));
  return joinSteps(steps);
}
