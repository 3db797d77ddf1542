import { markdownSections, normalizeHeading } from '../documents/markdown-sections.js';
import { parseProductRecord, recordStatsPage } from './parse-product-record.js';
import { recordPath } from './product-record-source.js';
export function readSnapshotRecord(snapshot) {
    const source = snapshot.productRecord;
    if (!source)
        return { state: 'none' };
    switch (source.status) {
        case 'linked':
            return { state: 'linked', source };
        case 'unknown-id':
            return { state: 'unknown-id', source };
        case 'unreadable':
            return { state: 'unreadable', source, detail: source.detail };
        case 'found': {
            const parsed = parseProductRecord(source.text);
            return parsed.ok
                ? { state: 'found', source, record: parsed.record }
                : { state: 'broken', source, detail: parsed.detail };
        }
    }
}
/** The record as named in a sentence, by the file it was read from (a renamed record is found under its new id). */
export function recordLabel(source) {
    const file = 'path' in source ? /([^/]+)\.md$/.exec(source.path)?.[1] : undefined;
    return `beta.gouv.fr › ${file ?? source.id}`;
}
/** One sentence on the record's status, for the report. */
export function recordStatusText(reading) {
    if (reading.state === 'none')
        return null;
    const { id, url } = reading.source;
    const how = reading.source.identifiedBy === 'config'
        ? { fr: 'déclarée par `product.betagouv`', en: 'declared by `product.betagouv`' }
        : { fr: 'liée depuis le README', en: 'linked from the README' };
    switch (reading.state) {
        case 'found': {
            const renamed = reading.source.path === recordPath(id) ? null : reading.source.path;
            const committee = lastCommittee(reading.record);
            return {
                fr: `Fiche produit beta.gouv.fr \`${id}\` (${how.fr}) lue dans ${reading.source.repository}${renamed ? `, renommée depuis : \`${renamed}\`` : ''}.${committee ? ` Dernier comité d’investissement : ${committee}.` : ''}`,
                en: `beta.gouv.fr product record \`${id}\` (${how.en}) read from ${reading.source.repository}${renamed ? `, renamed since: \`${renamed}\`` : ''}.${committee ? ` Last investment committee: ${committee}.` : ''}`,
            };
        }
        case 'linked':
            return {
                fr: `Fiche produit beta.gouv.fr \`${id}\` (${how.fr}) : ${url} (liée, non vérifiée : pas lue ; hors ligne, \`--betagouv-dir\` la lit depuis une copie de betagouv/beta.gouv.fr).`,
                en: `beta.gouv.fr product record \`${id}\` (${how.en}): ${url} (linked, not verified: not read; offline, \`--betagouv-dir\` reads it from a checkout of betagouv/beta.gouv.fr).`,
            };
        case 'unknown-id':
            return {
                fr: `Fiche produit beta.gouv.fr \`${id}\` (${how.fr}) introuvable : ${reading.source.repository} n’a pas de \`${reading.source.path}\`. Vérifier l’identifiant (la fiche a pu être renommée) et le déclarer dans \`product.betagouv\`.`,
                en: `beta.gouv.fr product record \`${id}\` (${how.en}) not found: ${reading.source.repository} has no \`${reading.source.path}\`. Check the id (the record may have been renamed) and declare it in \`product.betagouv\`.`,
            };
        case 'unreadable':
            return {
                fr: `Fiche produit beta.gouv.fr \`${id}\` (${how.fr}) illisible : ${reading.detail}.`,
                en: `beta.gouv.fr product record \`${id}\` (${how.en}) could not be read: ${reading.detail}.`,
            };
        case 'broken':
            return {
                fr: `Fiche produit beta.gouv.fr \`${id}\` (${how.fr}) inexploitable : ${reading.detail}.`,
                en: `beta.gouv.fr product record \`${id}\` (${how.en}) could not be used: ${reading.detail}.`,
            };
    }
}
/** The day of the record's latest investment committee (`committee` event), null when it lists none. */
function lastCommittee(record) {
    const days = record.events.flatMap((event) => event.name === 'committee' && event.date !== null ? [event.date] : []);
    return days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b));
}
/** The record's `usertypes` codes in words, as the record's page shows them. */
const USER_TYPES = {
    particulier: 'particuliers',
    entreprise: 'entreprises',
    etat: 'agents de l’État',
    'collectivite-territoriale': 'collectivités territoriales',
    association: 'associations',
    'etablissement-scolaire': 'établissements scolaires',
};
/** A line saying who the users are, from the record's `usertypes`; '' when it lists none. */
function usersLine(types) {
    if (types.length === 0)
        return '';
    return `Utilisateurs : ${types.map((type) => USER_TYPES[type] ?? type).join(', ')}.\n\n`;
}
/** Record sections about indicators and impact (`Mesure de l'impact`, `Indicateurs`, `Objectifs`…). */
const INDICATOR_SECTION = /\b(indicateurs?|impacts?|kpis?|mesures?|statistiques?|stats|metriques?|metrics?|objectifs?|goals?|resultats?)\b/;
/**
 * The record as product documents of one kind: its mission and body as a vision document; its
 * impact sections and its stats and impact pages (linked, not verified) as an indicators document.
 * None for other kinds, or when the record was not read.
 */
export function recordDocuments(snapshot, kind) {
    const reading = readSnapshotRecord(snapshot);
    if (reading.state !== 'found')
        return [];
    const { record, source } = reading;
    const base = {
        kind,
        location: 'record',
        path: null,
        heading: recordLabel(source),
        url: source.url,
        declared: false,
        source: 'record',
        // The team's own public record, kept by the programme: as sure as a dedicated document.
        confidence: 'high',
        reason: {
            fr: 'fiche publique du produit sur beta.gouv.fr',
            en: 'the product’s public record on beta.gouv.fr',
        },
    };
    if (kind === 'vision') {
        const mission = record.mission ? `${record.mission}\n\n` : '';
        const text = `${mission}${usersLine(record.userTypes)}${record.body}`.trim();
        return text === '' ? [] : [{ ...base, text, lastChangedAt: source.lastChangedAt }];
    }
    if (kind === 'indicators') {
        const sections = outermostMatching(record.body, (heading) => INDICATOR_SECTION.test(normalizeHeading(heading)));
        const pages = [recordStatsPage(record), record.impactUrl].filter((url) => url !== null);
        if (sections.length === 0 && pages.length === 0)
            return [];
        const text = [
            ...sections.map((section) => `${'#'.repeat(section.level)} ${section.heading}\n\n${section.text}`),
            ...pages.map((url) => `- ${url}`),
        ].join('\n\n');
        // A live page linked is "linked, not verified", never stale: only written sections have an age.
        return [{ ...base, text, lastChangedAt: sections.length > 0 ? source.lastChangedAt : null }];
    }
    return [];
}
/** Matching sections, without those nested in an earlier match (a section holds its sub-sections). */
function outermostMatching(markdown, matches) {
    const kept = [];
    let open = null;
    for (const section of markdownSections(markdown)) {
        if (open && section.level > open.level)
            continue;
        open = null;
        if (matches(section.heading)) {
            kept.push(section);
            open = section;
        }
    }
    return kept;
}
