import { isRootReadme } from '../documents/document-candidates.js';
import { excerpt, markdownLead, markdownSections, normalizeHeading, plainLines, } from '../documents/markdown-sections.js';
import { recordStatsPage } from '../product-record/parse-product-record.js';
import { productContextOf } from '../product-record/product-context.js';
import { PHASE_TEXT } from '../product-record/product-phase.js';
import { readSnapshotRecord, recordLabel } from '../product-record/snapshot-record.js';
/** Longest pre-filled line: a starter quotes, it does not copy whole documents. */
const MAX_FACT_CHARS = 600;
const USER_TYPES = {
    particulier: { fr: 'particuliers', en: 'individuals' },
    entreprise: { fr: 'entreprises', en: 'businesses' },
    etat: { fr: 'agents de l’État', en: 'state employees' },
    'collectivite-territoriale': { fr: 'collectivités territoriales', en: 'local authorities' },
    association: { fr: 'associations', en: 'associations' },
    'etablissement-scolaire': { fr: 'établissements scolaires', en: 'schools' },
};
/** Record body sections by the checklist item they fill (headings normalised: no accents, lower case). */
const RECORD_SECTIONS = {
    problem: /\b(probleme|problemes|problem|besoin|besoins|needs?)\b/,
    users: /\b(utilisateurs?|usagers?|users?|publics?|cibles?)\b/,
    solution: /\b(solution|solutions|proposition de valeur|value proposition)\b/,
    impact: /\b(impact|impacts|resultats?)\b/,
};
/**
 * What the snapshot says that a vision, indicators or roadmap starter can reuse: the README's lead,
 * the beta.gouv.fr record's mission, users, problem, solution, impact, stats and impact pages,
 * phase and next investment committee. Each fact names its source. Pure.
 */
export function draftFacts(snapshot, config) {
    const language = config.language;
    const reading = readSnapshotRecord(snapshot);
    const found = reading.state === 'found' ? reading : null;
    const record = found?.record ?? null;
    const recordName = found ? recordLabel(found.source) : '';
    const fromRecord = (field, text) => text && found ? { text: clip(text), source: `${recordName} (${field})`, url: found.source.url } : null;
    const sections = record ? markdownSections(record.body) : [];
    const section = (kind) => {
        const match = sections.find((s) => RECORD_SECTIONS[kind].test(normalizeHeading(s.heading)));
        return match ? fromRecord(`« ${match.heading} »`, prose(match.text)) : null;
    };
    const userTypes = record?.userTypes.map((type) => USER_TYPES[type]?.[language] ?? type) ?? [];
    const phase = productContextOf(snapshot, config).phase;
    const phaseSource = phase?.source === 'config'
        ? { source: '.github/product-health.yml (product.phase)', url: null }
        : { source: `${recordName} (phases)`, url: found?.source.url ?? null };
    const statsPage = record ? recordStatsPage(record) : null;
    const today = snapshot.now.slice(0, 10);
    const committees = (record?.events ?? [])
        .flatMap((event) => (event.name === 'committee' && event.date !== null ? [event.date] : []))
        .filter((date) => date >= today)
        .sort();
    return {
        product: record?.title ??
            readmeTitle(snapshot) ??
            snapshot.repository.name.split('/').pop() ??
            snapshot.repository.name,
        readmeLead: readmeLead(snapshot, language),
        mission: fromRecord('mission', record?.mission ?? null),
        users: section('users') ?? fromRecord('usertypes', userTypes.length > 0 ? userTypes.join(', ') : null),
        problem: section('problem'),
        solution: section('solution'),
        impact: section('impact'),
        statsPage: fromRecord('stats_url', statsPage),
        impactPage: fromRecord('impact_url', record?.impactUrl ?? null),
        phase: phase
            ? { text: phase.phase ? PHASE_TEXT[phase.phase][language] : phase.name, ...phaseSource }
            : null,
        nextCommittee: fromRecord('events › committee', committees[0] ?? null),
    };
}
/** The root READMEs, `README.md` first. */
function rootReadmes(snapshot) {
    return Object.keys(snapshot.contents)
        .filter(isRootReadme)
        .sort((a, b) => Number(b === 'README.md') - Number(a === 'README.md') || a.localeCompare(b));
}
/** The title a README opens with (`# Name`): the product's name when no record gives it. */
function readmeTitle(snapshot) {
    for (const path of rootReadmes(snapshot)) {
        const content = snapshot.contents[path];
        const first = content?.available ? markdownSections(content.value.text)[0] : undefined;
        if (first && first.level === 1 && first.line <= 3 && first.heading.trim() !== '')
            return first.heading.trim();
    }
    return null;
}
/** The root README's lead paragraph as plain prose, cited by its path. */
function readmeLead(snapshot, language) {
    for (const path of rootReadmes(snapshot)) {
        const content = snapshot.contents[path];
        if (!content?.available)
            continue;
        const lead = markdownLead(content.value.text);
        // The first paragraph of prose: a lead's later paragraphs are usually badges, install notes, links.
        const text = (lead?.text.split(/\n\s*\n/) ?? []).map(prose).find((paragraph) => paragraph !== '') ?? '';
        if (text !== '') {
            const where = language === 'fr' ? 'introduction' : 'lead';
            const url = snapshot.repository.url
                ? `${snapshot.repository.url}/blob/${snapshot.repository.defaultBranch ?? 'main'}/${path}`
                : null;
            return { text: clip(text), source: `${path} (${where})`, url };
        }
    }
    return null;
}
/** Markdown as one line of prose: headings, badges and images left out. */
function prose(markdown) {
    return plainLines(markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ''))
        .filter((line) => !line.heading && line.plain.trim() !== '')
        .map((line) => line.plain)
        .join(' ')
        .trim();
}
function clip(text) {
    return excerpt(text.replace(/\s+/g, ' ').trim(), MAX_FACT_CHARS);
}
