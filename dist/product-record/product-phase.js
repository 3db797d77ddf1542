/** The product's phases, beta.gouv.fr's names; the ministries' POC → MVP → construction → généralisation map onto them. */
export const PRODUCT_PHASES = ['investigation', 'construction', 'acceleration', 'consolidation'];
/** Names a config or a record may use, normalised (lower case, no accents), and the phase each means. */
const PHASE_NAMES = {
    investigation: 'investigation',
    poc: 'investigation',
    construction: 'construction',
    mvp: 'construction',
    acceleration: 'acceleration',
    consolidation: 'consolidation',
    generalisation: 'consolidation',
    // beta.gouv.fr's names once the product has left the incubator and lives on.
    perennisation: 'consolidation',
    transfere: 'consolidation',
    opere: 'consolidation',
};
export const PHASE_TEXT = {
    investigation: { fr: 'investigation', en: 'investigation' },
    construction: { fr: 'construction', en: 'construction' },
    acceleration: { fr: 'accélération', en: 'acceleration' },
    consolidation: { fr: 'consolidation / généralisation', en: 'consolidation / scaling up' },
};
/** The phase a name means (`Accélération`, `MVP`, `généralisation`), null for a name that is not a phase. */
export function phaseOfName(name) {
    const key = name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    return Object.hasOwn(PHASE_NAMES, key) ? (PHASE_NAMES[key] ?? null) : null;
}
/** The record's current phase: the one that started last (a later phase first when two start the same day). */
export function latestRecordPhase(record) {
    const rank = (phase) => (phase.phase === null ? -1 : PRODUCT_PHASES.indexOf(phase.phase));
    let latest = null;
    for (const phase of record.phases) {
        if (phase.start === null)
            continue;
        if (latest === null ||
            phase.start > (latest.start ?? '') ||
            (phase.start === latest.start && rank(phase) > rank(latest)))
            latest = phase;
    }
    return latest ?? record.phases.at(-1) ?? null;
}
/** The phase the scan judges against: `product.phase` from the config, else the record's latest phase. */
export function resolvePhase(configured, record) {
    if (configured !== null) {
        return { phase: phaseOfName(configured), name: configured, source: 'config', since: null };
    }
    const latest = record ? latestRecordPhase(record) : null;
    if (!latest)
        return null;
    return { phase: latest.phase, name: latest.name, source: 'record', since: latest.start };
}
