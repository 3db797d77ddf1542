import type { Freshness } from '../../documents/document-signal.js';
import {
  type DocumentSignalThresholds,
  documentLabel,
  documentPlaces,
  evaluateDocumentSignal,
} from '../../documents/document-signal.js';
import {
  analyzeIndicators,
  INDICATOR_KINDS,
  type IndicatorAnalysis,
} from '../../documents/indicator-analysis.js';
import type { MessageValues } from '../../messages/format-message.js';
import type { Localized, Status } from '../../model/ids.js';
import type { SignalDefinition, SignalResult } from '../../model/signal.js';
import { clamp } from '../../util/stats.js';
import { joinSteps, loadSignalData, quoteFact, signalBasics, signalMessages } from '../signal-data.js';

/** Meanings and defaults: `signal.yml`. */
export type IndicatorsThresholds = DocumentSignalThresholds & {
  passKinds: number;
  minTargets: number;
  stalePenalty: number;
};

const DATA = loadSignalData('indicators');
const message = signalMessages(DATA);

export const indicatorsSignal: SignalDefinition<IndicatorsThresholds> = {
  ...signalBasics<IndicatorsThresholds>(DATA),
  evaluate(context): SignalResult {
    const { thresholds } = context;
    return evaluateDocumentSignal(context, 'indicators', (text, docs, freshness) => {
      const analysis = analyzeIndicators(text);
      const kinds = analysis.kinds.length;
      const measurable = analysis.targetCount >= thresholds.minTargets;

      let status: Status = 'warn';
      if (kinds >= thresholds.passKinds && measurable && analysis.objectives) status = 'pass';
      if (kinds === 0 && analysis.targetCount === 0) status = 'fail';
      if (freshness.stale && status === 'pass') status = 'warn';
      const raw =
        15 +
        15 * Math.min(kinds, INDICATOR_KINDS.length) +
        (analysis.objectives ? 15 : 0) +
        (measurable ? 25 : Math.round((25 * analysis.targetCount) / Math.max(1, thresholds.minTargets)));
      const score = clamp(raw - (freshness.stale ? thresholds.stalePenalty : 0), 0, 100);

      const where = (language: keyof Localized): string =>
        docs.map((doc) => documentLabel(doc, language)).join(', ');
      const kindList = (language: keyof Localized): string =>
        analysis.kinds.map((kind) => message('kind', { kind })[language]).join(', ');
      const places = { fr: documentPlaces(docs, 'fr'), en: documentPlaces(docs, 'en') };
      return {
        status,
        score,
        measured: message('measured', (language) => ({
          where: where(language),
          kindCount: kinds,
          kinds: kindList(language),
          objectives: analysis.objectives ? 'yes' : 'no',
          targetCount: analysis.targetCount,
        })),
        metrics: {
          kindsFound: [...analysis.kinds],
          kindsMissing: INDICATOR_KINDS.filter((kind) => !analysis.kinds.includes(kind)),
          objectives: analysis.objectives,
          measurableTargets: analysis.targetCount,
          objectivesAndIndicatorsDistinct: analysis.distinct,
        },
        advice: advice(analysis, measurable, freshness, context.thresholds.maxAgeDays, places),
      };
    });
  },
};

function advice(
  analysis: IndicatorAnalysis,
  measurable: boolean,
  freshness: Freshness,
  maxAgeDays: number,
  where: Localized,
): Localized | null {
  const steps: Localized[] = [];
  const missing = INDICATOR_KINDS.filter((kind) => !analysis.kinds.includes(kind));
  const inDocument = (key: string, values: MessageValues = {}): Localized =>
    message(key, (language) => ({ ...values, where: where[language] }));
  if (missing.length > 0) steps.push(inDocument('advice-kinds', { kind: missing.join('_') }));
  if (!analysis.objectives) {
    steps.push(
      message('advice-name-objectives', {
        targetCount: analysis.targets.length,
        target: quoteFact(analysis.targets[0] ?? ''),
      }),
    );
  }
  if (!measurable) {
    steps.push(
      analysis.objectiveEvidence
        ? message('advice-objective-target', { objective: quoteFact(analysis.objectiveEvidence) })
        : message('advice-targets'),
    );
  }
  if (freshness.stale) {
    steps.push(inDocument('advice-stale', { maxAgeDays }));
  }
  return joinSteps(steps);
}
