import type { Language } from '../model/ids.js';
declare const FR: {
    title: string;
    intro: (url: string) => string;
    unchanged: string;
    changes: (since: string, parts: string) => string;
    overallChange: string;
    seeStep: string;
    guideSays: string;
    unavailableSection: string;
    quote: (text: string) => string;
    omitted: (sections: string) => string;
    footer: string;
    duplicate: (link: string) => string;
    skippedArchived: string;
    skippedIssuesDisabled: string;
    leftClosed: (ref: string) => string;
    write: {
        create: string;
        update: (ref: string) => string;
        reopen: (ref: string) => string;
        comment: (ref: string) => string;
        close: (ref: string) => string;
    };
    failed: (what: string, reason: string) => string;
    failure: {
        rateLimited: string;
        forbidden: string;
        unauthorized: string;
        notFound: string;
        gone: string;
        invalid: (detail: string) => string;
        serverError: (status: number) => string;
        network: (detail: string) => string;
    };
};
type IssueLabels = typeof FR;
/** Texts of the product-health issue and of the keeper's messages, in the report's language. */
export declare function issueLabelsFor(language: Language): IssueLabels;
export {};
