import { excludeMatcher, isContributingGuide, isRootReadme } from '../../documents/document-candidates.js';
import { type ClassifiedLink, documentLinks } from '../../documents/document-links.js';
import { markdownSections, normalizeText } from '../../documents/markdown-sections.js';
import type { Localized } from '../../model/ids.js';
import type { RawSnapshot } from '../../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import { loadYaml } from '../../util/load-yaml.js';
import { unknownResult } from '../outcome.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';

export type FeedbackChannelThresholds = Record<string, never>;

const TEMPLATE_DIR = /^\.github\/ISSUE_TEMPLATE\/[^/]+$/i;
/** GitLab issue templates (a GitLab project, or a GitHub mirror of one; Service Desk uses them too). */
const GITLAB_TEMPLATE = /^\.gitlab\/issue_templates\/[^/]+\.md$/i;
const LEGACY_TEMPLATE = /^(\.github\/|docs\/)?ISSUE_TEMPLATE\.md$/i;
/** Discussion category forms: readable offline, where discussion categories are not. */
const DISCUSSION_TEMPLATE = /^\.github\/DISCUSSION_TEMPLATE\/[^/]+\.ya?ml$/i;
const TEMPLATE_CONFIG = /^\.github\/ISSUE_TEMPLATE\/config\.ya?ml$/i;
const SUPPORT_FILE = /^(\.github\/|docs\/)?(SUPPORT|CONTACT)(\.(md|markdown|rst|txt))?$/i;
/** Words saying an issue template is meant for users' feedback. */
const FEEDBACK_WORDS =
  /feedback|retour|support|bug|suggestion|question|besoin|avis|demande|id[ée]e|idea|feature|am[ée]lioration|probl[èe]me|aide|help|service[ _-]?desk|\bsav\b|ticket/i;
/** Discussion categories where users can write in (GitHub's defaults and their French names). */
const OPEN_CATEGORIES =
  /q\s*&\s*a|question|id[ée]e|idea|feedback|retour|support|aide|help|g[ée]n[ée]ral|suggestion|besoin|avis/i;
const CONTACT_HEADING =
  /\bsupport\b|\bcontact(s|er|ez)?\b|\bfeedbacks?\b|\bretours?\b|\baide\b|\bhelp\b|donner (son|votre) avis|\bassistance\b|\bsignaler\b|\bsugg[ée]r(er|ez)\b|\bsuggest(ions?|ing)?\b|\breport(ing)? (a |an )?(bug|problem|issue)s?\b|\brapports? de bugs?\b|\bnous [ée]crire\b|\bfaq\b|\bpropos(er|ez) (une?|des) (nouvel(le)?s? )?(id[ée]e|fonctionnalit[ée]|am[ée]lioration|d[ée]marche|aide)|\bnouvelles? fonctionnalit[ée]s?\b|\bfeature requests?\b/i;
/** A feedback section that tells users to open an issue or a ticket: a structured way in, documented. */
const ISSUE_PROCESS =
  /\b(?:issues?|tickets?)\b.{0,80}\b(?:cre(?:ez|er|ons)|ouvr(?:ez|ir|ons)|open(?:ing)?|file|submit)\b|\b(?:cre(?:ez|er|ons)|ouvr(?:ez|ir|ons)|open(?:ing)?|file|submit|remont(?:ez|er))\b.{0,40}\b(?:issues?|tickets?)\b/;
/** Score of a channel only declared in the config (declared, not verified): as the document signals'. */
const DECLARED_SCORE = 75;

const DATA = loadSignalData('feedback-channel');
const message = signalMessages(DATA);

export const feedbackChannelSignal: SignalDefinition<FeedbackChannelThresholds> = {
  ...signalBasics<FeedbackChannelThresholds>(DATA),
  evaluate: evaluateFeedbackChannel,
};

function evaluateFeedbackChannel(context: SignalContext<FeedbackChannelThresholds>): SignalResult {
  const { files, discussionCategories } = context.snapshot;
  const declared = context.config.feedback.channels;
  if (declared.length > 0) return declaredResult(declared);
  if (!files.available) {
    return unknownResult(message('unknown-what'), files);
  }
  const excluded = excludeMatcher(context.config);
  const paths = files.value.filter((path) => !excluded(path));
  const templates = paths
    .filter(
      (path) =>
        (TEMPLATE_DIR.test(path) && !TEMPLATE_CONFIG.test(path)) ||
        LEGACY_TEMPLATE.test(path) ||
        DISCUSSION_TEMPLATE.test(path) ||
        GITLAB_TEMPLATE.test(path),
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
  const guides = paths.filter((path) => isRootReadme(path) || isContributingGuide(path)).sort();
  const sections = feedbackSections(context.snapshot, guides);
  const links = guides.flatMap((path) =>
    documentLinks(textOf(context.snapshot, path)).map((link) => ({ path, link })),
  );
  const contactPages = uniqueLinks(
    links.filter(({ link }) => link.targets.includes('contact') || link.targets.includes('help')),
  );
  const forums = uniqueLinks(links.filter(({ link }) => link.targets.includes('forum')));
  const issueProcess = sections.filter((section) => section.issueProcess).map((section) => section.ref);

  const structured =
    templates.length > 0 || categories.length > 0 || forums.length > 0 || issueProcess.length > 0;
  const contact =
    contactLinks.length > 0 || supportFiles.length > 0 || sections.length > 0 || contactPages.length > 0;
  const status = structured && contact ? 'pass' : structured || contact ? 'warn' : 'fail';
  const sectionRefs = sections.map((section) => section.ref);
  const evidence: Evidence[] = [
    ...templates.map((ref): Evidence => ({ kind: 'file', ref })),
    ...(categories.length > 0 ? [{ kind: 'api', ref: 'discussionCategories' } satisfies Evidence] : []),
    ...contactLinks.map((ref): Evidence => ({ kind: 'file', ref })),
    ...supportFiles.map((ref): Evidence => ({ kind: 'file', ref })),
    ...sectionRefs.map((ref): Evidence => ({ kind: 'section', ref })),
    ...[...forums, ...contactPages]
      .slice(0, 6)
      .map(
        ({ link }): Evidence => ({ kind: 'url', ref: link.url, ...(link.text ? { label: link.text } : {}) }),
      ),
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
      readmeSections: sectionRefs,
      issueProcess,
      forumLinks: forums.map(({ link }) => link.url),
      contactPages: contactPages.map(({ link }) => link.url),
      structuredChannel: structured,
      contactPath: contact,
      declaredChannels: [],
    },
    evidence,
    measured: measuredText(
      templates,
      categories,
      contactLinks,
      supportFiles,
      sections.map((section) => section.ref),
      discussionCategories.available,
      forums,
      contactPages,
      issueProcess,
    ),
    advice: adviceText(structured, contact, {
      contact: [
        ...contactPages.map(({ link }) => link.url.replace(/^mailto:/i, '')),
        ...supportFiles,
        ...sectionRefs.map((ref) => ref.replace('#', ' › ')),
        ...contactLinks,
      ],
      structured: [
        ...templates,
        ...forums.map(({ link }) => link.url),
        ...issueProcess.map((ref) => ref.replace('#', ' › ')),
      ],
      categories,
    }),
  };
}

/** Channels the team declares (`feedback.channels`): they replace detection, shown as declared, not verified. */
function declaredResult(channels: readonly string[]): SignalResult {
  const refs = channels.map((channel) => {
    const trimmed = channel.trim();
    return /^(?:https?:|mailto:)/i.test(trimmed) || !trimmed.includes('@') ? trimmed : `mailto:${trimmed}`;
  });
  const list = refs.map((ref) => ref.replace(/^mailto:/i, '')).join(', ');
  return {
    status: 'pass',
    score: DECLARED_SCORE,
    metrics: { declaredChannels: refs, verified: false },
    evidence: refs.map((ref): Evidence => ({ kind: 'url', ref, declared: true })),
    measured: message('declared', { list }),
    advice: null,
  };
}

interface FeedbackSection {
  /** `path#Heading`. */
  ref: string;
  /** The section tells users to open an issue or a ticket. */
  issueProcess: boolean;
}

/** Sections of the READMEs and contribution guides titled like support, contact, feedback, reporting a problem. */
function feedbackSections(snapshot: RawSnapshot, guides: readonly string[]): FeedbackSection[] {
  return guides.flatMap((path) =>
    markdownSections(textOf(snapshot, path))
      .filter((section) => CONTACT_HEADING.test(section.heading))
      .map((section) => ({
        ref: `${path}#${section.heading}`,
        issueProcess: ISSUE_PROCESS.test(normalizeText(section.text).replace(/[*_`]/g, '')),
      })),
  );
}

function uniqueLinks(
  links: readonly { path: string; link: ClassifiedLink }[],
): { path: string; link: ClassifiedLink }[] {
  const seen = new Set<string>();
  return links.filter(({ link }) => !seen.has(link.url) && seen.add(link.url) !== undefined);
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

function measuredText(
  templates: string[],
  categories: string[],
  contactLinks: string[],
  supportFiles: string[],
  sections: string[],
  discussionsChecked: boolean,
  forums: readonly { path: string; link: ClassifiedLink }[] = [],
  contactPages: readonly { path: string; link: ClassifiedLink }[] = [],
  issueProcess: readonly string[] = [],
): Localized {
  const linkList = (items: readonly { path: string; link: ClassifiedLink }[], language: keyof Localized) =>
    items
      .slice(0, 4)
      .map(({ path, link }) => {
        const target = link.url.replace(/^mailto:/i, '');
        const label = link.text && link.text !== target ? link.text : 'none';
        return message('linked-in', { target, label, path })[language];
      })
      .join(', ');
  const found: Localized[] = [];
  const add = (key: string, items: readonly string[]) => {
    if (items.length > 0) found.push(message(key, { count: items.length, list: items.join(', ') }));
  };
  add('found-templates', templates);
  add('found-categories', categories);
  add('found-contact-links', contactLinks);
  if (supportFiles.length > 0) found.push({ fr: supportFiles.join(', '), en: supportFiles.join(', ') });
  add('found-sections', sections);
  add('found-issue-process', issueProcess);
  if (forums.length > 0)
    found.push(message('found-forums', (language) => ({ list: linkList(forums, language) })));
  if (contactPages.length > 0) {
    found.push(message('found-contact-pages', (language) => ({ list: linkList(contactPages, language) })));
  }
  const checked = discussionsChecked ? 'yes' : 'no';
  if (found.length === 0) return message('measured-none', { checked });
  return message('measured-found', (language) => ({
    found: found.map((item) => item[language]).join(language === 'fr' ? ' ; ' : '; '),
    checked,
  }));
}

/**
 * The next step, from the channels found: a public service's users reach it through a contact page,
 * a support address or the service itself far more than through GitHub, so those come first.
 */
function adviceText(
  structured: boolean,
  contact: boolean,
  channels: { contact: string[]; structured: string[]; categories: string[] },
): Localized | null {
  if (structured && contact) return null;
  if (contact)
    return message('advice-describe-process', { channel: channels.contact.slice(0, 2).join(', ') });
  if (structured) {
    const named = [...channels.structured, ...channels.categories];
    return message('advice-add-contact', { channel: named.slice(0, 2).join(', ') });
  }
  return message('advice-create');
}
