import { recordDocuments } from '../product-record/snapshot-record.js';
import { documentKindsOfPath, excludeMatcher, isContributingGuide, isDocumentCandidate, isRootReadme, isStaticSitePage, isUrl, packageOf, sortDocumentPaths, splitDeclaredPath, } from './document-candidates.js';
import { documentLinks } from './document-links.js';
import { frontMatterTitle, markdownLead, markdownSections, normalizeHeading, } from './markdown-sections.js';
export const CONFIDENCE_RANK = { declared: 0, high: 1, medium: 2, low: 3 };
/** Headings of sections that present the product without naming a vision: read as vision at `medium`. */
const VISION_PRESENTATION = /^(?:(?:a propos|about|presentation|le projet|the project|le produit|the product|le service|the service|contexte|context|objectifs?|goals?|pourquoi|why)(?: (?:du|de|of|the|this|ce|notre|our) (?:projet|project|produit|product|service))?)$/;
/** A heading that is only a link to a site (not a code host): the product named by its address. */
const SITE_LINK_HEADING = /^\[[^[\]]+\]\(https?:\/\/(?!(?:www\.)?(?:github\.com|gitlab\.|framagit\.org|bitbucket\.org))[^()\s]+\)(?:\s*<\/?a[^<>]*>)*$/i;
/** Headings (normalised, see `normalizeHeading`) that open a section about each kind of document. */
const HEADING_PATTERNS = {
    vision: [
        /\bvision\b/,
        /\braison d ?etre\b/,
        /^(?:(?:notre|nos|our|la|the|sa|its) )?missions?\b/,
        /\bnorth ?star\b(?! metric)/,
        /\bpourquoi (?:ce|notre|le) (?:produit|service)\b/,
        /\bwhy (?:this|our|the) (?:product|service)\b/,
    ],
    indicators: [
        /\bindicateurs?\b/,
        /\bkpis?\b/,
        /\bstatistiques?\b/,
        /^(?:(?:nos|our|les|the) )?stats?\b/,
        /\bmetri(?:cs|ques?)\b/,
        /^(?:(?:notre|our|l|the|son|its) )?impacts?\b/,
        /\bmesurer? (?:de |d )?(?:l )?impact\b/,
        /\bmeasur(?:e|ing) (?:the |our )?impact\b/,
        /\bnorth ?star metric\b/,
        /\bokrs?\b/,
    ],
    roadmap: [
        /\bfeuilles? de route\b/,
        /\broad ?maps?\b/,
        /\bprochaines? etapes?\b/,
        /\bnext steps?\b/,
        /^(?:(?:le|notre|our|the) )?plan(?:ning)?(?! (?:du|de|of|d) (?:site|test|tests|code|classement|page|tracking|taggage|marquage|donnees|data|deploiement|sauvegarde))(?! (?:tracking|data|deployment|backup))\b/,
        /^(?:(?:nos|our|les|the) )?(?:jalons|milestones)\b/,
        /^(?:a venir|upcoming|what s next|et ensuite|la suite)\b/,
    ],
};
/** Whether a section heading names the kind of document, in French or English. */
export function headingMatchesKind(heading, kind) {
    const normalized = normalizeHeading(heading);
    return normalized !== '' && HEADING_PATTERNS[kind].some((pattern) => pattern.test(normalized));
}
/** The product documents of one kind in the snapshot, best first. Pure: reads `files` and `contents` only. */
export function findDocuments(snapshot, kind, config) {
    return searchDocuments(snapshot, kind, config).documents;
}
/**
 * `findDocuments` plus the declared paths that could not be read, so a signal can say so. A kind
 * declared in the config replaces detection for that kind (never added to it); detection ranks its
 * candidates by confidence and leaves out `documents.exclude`.
 */
export function searchDocuments(snapshot, kind, config, 
/**
 * Candidates found outside the repository (e.g. `source: 'record'`, `location: 'record'`: the
 * product's public record), ranked with the detected ones by their confidence. Like detection,
 * they give way to what the config declares for this kind.
 */
external = []) {
    const declared = declaredDocuments(snapshot, kind, config);
    const detected = config.documents[kind].length > 0
        ? []
        : rankByConfidence([
            ...detectDocuments(snapshot, kind, config),
            ...external.filter((doc) => doc.kind === kind),
            // The public record is detected, not declared: a kind the config declares does not take it.
            ...recordDocuments(snapshot, kind),
        ]);
    return {
        documents: [...declared.documents, ...detected],
        missingDeclared: declared.missing,
        unreadableDeclared: declared.unreadable,
    };
}
const REASONS = {
    file: { fr: 'fichier nommé d’après le document', en: 'file named after the document' },
    section: { fr: 'section titrée d’après le document', en: 'section titled after the document' },
    page: { fr: 'page du site titrée d’après le document', en: 'site page titled after the document' },
    pageName: { fr: 'page du site nommée d’après le document', en: 'site page named after the document' },
    package: { fr: 'document d’un paquet du monorepo', en: 'document of a monorepo package' },
    packageSection: { fr: 'section d’un document de paquet', en: 'section of a package document' },
    lead: { fr: 'texte d’introduction du README', en: 'README lead text' },
    presentation: { fr: 'section qui présente le produit', en: 'section presenting the product' },
    link: { fr: 'lien (non vérifié)', en: 'link (not verified)' },
};
function detectDocuments(snapshot, kind, config) {
    const excluded = excludeMatcher(config);
    const paths = sortDocumentPaths(repositoryPaths(snapshot).filter((path) => isDocumentCandidate(path) && !excluded(path)));
    const taken = new Set();
    const found = [];
    for (const path of paths) {
        const content = readable(snapshot, path);
        if (!content)
            continue;
        const named = documentKindsOfPath(path).includes(kind);
        if (isStaticSitePage(path)) {
            const title = frontMatterTitle(content.text);
            const titled = title !== null && headingMatchesKind(title, kind);
            if (!titled && !named)
                continue;
            taken.add(path);
            found.push(fileDocument(kind, path, content, titled ? 'high' : 'medium', titled ? REASONS.page : REASONS.pageName));
        }
        else if (named) {
            taken.add(path);
            const pkg = packageOf(path) !== null;
            found.push(fileDocument(kind, path, content, pkg ? 'medium' : 'high', pkg ? REASONS.package : REASONS.file));
        }
    }
    const productNames = productNamesOf(snapshot);
    for (const path of paths) {
        const content = readable(snapshot, path);
        if (!content || taken.has(path))
            continue;
        // A vision document's "Impact attendu" belongs to the vision: a file named after another kind
        // keeps its sections.
        const otherKinds = documentKindsOfPath(path);
        if (otherKinds.length > 0 && !otherKinds.includes(kind))
            continue;
        const all = markdownSections(content.text);
        // A README's leading H1 is the product's name, not a section about it.
        const readme = isRootReadme(path);
        const title = readme && all[0]?.level === 1 ? all[0] : null;
        const pkg = packageOf(path) !== null;
        for (const section of outermost(all, (s) => s !== title && headingMatchesKind(s.heading, kind))) {
            found.push(sectionDocument(kind, path, section, content, pkg ? 'medium' : 'high', pkg ? REASONS.packageSection : REASONS.section));
        }
        if (kind !== 'vision' || !readme)
            continue;
        const lead = markdownLead(content.text);
        // A README that opens on its "## Vision" section has no lead apart from that section.
        const openingSection = all.find((section) => section.line === lead?.line);
        if (lead && !(openingSection && headingMatchesKind(openingSection.heading, 'vision')))
            found.push(leadDocument(path, lead.text, content));
        const firstSection = all.find((section) => section !== title);
        for (const section of all) {
            if (section === title || section.level > 2 || headingMatchesKind(section.heading, 'vision'))
                continue;
            const heading = normalizeHeading(section.heading.replace(/<[^<>]*>/g, ' '));
            const named = productNames.has(heading.replace(/ /g, ''));
            // `## [Mon service](https://mon-service.gouv.fr)` opening the README names the product by its site.
            const site = section === firstSection && SITE_LINK_HEADING.test(section.heading.trim());
            if (VISION_PRESENTATION.test(heading) || named || site) {
                found.push(sectionDocument(kind, path, section, content, 'medium', REASONS.presentation));
            }
        }
    }
    if (kind !== 'roadmap')
        found.push(...linkDocuments(snapshot, kind, paths));
    return found;
}
/** Best first, by confidence; the order found is kept within a confidence. */
export function rankByConfidence(docs) {
    return docs
        .map((doc, index) => ({ doc, index }))
        .sort((a, b) => CONFIDENCE_RANK[a.doc.confidence] - CONFIDENCE_RANK[b.doc.confidence] || a.index - b.index)
        .map(({ doc }) => doc);
}
/** The product's names, compacted (`mon entreprise` → `monentreprise`): the repository's and the README title's. */
function productNamesOf(snapshot) {
    const names = new Set();
    const repository = snapshot.repository.name.split('/').pop() ?? '';
    if (repository !== '')
        names.add(normalizeHeading(repository.replace(/[-_.]/g, ' ')).replace(/ /g, ''));
    return names;
}
/** Pages linked from the READMEs and contribution guides whose address or text names the kind. */
function linkDocuments(snapshot, kind, paths) {
    const docs = [];
    const seen = new Set();
    for (const path of paths) {
        if (!isRootReadme(path) && !isContributingGuide(path))
            continue;
        const content = readable(snapshot, path);
        if (!content)
            continue;
        for (const link of documentLinks(content.text)) {
            if (!link.targets.includes(kind) || seen.has(link.url))
                continue;
            seen.add(link.url);
            docs.push({
                kind,
                location: 'link',
                source: 'repository',
                confidence: 'low',
                reason: REASONS.link,
                path,
                heading: link.text || null,
                url: link.url,
                text: '',
                lastChangedAt: null,
                declared: false,
            });
        }
    }
    return docs.slice(0, 5);
}
function declaredDocuments(snapshot, kind, config) {
    const documents = [];
    const missing = [];
    const unreadable = [];
    for (const entry of config.documents[kind]) {
        if (isUrl(entry)) {
            documents.push({
                kind,
                location: 'declared-url',
                source: 'config',
                confidence: 'declared',
                reason: DECLARED,
                path: null,
                heading: null,
                url: entry.trim(),
                text: '',
                lastChangedAt: null,
                declared: true,
            });
            continue;
        }
        const { path, anchor } = splitDeclaredPath(entry);
        const content = readable(snapshot, path);
        if (!content) {
            const part = Object.hasOwn(snapshot.contents, path) ? snapshot.contents[path] : undefined;
            if (part && !part.available && part.reason !== 'not-found')
                unreadable.push({ entry, part });
            else if (!snapshot.files.available)
                unreadable.push({ entry, part: snapshot.files });
            else
                missing.push(entry);
            continue;
        }
        if (anchor === null) {
            documents.push(fileDocument(kind, path, content, 'declared', DECLARED));
            continue;
        }
        const wanted = compactHeading(anchor);
        const section = markdownSections(content.text).find((s) => compactHeading(s.heading) === wanted);
        if (section)
            documents.push(sectionDocument(kind, path, section, content, 'declared', DECLARED));
        else
            missing.push(entry);
    }
    return { documents, missing, unreadable };
}
/** A heading or a GitHub anchor (`indicateurs-dimpact`) reduced for comparison. */
function compactHeading(heading) {
    return normalizeHeading(heading.replace(/-/g, ' ')).replace(/ /g, '');
}
/** Every path of the repository; the paths read in `contents` when the listing is unavailable. */
function repositoryPaths(snapshot) {
    return snapshot.files.available ? snapshot.files.value : Object.keys(snapshot.contents);
}
function readable(snapshot, path) {
    const part = Object.hasOwn(snapshot.contents, path) ? snapshot.contents[path] : undefined;
    return part?.available ? part.value : null;
}
/** Matching sections, dropping those nested inside an earlier match (a section holds its sub-sections). */
function outermost(sections, matches) {
    const kept = [];
    let open = null;
    for (const section of sections) {
        if (open && section.level > open.level)
            continue;
        open = null;
        if (matches(section)) {
            kept.push(section);
            open = section;
        }
    }
    return kept;
}
const DECLARED = { fr: 'déclaré dans la configuration', en: 'declared in the configuration' };
function fileDocument(kind, path, content, confidence, reason) {
    const declared = confidence === 'declared';
    return {
        kind,
        location: 'file',
        source: declared ? 'config' : 'repository',
        confidence,
        reason,
        path,
        heading: null,
        url: null,
        text: content.text,
        lastChangedAt: content.lastChangedAt,
        declared,
    };
}
function sectionDocument(kind, path, section, content, confidence, reason) {
    const declared = confidence === 'declared';
    return {
        kind,
        location: 'section',
        source: declared ? 'config' : 'repository',
        confidence,
        reason,
        path,
        heading: section.heading,
        url: null,
        text: `${'#'.repeat(section.level)} ${section.heading}\n\n${section.text}`,
        lastChangedAt: content.lastChangedAt,
        declared,
    };
}
function leadDocument(path, text, content) {
    return {
        kind: 'vision',
        location: 'lead',
        source: 'repository',
        confidence: 'medium',
        reason: REASONS.lead,
        path,
        heading: null,
        url: null,
        text,
        lastChangedAt: content.lastChangedAt,
        declared: false,
    };
}
