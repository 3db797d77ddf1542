import { excerpt, type PlainLine, plainLines } from './markdown-sections.js';

/** The guide's three kinds of indicators: success (KPI), impact, direction (progress/trend). */
export const INDICATOR_KINDS = ['success', 'impact', 'direction'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface IndicatorAnalysis {
  kinds: IndicatorKind[];
  /** The line that shows each kind, shortened. */
  kindEvidence: Partial<Record<IndicatorKind, string>>;
  /** Objectives are named (objectif, goal, objective…). */
  objectives: boolean;
  /** The first line (not a heading) that states an objective, shortened: what a next step can quote. */
  objectiveEvidence: string | null;
  /** Number of lines holding a measurable target (a figure, a ratio, a duration, a target value). */
  targetCount: number;
  /** The first few of those lines, shortened. */
  targets: string[];
  /** Objectives and measurable indicators are both present, so they can be told apart. */
  distinct: boolean;
}

/** Keywords matched against normalised lines (lower case, no accents). */
const KIND_PATTERNS: Record<IndicatorKind, RegExp> = {
  success:
    /\b(indicateurs? de succes|succes|kpis?|key performance|taux d (?:usage|utilisation|adoption|recours)|usage rate|adoption|audiences?|visiteurs?|visites?|utilisateurs? actifs|active users|nps|net promoter|satisfaction|csat|retention|frequentation)\b/,
  impact:
    /\b(indicateurs? d impact|impacts?|economies?|savings?|couts? evites?|delais?|temps de traitement|duree de traitement|processing time|dematerialis\w*|digitali[sz]\w*|gains?|efficacite|efficiency|non[- ]recours|erreurs?|errors?)\b/,
  direction:
    /\b(indicateurs? de (?:direction|progres|tendance)|direction indicators?|progres(?:sion)?|progress|tendances?|trends?|garde[- ]fous?|guard[- ]?rails?|leading (?:indicators?|metrics?)|signaux? d alerte|early warning|duree (?:moyenne )?(?:de|des) sessions?|session (?:duration|length)|taux de rebond|bounce rate)\b/,
};

const OBJECTIVE = /\b(objectifs?|goals?|objectives?|ambitions?|okrs?|resultats? vises?)\b/;

/**
 * Lines holding a measurable target. Every repetition that could rescan the line from each digit
 * is bounded or anchored to the start of a number, so a line of a thousand figures is read in one pass.
 */
const MEASURABLE: RegExp[] = [
  /(?<!\d)\d+(?:[.,]\d+)?\s?%/,
  /\b(?:x|×)\s?\d+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)?\s?(?:x|×)(?=\s|$|[.,;)])/,
  /\b(?:par|by)\s(?:\d+|deux|trois|quatre|dix|two|three|four|ten)\b/,
  /\b(?:doubler|tripler|diviser|double|triple|halve|reduce by half)\b/,
  /\b\d+(?:[.,]\d+)?\s?(?:secondes?|sec|s|minutes?|min|mn|heures?|h|jours?|j|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?)\b/,
  /\b\d[\d\s.,]{0,20}\s?(?:k|m)?\s(?:utilisateur|usager|visiteur|visite|dossier|demande|agent|session|inscrit|compte|telechargement|user|visitor|visit|request|download|account|page)s?\b/,
  /\b(?:cible|target|seuil|threshold|baseline|valeur (?:de reference|initiale|cible)|point de depart|actuellement|currently)\b[^\d]{0,30}\d/,
  /\b(?:de|from)\s\d[\d\s.,]{0,20}\s?\S{0,30}\s(?:a|to)\s\d/,
  /[<>≥≤]=?\s?\d/,
  /\b(?:nps|note|score)\b[^\d]{0,20}\d/,
];

/**
 * What an indicators document shows: the kinds of indicators it names, whether it names objectives,
 * and whether it sets measurable targets — the guide tells objectives (a qualitative ambition) from
 * indicators (measuring progress towards them: « augmentation de 20 % de la satisfaction »).
 */
export function analyzeIndicators(markdown: string): IndicatorAnalysis {
  const lines = plainLines(markdown);
  const kindEvidence: Partial<Record<IndicatorKind, string>> = {};
  for (const kind of INDICATOR_KINDS) {
    const found = lines.find((line) => KIND_PATTERNS[kind].test(line.normalized));
    if (found) kindEvidence[kind] = excerpt(found.plain);
  }
  const objective = lines.find((line) => OBJECTIVE.test(line.normalized)) ?? null;
  const statement = lines.find((line) => !line.heading && OBJECTIVE.test(line.normalized)) ?? null;
  const measurable = lines.filter(isMeasurable);
  return {
    kinds: INDICATOR_KINDS.filter((kind) => kindEvidence[kind] !== undefined),
    kindEvidence,
    objectives: objective !== null,
    objectiveEvidence: statement ? excerpt(statement.plain) : null,
    targetCount: measurable.length,
    targets: measurable.slice(0, 3).map((line) => excerpt(line.plain)),
    distinct: objective !== null && measurable.length > 0,
  };
}

function isMeasurable(line: PlainLine): boolean {
  if (line.heading) return false;
  // Dates and version numbers are figures, not targets.
  const text = line.normalized
    .replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' ')
    .replace(/\bv?\d+\.\d+\.\d+\b/g, ' ');
  return MEASURABLE.some((pattern) => pattern.test(text));
}
