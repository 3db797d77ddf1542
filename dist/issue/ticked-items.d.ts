/** The hidden key that ends a checklist item, so a user's tick can be found again on the next run. */
export declare function stepKeyComment(key: string): string;
/** Keys of the checklist items a user ticked (`- [x]`), in an issue body as GitHub stores it (CRLF after web edits). */
export declare function tickedItems(body: string | null): Set<string>;
