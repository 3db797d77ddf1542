/** Root changelog files, in the order they are preferred. */
const CHANGELOG = /^(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASES?)(\.(md|markdown|txt|rst))?$/i;
/** True for a root changelog file (`CHANGELOG.md`, `Changelog.md`, `CHANGES.md`…). */
export function isChangelogFile(path) {
    return CHANGELOG.test(path);
}
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const FRENCH_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/**
 * Dated entries of a changelog: every Markdown heading (or Setext title) carrying a day, whether
 * written `2026-05-05` (Keep a Changelog, semantic-release, weekly digests) or `05/05/2026`
 * (day first, as French teams write it), e.g. `# [2026.05.1] 05/05/2026`, `## 2026-08-03`.
 */
export function changelogEntries(text) {
    const entries = [];
    for (const line of text.split('\n', 20_000)) {
        const heading = /^\s{0,3}#{1,4}\s+(.+)$/.exec(line)?.[1];
        if (heading === undefined)
            continue;
        const date = headingDate(heading);
        if (date !== null)
            entries.push({ heading: heading.trim().slice(0, 120), date });
    }
    return entries;
}
function headingDate(heading) {
    const iso = ISO_DAY.exec(heading);
    if (iso)
        return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const french = FRENCH_DAY.exec(heading);
    if (french)
        return day(Number(french[3]), Number(french[2]), Number(french[1]));
    return null;
}
function day(year, month, date) {
    if (month < 1 || month > 12 || date < 1 || date > 31 || year < 1990 || year > 2200)
        return null;
    const time = Date.UTC(year, month - 1, date, 12);
    return new Date(time).getUTCDate() === date ? new Date(time).toISOString() : null;
}
/** The first root changelog the snapshot holds, with its dated entries. */
export function findChangelog(files, contents) {
    if (!files.available)
        return null;
    for (const path of files.value.filter(isChangelogFile).sort()) {
        const part = contents[path];
        if (!part?.available)
            continue;
        const entries = changelogEntries(part.value.text);
        if (entries.length > 0)
            return { path, entries };
    }
    return null;
}
