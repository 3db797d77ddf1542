import {
  type DocumentSignalThresholds,
  documentLabel,
  evaluateDocumentSignal,
  type Freshness,
} from '../../documents/document-signal.js';
import {
  analyzeRoadmap,
  ROADMAP_COMPONENTS,
  type RoadmapComponent,
} from '../../documents/roadmap-analysis.js';
import type { MessageValues } from '../../messages/format-message.js';
import type { Localized, Status } from '../../model/ids.js';
import type { SignalDefinition, SignalResult } from '../../model/signal.js';
import { clamp } from '../../util/stats.js';
import { joinSteps, loadSignalData, quoteFact, signalBasics, signalMessages } from '../signal-data.js';

/** Meanings and defaults: `signal.yml`. */
export type RoadmapThresholds = DocumentSignalThresholds & {
  passComponents: number;
  maxHorizonMonths: number;
  idealHorizonMonths: number;
  stalePenalty: number;
  agilefallPenalty: number;
};

const DATA = loadSignalData('roadmap');
const message = signalMessages(DATA);

export const roadmapSignal: SignalDefinition<RoadmapThresholds> = {
  ...signalBasics<RoadmapThresholds>(DATA),
  evaluate(context): SignalResult {
    const { thresholds, now } = context;
    return evaluateDocumentSignal(context, 'roadmap', (text, docs, freshness) => {
      const analysis = analyzeRoadmap(text, now);
      const covered = analysis.components.length;
      const horizon = analysis.horizonMonths;
      const agilefall = horizon !== null && horizon > thresholds.maxHorizonMonths;

      let status: Status = covered >= thresholds.passComponents ? 'pass' : covered > 0 ? 'warn' : 'fail';
      if ((freshness.stale || agilefall) && status === 'pass') status = 'warn';
      const score = clamp(
        Math.round((covered / ROADMAP_COMPONENTS.length) * 100) -
          (freshness.stale ? thresholds.stalePenalty : 0) -
          (agilefall ? thresholds.agilefallPenalty : 0),
        0,
        100,
      );

      const where = (language: keyof Localized): string =>
        docs.map((doc) => documentLabel(doc, language)).join(', ');
      const names = (language: keyof Localized): string =>
        analysis.components.map((component) => message('component', { component })[language]).join(', ');
      const horizonLine = horizonText(horizon, analysis.horizonText, thresholds);

      return {
        status,
        score,
        measured: message('measured', (language) => ({
          where: where(language),
          covered,
          total: ROADMAP_COMPONENTS.length,
          names: names(language),
          horizon: horizonLine[language],
        })),
        metrics: {
          componentsCovered: covered,
          componentsTotal: ROADMAP_COMPONENTS.length,
          coveredComponents: [...analysis.components],
          missingComponents: [...analysis.missing],
          horizonMonths: horizon,
          agilefall,
        },
        advice: advice(analysis.missing, agilefall, freshness, context.thresholds.maxAgeDays, (language) => ({
          where: where(language),
          covered,
          names: names(language),
        })),
      };
    });
  },
};

function horizonText(months: number | null, text: string | null, thresholds: RoadmapThresholds): Localized {
  if (months === null) return message('horizon-unknown');
  const beyond = months > thresholds.maxHorizonMonths;
  return message('horizon', {
    months: Math.round(months),
    basis: text ? quoteFact(text) : 'none',
    beyond: beyond ? 'yes' : 'no',
    ideal: !beyond && months > thresholds.idealHorizonMonths ? 'yes' : 'no',
    maxMonths: thresholds.maxHorizonMonths,
    idealMonths: thresholds.idealHorizonMonths,
  });
}

function advice(
  missing: readonly RoadmapComponent[],
  agilefall: boolean,
  freshness: Freshness,
  maxAgeDays: number,
  found: (language: keyof Localized) => MessageValues,
): Localized | null {
  const steps: Localized[] = [];
  if (agilefall) steps.push(message('advice-agilefall'));
  if (missing.length > 0) {
    steps.push(
      message('advice-complete', (language) => ({
        ...found(language),
        missing: missing
          .map((component) => message('component-advice', { component })[language])
          .join(language === 'fr' ? ' ; ' : '; '),
      })),
    );
  }
  if (freshness.stale) {
    steps.push(
      message('advice-stale', (language) => ({
        ...found(language),
        maxAgeDays,
      })),
    );
  }
  return joinSteps(steps);
}
