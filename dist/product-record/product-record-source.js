/** Where beta.gouv.fr keeps its records, unless the config names a mirror. */
export const DEFAULT_RECORDS_REPOSITORY = 'betagouv/beta.gouv.fr';
/** A startup id as the records' repository names its files: no path separator, no `..`. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A link to a startup's page on beta.gouv.fr, `https://beta.gouv.fr/startups/<id>.html` (or without `.html`). */
const STARTUP_LINK = /https?:\/\/(?:www\.)?beta\.gouv\.fr\/startups\/([A-Za-z0-9][A-Za-z0-9._-]{0,99}?)(?:\.html)?\/?(?=[\s)\]>"'#?`]|$)/gi;
export function isRecordId(id) {
    return RECORD_ID.test(id) && !id.includes('..');
}
/** Path of a record in the records' repository. */
export function recordPath(id) {
    return `content/_startups/${id}.md`;
}
export function recordUrl(id) {
    return `https://beta.gouv.fr/startups/${id}.html`;
}
/** The first startup page a README links to, its id; null when there is none. */
export function startupIdInText(text) {
    for (const match of text.matchAll(STARTUP_LINK)) {
        const id = match[1] ?? '';
        if (isRecordId(id))
            return id;
    }
    return null;
}
/**
 * Which record the scan should read: `product.betagouv` first (the team has the last word), else
 * the README's link to the startup page. Null when neither names one.
 */
export function identifyProductRecord(configuredId, readmeText) {
    if (configuredId !== null && isRecordId(configuredId)) {
        return { id: configuredId, identifiedBy: 'config', url: recordUrl(configuredId) };
    }
    const linked = readmeText === null ? null : startupIdInText(readmeText);
    return linked === null ? null : { id: linked, identifiedBy: 'readme', url: recordUrl(linked) };
}
