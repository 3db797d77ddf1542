/**
 * Whether two issue texts read the same: GitHub stores web edits with CRLF and may trim trailing
 * spaces, which must not count as a change (or every run would edit the issue back).
 */
export declare function sameIssueText(a: string, b: string): boolean;
