/** An issue as the issue keeper needs it: read by a source, compared and edited by the keeper. */
export interface KnownIssue {
    number: number;
    title: string;
    body: string;
    state: 'open' | 'closed';
    /** GitHub's state reason (`COMPLETED`, `NOT_PLANNED`, `REOPENED`, `DUPLICATE`), null when none. */
    stateReason: string | null;
    createdAt: string;
    url: string;
    /** Login of the author, null for a deleted account. */
    author: string | null;
    labels: string[];
}
