import { createHash } from 'node:crypto';
import {
  type Language,
  type Localized,
  PILLAR_IDS,
  type PillarId,
  STATUSES,
  type Status,
} from '../model/ids.js';
import { PILLARS } from '../model/pillars.js';
import { labelsFor } from '../render/labels.js';
import { safeHref } from '../render/neutral-link.js';
import { templateEngine } from '../render/template-engine.js';
import { GRADE_FLOORS } from '../scoring/grade.js';
import { SIGNALS } from '../signals/index.js';
import { readPackageFile } from '../util/package-files.js';
import type {
  Comparison,
  ComparisonRenderOptions,
  ComparisonRow,
  GradedScore,
  ProductRow,
} from './comparison.js';
import { scoreChange, sparklineSvg, sparklineText } from './sparkline.js';

const TEMPLATE = 'dashboard.html.liquid';
const STYLE_FILE = 'templates/dashboard/dashboard.css';
const SCRIPT_FILE = 'templates/dashboard/dashboard.js';

/** Every user-facing text of the page, in both languages; the page embeds them all for its language toggle. */
const MESSAGES = {
  pageTitle: { fr: 'Santé produit des dépôts', en: 'Product health across repositories' },
  otherLanguage: { fr: 'English', en: 'Français' },
  noRanking: {
    fr: 'Ces notes servent à repérer où aider une équipe, pas à classer les équipes entre elles : chaque produit a son contexte, comparez-le d’abord à lui-même dans le temps.',
    en: 'These grades help find where to help a team, not to rank teams against each other: every product has its own context, so compare it with itself over time first.',
  },
  generatedOn: { fr: 'Généré le', en: 'Generated on' },
  view: { fr: 'Affichage', en: 'View' },
  viewRows: { fr: 'Par dépôt', en: 'By repository' },
  viewProducts: { fr: 'Par produit', en: 'By product' },
  filters: { fr: 'Filtres', en: 'Filters' },
  filterName: { fr: 'Nom contient', en: 'Name contains' },
  filterTopic: { fr: 'Thématique', en: 'Topic' },
  filterProduct: { fr: 'Produit', en: 'Product' },
  filterGrade: { fr: 'Note globale', en: 'Overall grade' },
  all: { fr: 'Tous', en: 'All' },
  noProduct: { fr: 'Sans produit', en: 'No product' },
  resetFilters: { fr: 'Effacer les filtres', en: 'Clear filters' },
  countRows: { fr: '{shown} sur {total} dépôts affichés', en: '{shown} of {total} repositories shown' },
  countProducts: { fr: '{shown} sur {total} produits affichés', en: '{shown} of {total} products shown' },
  captionRows: {
    fr: 'Santé produit par dépôt et par pilier',
    en: 'Product health by repository and pillar',
  },
  captionProducts: {
    fr: 'Santé produit par produit (dépôts regroupés : chaque pilier prend la meilleure note connue)',
    en: 'Product health by product (grouped repositories: each pillar takes the best known score)',
  },
  sortHint: {
    fr: 'Les boutons des en-têtes trient le tableau ; les notes inconnues restent en bas.',
    en: 'The header buttons sort the table; unknown grades stay at the bottom.',
  },
  repository: { fr: 'Dépôt', en: 'Repository' },
  repositories: { fr: 'Dépôts', en: 'Repositories' },
  product: { fr: 'Produit', en: 'Product' },
  overall: { fr: labelsFor('fr').overall, en: labelsFor('en').overall },
  trend: { fr: labelsFor('fr').trend, en: labelsFor('en').trend },
  noData: { fr: labelsFor('fr').noData, en: labelsFor('en').noData },
  details: { fr: '(détail)', en: '(details)' },
  topics: { fr: 'Thématiques', en: 'Topics' },
  origin: { fr: 'Origine des données', en: 'Where the data comes from' },
  origin_stored: { fr: 'lue dans le ticket de santé produit', en: 'read from the product-health issue' },
  origin_scanned: { fr: 'dépôt analysé pendant cette exécution', en: 'repository scanned during this run' },
  origin_failed: {
    fr: 'échec : ni ticket à jour ni analyse réussie',
    en: 'failed: no fresh issue and the scan did not succeed',
  },
  'origin_rate-limited': {
    fr: 'non lu : la limite horaire de requêtes de GitHub était atteinte ; à relancer après sa remise à zéro',
    en: 'not read: GitHub’s hourly rate limit was reached; run again after its reset',
  },
  failed: { fr: 'non lu', en: 'not read' },
  problems: { fr: labelsFor('fr').problems, en: labelsFor('en').problems },
  healthIssue: { fr: 'Ticket de santé produit', en: 'Product-health issue' },
  issue_open: { fr: 'ouvert', en: 'open' },
  issue_closed: { fr: 'fermé', en: 'closed' },
  noIssue: { fr: 'pas de ticket de santé produit', en: 'no product-health issue' },
  openRepository: { fr: 'Ouvrir le dépôt', en: 'Open the repository' },
  pillarsAndSignals: { fr: 'Piliers et signaux', en: 'Pillars and signals' },
  grades: { fr: 'Notes', en: 'Grades' },
  gradeUnknown: { fr: 'pas de donnée', en: 'no data' },
  gradePartial: {
    fr: 'note partielle : certains signaux sont inconnus',
    en: 'partial grade: some signals are unknown',
  },
  ...prefixed('pillar_', shortPillarNames()),
  ...prefixed('pillarTitle_', Object.fromEntries(PILLAR_IDS.map((id) => [id, PILLARS[id].title]))),
  ...prefixed('signal_', Object.fromEntries(SIGNALS.map((signal) => [signal.id, signal.title]))),
  ...prefixed(
    'status_',
    Object.fromEntries(
      STATUSES.map((status) => [
        status,
        { fr: labelsFor('fr').status[status], en: labelsFor('en').status[status] },
      ]),
    ),
  ),
} satisfies Record<string, Localized>;

type MessageKey = keyof typeof MESSAGES;

/** A text shown in the page's default language, with its key so the page can switch it. */
interface Text {
  key: string;
  text: string;
}

interface GradeView {
  letter: string;
  className: string;
  known: boolean;
  score: number | null;
  partial: boolean;
}

interface Column {
  id: string;
  kind: 'text' | 'grade' | 'number';
  label: Text;
}

/**
 * The coaches' dashboard: one self-contained HTML page (styles, script and texts inlined, no
 * request once opened) comparing repositories — and products — pillar by pillar.
 */
export function renderComparisonHtml(comparison: Comparison, options: ComparisonRenderOptions): string {
  const style = readPackageFile(STYLE_FILE);
  const script = readPackageFile(SCRIPT_FILE);
  const messages = jsonForScript(MESSAGES);
  const showProduct = comparison.rows.some((row) => row.product !== null);
  const showTrend = comparison.rows.some((row) => sparklineText(row.history) !== '');
  const view = {
    lang: options.language,
    t: textsIn(options.language),
    messages,
    style: inlineable(style, 'style'),
    script: inlineable(script, 'script'),
    csp: contentSecurityPolicy(style, script),
    generatedOn: comparison.generatedAt.slice(0, 10),
    // Columns no row fills are left out: a product column without products, a trend without history.
    showProduct,
    showTrend,
    rowColumns: rowColumns(options.language).filter(
      (column) => (column.id !== 'product' || showProduct) && (column.id !== 'trend' || showTrend),
    ),
    productColumns: productColumns(options.language),
    pillarColumns: PILLAR_IDS.map((id) => ({
      id,
      label: text(`pillar_${id}`, options.language),
      title: text(`pillarTitle_${id}`, options.language),
    })),
    rows: comparison.rows.map((row, index) => rowView(row, index, options.language)),
    products: comparison.products.map((product) => productView(product)),
    topics: [...new Set(comparison.rows.flatMap((row) => row.topics))].sort(),
    productNames: [...new Set(comparison.rows.flatMap((row) => (row.product === null ? [] : [row.product])))]
      .sort()
      .map((name) => ({ name, value: JSON.stringify(name) })),
    anyWithoutProduct: comparison.rows.some((row) => row.product === null),
    gradeLegend: gradeLegend(),
    unknownGrade: gradeView({ score: null, grade: null }),
    anyPartial: [...comparison.rows, ...comparison.products].some(
      (row) => row.overall.partial === true || PILLAR_IDS.some((id) => row.pillars[id].partial === true),
    ),
    partialExample: gradeView({ score: 70, grade: 'B', partial: true }),
    countText: countText('countRows', comparison.rows.length, options.language),
  };
  const html = templateEngine().renderFileSync(TEMPLATE, view) as string;
  return `${html.trimEnd()}\n`;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JavaScript line
 * separators are escaped, so no value can close the script element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function rowView(row: ComparisonRow, index: number, language: Language) {
  const change = scoreChange(row.history);
  return {
    id: `repo-${index + 1}`,
    name: row.repository,
    product: row.product,
    productValue: JSON.stringify(row.product),
    topics: row.topics,
    topicsValue: JSON.stringify(row.topics),
    overall: gradeView(row.overall),
    pillars: PILLAR_IDS.map((id) => ({ id, grade: gradeView(row.pillars[id]) })),
    sort: [
      { column: 'name', value: row.repository.toLowerCase() },
      { column: 'product', value: row.product?.toLowerCase() ?? '' },
      ...PILLAR_IDS.map((id) => ({ column: id, value: scoreValue(row.pillars[id]) })),
      { column: 'overall', value: scoreValue(row.overall) },
      { column: 'trend', value: change === null ? '' : String(change) },
    ],
    sparkline: sparklineSvg(row.history),
    trendText: sparklineText(row.history),
    origin: row.origin,
    originText: text(`origin_${row.origin}`, language),
    failed: row.origin === 'failed' || row.origin === 'rate-limited',
    repositoryHref: safeHref(row.url),
    issue: row.issue && {
      number: row.issue.number,
      href: safeHref(row.issue.url),
      state: text(`issue_${row.issue.state}`, language),
    },
    problems: row.problems,
    pillarDetails: PILLAR_IDS.map((id) => pillarDetail(row, id, language)),
  };
}

function pillarDetail(row: ComparisonRow, pillar: PillarId, language: Language) {
  return {
    title: text(`pillarTitle_${pillar}`, language),
    grade: gradeView(row.pillars[pillar]),
    signals: SIGNALS.filter((signal) => signal.pillar === pillar).map((signal) => {
      const status: Status = row.signals[signal.id] ?? 'unknown';
      return {
        id: signal.id,
        title: text(`signal_${signal.id}`, language),
        status,
        statusText: text(`status_${status}`, language),
      };
    }),
  };
}

function productView(product: ProductRow) {
  return {
    name: product.name,
    productValue: JSON.stringify(product.name),
    repositories: product.repositories,
    topics: product.topics,
    topicsValue: JSON.stringify(product.topics),
    overall: gradeView(product.overall),
    pillars: PILLAR_IDS.map((id) => ({ id, grade: gradeView(product.pillars[id]) })),
    sort: [
      { column: 'name', value: product.name.toLowerCase() },
      { column: 'repositories', value: String(product.repositories.length) },
      ...PILLAR_IDS.map((id) => ({ column: id, value: scoreValue(product.pillars[id]) })),
      { column: 'overall', value: scoreValue(product.overall) },
    ],
  };
}

function rowColumns(language: Language): Column[] {
  return [
    { id: 'name', kind: 'text', label: text('repository', language) },
    { id: 'product', kind: 'text', label: text('product', language) },
    ...pillarAndOverallColumns(language),
    { id: 'trend', kind: 'number', label: text('trend', language) },
  ];
}

function productColumns(language: Language): Column[] {
  return [
    { id: 'name', kind: 'text', label: text('product', language) },
    { id: 'repositories', kind: 'number', label: text('repositories', language) },
    ...pillarAndOverallColumns(language),
  ];
}

function pillarAndOverallColumns(language: Language): Column[] {
  return [
    ...PILLAR_IDS.map((id): Column => ({ id, kind: 'grade', label: text(`pillar_${id}`, language) })),
    { id: 'overall', kind: 'grade', label: text('overall', language) },
  ];
}

/** `A ≥ 80` … `E < 35`, from the scorer's own floors. */
function gradeLegend() {
  return GRADE_FLOORS.map(([letter, floor], index) => {
    const next = GRADE_FLOORS[index - 1]?.[1];
    const range = floor === 0 && next !== undefined ? `< ${next}` : `≥ ${floor}`;
    return { ...gradeView({ score: floor, grade: letter }), range };
  });
}

function gradeView(graded: GradedScore): GradeView {
  return graded.grade === null
    ? { letter: '?', className: 'grade-unknown', known: false, score: null, partial: false }
    : {
        letter: graded.grade,
        className: `grade-${graded.grade.toLowerCase()}`,
        known: true,
        score: graded.score,
        partial: graded.partial === true,
      };
}

/** Sort value of a grade column: the score, empty (sorted last) when unknown. */
function scoreValue(graded: GradedScore): string {
  return graded.score === null ? '' : String(graded.score);
}

function countText(key: 'countRows' | 'countProducts', total: number, language: Language): string {
  return MESSAGES[key][language].replace('{shown}', String(total)).replace('{total}', String(total));
}

function text(key: string, language: Language): Text {
  const message = (MESSAGES as Record<string, Localized>)[key];
  if (!message) throw new Error(`Dashboard message missing: ${key}`);
  return { key, text: message[language] };
}

function textsIn(language: Language): Record<MessageKey, string> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, value]) => [key, value[language]])) as Record<
    MessageKey,
    string
  >;
}

/** Pillar names short enough for a column header; the full titles are in the detail view. */
function shortPillarNames(): Record<PillarId, Localized> {
  return Object.fromEntries(PILLAR_IDS.map((id) => [id, PILLARS[id].short])) as Record<PillarId, Localized>;
}

function prefixed<P extends string, K extends string>(
  prefix: P,
  entries: Record<K, Localized>,
): Record<`${P}${K}`, Localized> {
  return Object.fromEntries(
    Object.entries(entries).map(([key, value]) => [`${prefix}${key}`, value]),
  ) as Record<`${P}${K}`, Localized>;
}

/** Our own style and script go inline as they are; a closing tag inside them would end the element early. */
function inlineable(source: string, element: 'style' | 'script'): string {
  if (source.toLowerCase().includes(`</${element}`))
    throw new Error(`${element} must not contain </${element}`);
  return source;
}

/**
 * Only the page's own inline style and script may run (by hash): even a markup injection that
 * slipped past escaping could neither run a handler nor load anything from the network.
 */
function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(style)}'`,
    `script-src '${sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
