/**
 * Whether two issue texts read the same: GitHub stores web edits with CRLF and may trim trailing
 * spaces, which must not count as a change (or every run would edit the issue back).
 */
export function sameIssueText(a, b) {
    return normalise(a) === normalise(b);
}
function normalise(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trimEnd();
}
