import { formatMessage } from '../messages/format-message.js';
import { type Language, PILLAR_IDS, type PillarId } from '../model/ids.js';
import { PILLARS } from '../model/pillars.js';
import type { ComparisonRow } from './comparison.js';

const FR = {
  title: 'Santé produit : comparaison',
  intro:
    'Les notes aident à voir où accompagner chaque équipe en priorité, pas à classer les équipes entre elles : des services différents ne se comparent pas sur un seul chiffre.',
  repository: 'Dépôt',
  product: 'Produit',
  overall: 'Globale',
  trend: 'Évolution',
  origin: 'Source',
  issue: 'Ticket santé',
  origins: { stored: 'ticket', scanned: 'analysé', failed: 'échec', 'rate-limited': 'limite de débit' },
  distribution: 'Répartition des notes par pilier',
  unknown: 'inconnu',
  partialNote: '`*` : note partielle, certains signaux de ce dépôt sont inconnus.',
  products: 'Produits',
  repositories: 'dépôts',
  skipped: 'Laissés de côté',
  skipReasons: { archived: 'archivé', fork: 'fourche', settings: 'réglages de l’organisation' },
  problems: 'Ce qui n’a pas pu être lu',
  omitted: (count: number) =>
    `${formatMessage('fr', '{count, plural, one {# autre dépôt ne tient} other {# autres dépôts ne tiennent}}', { count })} pas dans ce ticket : le tableau de bord HTML (\`product-health compare --format html\`) les montre tous.`,
  none: 'Aucun dépôt comparé.',
  pillars: shortPillarNames('fr'),
} satisfies ComparisonLabels;

const EN = {
  title: 'Product health: comparison',
  intro:
    'Grades help see where to support each team first, not to rank teams against each other: different services do not compare on a single figure.',
  repository: 'Repository',
  product: 'Product',
  overall: 'Overall',
  trend: 'Trend',
  origin: 'Source',
  issue: 'Health issue',
  origins: { stored: 'issue', scanned: 'scanned', failed: 'failed', 'rate-limited': 'rate-limited' },
  distribution: 'Grades by pillar',
  unknown: 'unknown',
  partialNote: '`*`: partial grade, some of the repository’s signals are unknown.',
  products: 'Products',
  repositories: 'repositories',
  skipped: 'Left out',
  skipReasons: { archived: 'archived', fork: 'fork', settings: 'organisation settings' },
  problems: 'What could not be read',
  omitted: (count: number) =>
    `${formatMessage('en', '{count, plural, one {# more repository does} other {# more repositories do}}', { count })} not fit in this issue: the HTML dashboard (\`product-health compare --format html\`) shows them all.`,
  none: 'No repository compared.',
  pillars: shortPillarNames('en'),
} satisfies ComparisonLabels;

export interface ComparisonLabels {
  title: string;
  intro: string;
  repository: string;
  product: string;
  overall: string;
  trend: string;
  origin: string;
  issue: string;
  origins: Record<ComparisonRow['origin'], string>;
  distribution: string;
  unknown: string;
  partialNote: string;
  products: string;
  repositories: string;
  skipped: string;
  skipReasons: Record<'archived' | 'fork' | 'settings', string>;
  problems: string;
  omitted: (count: number) => string;
  none: string;
  /** Short pillar names for table headers; the guide's full titles are in `PILLARS`. */
  pillars: Record<PillarId, string>;
}

function shortPillarNames(language: Language): Record<PillarId, string> {
  return Object.fromEntries(PILLAR_IDS.map((id) => [id, PILLARS[id].short[language]])) as Record<
    PillarId,
    string
  >;
}

export function comparisonLabelsFor(language: Language): ComparisonLabels {
  return language === 'en' ? EN : FR;
}
