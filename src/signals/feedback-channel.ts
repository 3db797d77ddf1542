import { markdownSections } from '../documents/markdown-sections.js';
import { GUIDE } from '../guide/guide-references.js';
import type { Localized } from '../model/ids.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../model/signal.js';
import { loadYaml } from '../util/load-yaml.js';
import { unknownResult } from './outcome.js';

export type FeedbackChannelThresholds = Record<string, never>;

const TEMPLATE_DIR = /^\.github\/ISSUE_TEMPLATE\/[^/]+$/i;
const LEGACY_TEMPLATE = /^(\.github\/|docs\/)?ISSUE_TEMPLATE\.md$/i;
/** Discussion category forms: readable offline, where discussion categories are not. */
const DISCUSSION_TEMPLATE = /^\.github\/DISCUSSION_TEMPLATE\/[^/]+\.ya?ml$/i;
const TEMPLATE_CONFIG = /^\.github\/ISSUE_TEMPLATE\/config\.ya?ml$/i;
const SUPPORT_FILE = /^(\.github\/|docs\/)?(SUPPORT|CONTACT)(\.(md|markdown|rst|txt))?$/i;
const README = /(^|\/)README(\.[a-z]+)?$/i;
/** Words saying an issue template is meant for users' feedback. */
const FEEDBACK_WORDS =
  /feedback|retour|support|bug|suggestion|question|besoin|avis|demande|id[ée]e|idea|feature|am[ée]lioration|probl[èe]me|aide|help/i;
/** Discussion categories where users can write in (GitHub's defaults and their French names). */
const OPEN_CATEGORIES =
  /q\s*&\s*a|question|id[ée]e|idea|feedback|retour|support|aide|help|g[ée]n[ée]ral|suggestion|besoin|avis/i;
const CONTACT_HEADING =
  /\bsupport\b|\bcontact(s|er|ez)?\b|\bfeedbacks?\b|\bretours?\b|\baide\b|\bhelp\b|donner (son|votre) avis|\bassistance\b/i;

export const feedbackChannelSignal: SignalDefinition<FeedbackChannelThresholds> = {
  id: 'feedback-channel',
  pillar: 'users',
  title: { fr: 'Canal de retours utilisateurs', en: 'User feedback channel' },
  definition: {
    fr: 'Les utilisateurs ont une porte d’entrée : un modèle d’issue ou une catégorie de discussion pour les retours, et un chemin de contact ou de support visible (SUPPORT.md, section du README, liens de contact).',
    en: 'Users have a way in: an issue template or discussion category for feedback, and a visible contact or support path (SUPPORT.md, README section, contact links).',
  },
  why: {
    fr: '« Les retours utilisateurs guident les choix, valident les hypothèses et révèlent les besoins réels. » Ce que cela implique : « Prendre en compte les retours et feedbacks des utilisateurs ».',
    en: '“User feedback guides choices, validates hypotheses and reveals real needs.” What this implies: “Take users’ feedback into account”.',
  },
  guide: GUIDE.pillars,
  defaults: {},
  evaluate: evaluateFeedbackChannel,
};

function evaluateFeedbackChannel(context: SignalContext<FeedbackChannelThresholds>): SignalResult {
  const { files, discussionCategories } = context.snapshot;
  if (!files.available) {
    return unknownResult({ fr: 'Canal de retours utilisateurs', en: 'User feedback channel' }, files);
  }
  const paths = files.value;
  const templates = paths
    .filter(
      (path) =>
        (TEMPLATE_DIR.test(path) && !TEMPLATE_CONFIG.test(path)) ||
        LEGACY_TEMPLATE.test(path) ||
        DISCUSSION_TEMPLATE.test(path),
    )
    .filter(
      (path) => FEEDBACK_WORDS.test(basename(path)) || FEEDBACK_WORDS.test(textOf(context.snapshot, path)),
    )
    .sort();
  const categories = discussionCategories.available
    ? discussionCategories.value.filter((name) => OPEN_CATEGORIES.test(name))
    : [];
  const contactLinks = paths.filter(
    (path) => TEMPLATE_CONFIG.test(path) && hasContactLinks(textOf(context.snapshot, path)),
  );
  const supportFiles = paths.filter((path) => SUPPORT_FILE.test(path)).sort();
  const sections = readmeSections(context.snapshot);

  const structured = templates.length > 0 || categories.length > 0;
  const contact = contactLinks.length > 0 || supportFiles.length > 0 || sections.length > 0;
  const status = structured && contact ? 'pass' : structured || contact ? 'warn' : 'fail';
  const evidence: Evidence[] = [
    ...templates.map((ref): Evidence => ({ kind: 'file', ref })),
    ...(categories.length > 0 ? [{ kind: 'api', ref: 'discussionCategories' } satisfies Evidence] : []),
    ...contactLinks.map((ref): Evidence => ({ kind: 'file', ref })),
    ...supportFiles.map((ref): Evidence => ({ kind: 'file', ref })),
    ...sections.map((ref): Evidence => ({ kind: 'section', ref })),
  ];
  return {
    status,
    score: status === 'pass' ? 100 : status === 'warn' ? 60 : 0,
    metrics: {
      templates,
      discussionCategories: categories,
      discussionsChecked: discussionCategories.available,
      contactLinks: contactLinks.length > 0,
      supportFiles,
      readmeSections: sections,
      structuredChannel: structured,
      contactPath: contact,
    },
    evidence,
    measured: measuredText(
      templates,
      categories,
      contactLinks,
      supportFiles,
      sections,
      discussionCategories.available,
    ),
    advice: adviceText(structured, contact),
  };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function textOf(snapshot: RawSnapshot, path: string): string {
  const part = snapshot.contents[path];
  return part?.available ? part.value.text : '';
}

/** True when an issue template chooser (`config.yml`) lists at least one contact link with a URL. */
function hasContactLinks(text: string): boolean {
  const parsed = loadYaml(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return false;
  const links = (parsed.value as { contact_links?: unknown }).contact_links;
  return (
    Array.isArray(links) &&
    links.some(
      (link) => typeof link === 'object' && link !== null && typeof link.url === 'string' && link.url !== '',
    )
  );
}

/** `README.md#Heading` for each README section titled like support, contact, feedback or help. */
function readmeSections(snapshot: RawSnapshot): string[] {
  return Object.entries(snapshot.contents)
    .filter(([path]) => README.test(path))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, part]) =>
      part.available
        ? markdownSections(part.value.text)
            .filter((section) => CONTACT_HEADING.test(section.heading))
            .map((section) => `${path}#${section.heading}`)
        : [],
    );
}

function measuredText(
  templates: string[],
  categories: string[],
  contactLinks: string[],
  supportFiles: string[],
  sections: string[],
  discussionsChecked: boolean,
): Localized {
  const found: Localized[] = [];
  if (templates.length > 0) {
    found.push({
      fr: `modèle(s) d’issue : ${templates.join(', ')}`,
      en: `issue template(s): ${templates.join(', ')}`,
    });
  }
  if (categories.length > 0) {
    found.push({
      fr: `catégorie(s) de discussion : ${categories.join(', ')}`,
      en: `discussion categories: ${categories.join(', ')}`,
    });
  }
  if (contactLinks.length > 0) {
    found.push({
      fr: `liens de contact dans ${contactLinks.join(', ')}`,
      en: `contact links in ${contactLinks.join(', ')}`,
    });
  }
  if (supportFiles.length > 0) found.push({ fr: supportFiles.join(', '), en: supportFiles.join(', ') });
  if (sections.length > 0) {
    found.push({ fr: `section(s) ${sections.join(', ')}`, en: `section(s) ${sections.join(', ')}` });
  }
  const discussions = discussionsChecked
    ? { fr: '', en: '' }
    : { fr: ' (catégories de discussion non vérifiées)', en: ' (discussion categories not checked)' };
  if (found.length === 0) {
    return {
      fr: `Aucun modèle d’issue de retour, lien de contact, fichier SUPPORT/CONTACT ni section Support/Contact dans le README${discussions.fr}.`,
      en: `No feedback issue template, contact link, SUPPORT/CONTACT file or Support/Contact README section${discussions.en}.`,
    };
  }
  return {
    fr: `Trouvé : ${found.map((f) => f.fr).join(' ; ')}${discussions.fr}.`,
    en: `Found: ${found.map((f) => f.en).join('; ')}${discussions.en}.`,
  };
}

function adviceText(structured: boolean, contact: boolean): Localized | null {
  if (structured && contact) return null;
  const template: Localized = {
    fr: 'Ajoutez un modèle d’issue pour les retours (`.github/ISSUE_TEMPLATE/retour-utilisateur.yml`) ou ouvrez une catégorie de discussion « Retours ».',
    en: 'Add an issue template for feedback (`.github/ISSUE_TEMPLATE/user-feedback.yml`) or open a “Feedback” discussion category.',
  };
  const path: Localized = {
    fr: 'Rendez le contact visible : une section « Nous contacter » ou « Support » dans le README, un `SUPPORT.md`, ou des `contact_links` dans `.github/ISSUE_TEMPLATE/config.yml`.',
    en: 'Make contact visible: a “Contact” or “Support” section in the README, a `SUPPORT.md`, or `contact_links` in `.github/ISSUE_TEMPLATE/config.yml`.',
  };
  if (structured) return path;
  if (contact) return template;
  return { fr: `${template.fr} ${path.fr}`, en: `${template.en} ${path.en}` };
}
