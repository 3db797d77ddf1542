import { excludeMatcher, isContributingGuide, isRootReadme } from '../documents/document-candidates.js';
import { documentLinks } from '../documents/document-links.js';
import { markdownSections, normalizeText } from '../documents/markdown-sections.js';
import { GUIDE } from '../guide/guide-references.js';
import { loadYaml } from '../util/load-yaml.js';
import { unknownResult } from './outcome.js';
const TEMPLATE_DIR = /^\.github\/ISSUE_TEMPLATE\/[^/]+$/i;
/** GitLab issue templates (a GitLab project, or a GitHub mirror of one; Service Desk uses them too). */
const GITLAB_TEMPLATE = /^\.gitlab\/issue_templates\/[^/]+\.md$/i;
const LEGACY_TEMPLATE = /^(\.github\/|docs\/)?ISSUE_TEMPLATE\.md$/i;
/** Discussion category forms: readable offline, where discussion categories are not. */
const DISCUSSION_TEMPLATE = /^\.github\/DISCUSSION_TEMPLATE\/[^/]+\.ya?ml$/i;
const TEMPLATE_CONFIG = /^\.github\/ISSUE_TEMPLATE\/config\.ya?ml$/i;
const SUPPORT_FILE = /^(\.github\/|docs\/)?(SUPPORT|CONTACT)(\.(md|markdown|rst|txt))?$/i;
/** Words saying an issue template is meant for users' feedback. */
const FEEDBACK_WORDS = /feedback|retour|support|bug|suggestion|question|besoin|avis|demande|id[ée]e|idea|feature|am[ée]lioration|probl[èe]me|aide|help|service[ _-]?desk|\bsav\b|ticket/i;
/** Discussion categories where users can write in (GitHub's defaults and their French names). */
const OPEN_CATEGORIES = /q\s*&\s*a|question|id[ée]e|idea|feedback|retour|support|aide|help|g[ée]n[ée]ral|suggestion|besoin|avis/i;
const CONTACT_HEADING = /\bsupport\b|\bcontact(s|er|ez)?\b|\bfeedbacks?\b|\bretours?\b|\baide\b|\bhelp\b|donner (son|votre) avis|\bassistance\b|\bsignaler\b|\bsugg[ée]r(er|ez)\b|\bsuggest(ions?|ing)?\b|\breport(ing)? (a |an )?(bug|problem|issue)s?\b|\brapports? de bugs?\b|\bnous [ée]crire\b|\bfaq\b|\bpropos(er|ez) (une?|des) (nouvel(le)?s? )?(id[ée]e|fonctionnalit[ée]|am[ée]lioration|d[ée]marche|aide)|\bnouvelles? fonctionnalit[ée]s?\b|\bfeature requests?\b/i;
/** A feedback section that tells users to open an issue or a ticket: a structured way in, documented. */
const ISSUE_PROCESS = /\b(?:issues?|tickets?)\b.{0,80}\b(?:cre(?:ez|er|ons)|ouvr(?:ez|ir|ons)|open(?:ing)?|file|submit)\b|\b(?:cre(?:ez|er|ons)|ouvr(?:ez|ir|ons)|open(?:ing)?|file|submit|remont(?:ez|er))\b.{0,40}\b(?:issues?|tickets?)\b/;
/** Score of a channel only declared in the config (declared, not verified): as the document signals'. */
const DECLARED_SCORE = 75;
export const feedbackChannelSignal = {
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
function evaluateFeedbackChannel(context) {
    const { files, discussionCategories } = context.snapshot;
    const declared = context.config.feedback.channels;
    if (declared.length > 0)
        return declaredResult(declared);
    if (!files.available) {
        return unknownResult({ fr: 'Canal de retours utilisateurs', en: 'User feedback channel' }, files);
    }
    const excluded = excludeMatcher(context.config);
    const paths = files.value.filter((path) => !excluded(path));
    const templates = paths
        .filter((path) => (TEMPLATE_DIR.test(path) && !TEMPLATE_CONFIG.test(path)) ||
        LEGACY_TEMPLATE.test(path) ||
        DISCUSSION_TEMPLATE.test(path) ||
        GITLAB_TEMPLATE.test(path))
        .filter((path) => FEEDBACK_WORDS.test(basename(path)) || FEEDBACK_WORDS.test(textOf(context.snapshot, path)))
        .sort();
    const categories = discussionCategories.available
        ? discussionCategories.value.filter((name) => OPEN_CATEGORIES.test(name))
        : [];
    const contactLinks = paths.filter((path) => TEMPLATE_CONFIG.test(path) && hasContactLinks(textOf(context.snapshot, path)));
    const supportFiles = paths.filter((path) => SUPPORT_FILE.test(path)).sort();
    const guides = paths.filter((path) => isRootReadme(path) || isContributingGuide(path)).sort();
    const sections = feedbackSections(context.snapshot, guides);
    const links = guides.flatMap((path) => documentLinks(textOf(context.snapshot, path)).map((link) => ({ path, link })));
    const contactPages = uniqueLinks(links.filter(({ link }) => link.targets.includes('contact') || link.targets.includes('help')));
    const forums = uniqueLinks(links.filter(({ link }) => link.targets.includes('forum')));
    const issueProcess = sections.filter((section) => section.issueProcess).map((section) => section.ref);
    const structured = templates.length > 0 || categories.length > 0 || forums.length > 0 || issueProcess.length > 0;
    const contact = contactLinks.length > 0 || supportFiles.length > 0 || sections.length > 0 || contactPages.length > 0;
    const status = structured && contact ? 'pass' : structured || contact ? 'warn' : 'fail';
    const sectionRefs = sections.map((section) => section.ref);
    const evidence = [
        ...templates.map((ref) => ({ kind: 'file', ref })),
        ...(categories.length > 0 ? [{ kind: 'api', ref: 'discussionCategories' }] : []),
        ...contactLinks.map((ref) => ({ kind: 'file', ref })),
        ...supportFiles.map((ref) => ({ kind: 'file', ref })),
        ...sectionRefs.map((ref) => ({ kind: 'section', ref })),
        ...[...forums, ...contactPages]
            .slice(0, 6)
            .map(({ link }) => ({ kind: 'url', ref: link.url, ...(link.text ? { label: link.text } : {}) })),
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
        measured: measuredText(templates, categories, contactLinks, supportFiles, sections.map((section) => section.ref), discussionCategories.available, forums, contactPages, issueProcess),
        advice: adviceText(structured, contact),
    };
}
/** Channels the team declares (`feedback.channels`): they replace detection, shown as declared, not verified. */
function declaredResult(channels) {
    const refs = channels.map((channel) => {
        const trimmed = channel.trim();
        return /^(?:https?:|mailto:)/i.test(trimmed) || !trimmed.includes('@') ? trimmed : `mailto:${trimmed}`;
    });
    const list = refs.map((ref) => ref.replace(/^mailto:/i, '')).join(', ');
    return {
        status: 'pass',
        score: DECLARED_SCORE,
        metrics: { declaredChannels: refs, verified: false },
        evidence: refs.map((ref) => ({ kind: 'url', ref, declared: true })),
        measured: {
            fr: `Canal de retours déclaré dans la configuration : ${list} (déclaré, non vérifié).`,
            en: `Feedback channel declared in the configuration: ${list} (declared, not verified).`,
        },
        advice: null,
    };
}
/** Sections of the READMEs and contribution guides titled like support, contact, feedback, reporting a problem. */
function feedbackSections(snapshot, guides) {
    return guides.flatMap((path) => markdownSections(textOf(snapshot, path))
        .filter((section) => CONTACT_HEADING.test(section.heading))
        .map((section) => ({
        ref: `${path}#${section.heading}`,
        issueProcess: ISSUE_PROCESS.test(normalizeText(section.text).replace(/[*_`]/g, '')),
    })));
}
function uniqueLinks(links) {
    const seen = new Set();
    return links.filter(({ link }) => !seen.has(link.url) && seen.add(link.url) !== undefined);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function textOf(snapshot, path) {
    const part = snapshot.contents[path];
    return part?.available ? part.value.text : '';
}
/** True when an issue template chooser (`config.yml`) lists at least one contact link with a URL. */
function hasContactLinks(text) {
    const parsed = loadYaml(text);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return false;
    const links = parsed.value.contact_links;
    return (Array.isArray(links) &&
        links.some((link) => typeof link === 'object' && link !== null && typeof link.url === 'string' && link.url !== ''));
}
function measuredText(templates, categories, contactLinks, supportFiles, sections, discussionsChecked, forums = [], contactPages = [], issueProcess = []) {
    const found = [];
    const linkList = (items, language) => items
        .slice(0, 4)
        .map(({ path, link }) => {
        const target = link.url.replace(/^mailto:/i, '');
        const text = link.text && link.text !== target ? ` « ${link.text} »` : '';
        return `${target}${text} (${language === 'fr' ? 'dans' : 'in'} ${path})`;
    })
        .join(', ');
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
    if (supportFiles.length > 0)
        found.push({ fr: supportFiles.join(', '), en: supportFiles.join(', ') });
    if (sections.length > 0) {
        found.push({ fr: `section(s) ${sections.join(', ')}`, en: `section(s) ${sections.join(', ')}` });
    }
    if (issueProcess.length > 0) {
        found.push({
            fr: `démarche par issue ou ticket décrite dans ${issueProcess.join(', ')}`,
            en: `issue or ticket process described in ${issueProcess.join(', ')}`,
        });
    }
    if (forums.length > 0) {
        found.push({
            fr: `forum ou formulaire de demande lié : ${linkList(forums, 'fr')}`,
            en: `forum or request form linked: ${linkList(forums, 'en')}`,
        });
    }
    if (contactPages.length > 0) {
        found.push({
            fr: `contact, aide ou FAQ lié : ${linkList(contactPages, 'fr')}`,
            en: `contact, help or FAQ linked: ${linkList(contactPages, 'en')}`,
        });
    }
    const discussions = discussionsChecked
        ? { fr: '', en: '' }
        : { fr: ' (catégories de discussion non vérifiées)', en: ' (discussion categories not checked)' };
    if (found.length === 0) {
        return {
            fr: `Aucun modèle d’issue de retour, lien de contact, fichier SUPPORT/CONTACT, section Support/Contact ni lien vers un contact, une FAQ ou un forum dans le README ou le guide de contribution${discussions.fr}.`,
            en: `No feedback issue template, contact link, SUPPORT/CONTACT file, Support/Contact section, or link to a contact, FAQ or forum in the README or the contribution guide${discussions.en}.`,
        };
    }
    return {
        fr: `Trouvé : ${found.map((f) => f.fr).join(' ; ')}${discussions.fr}.`,
        en: `Found: ${found.map((f) => f.en).join('; ')}${discussions.en}.`,
    };
}
function adviceText(structured, contact) {
    if (structured && contact)
        return null;
    const template = {
        fr: 'Ajoutez un modèle d’issue pour les retours (`.github/ISSUE_TEMPLATE/retour-utilisateur.yml`) ou ouvrez une catégorie de discussion « Retours ».',
        en: 'Add an issue template for feedback (`.github/ISSUE_TEMPLATE/user-feedback.yml`) or open a “Feedback” discussion category.',
    };
    const path = {
        fr: 'Rendez le contact visible : une section « Nous contacter » ou « Support » dans le README, un `SUPPORT.md`, ou des `contact_links` dans `.github/ISSUE_TEMPLATE/config.yml`.',
        en: 'Make contact visible: a “Contact” or “Support” section in the README, a `SUPPORT.md`, or `contact_links` in `.github/ISSUE_TEMPLATE/config.yml`.',
    };
    if (structured)
        return path;
    if (contact)
        return template;
    return { fr: `${template.fr} ${path.fr}`, en: `${template.en} ${path.en}` };
}
