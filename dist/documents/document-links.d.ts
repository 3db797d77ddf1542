/** What a link in a README or contribution guide points at, for the product. */
export type LinkTarget = 
/** A stats, impact or dashboard page: indicators, linked, not verified. */
'indicators'
/** A product sheet, an about page, the product's beta.gouv.fr startup page: vision. */
 | 'vision'
/** A way for users to write in: e-mail, contact page, support tool, chat. */
 | 'contact'
/** A place where users leave requests others can see and answer: forum, new-issue form, discussions. */
 | 'forum'
/** Answers for users: FAQ, help centre. */
 | 'help';
export interface ClassifiedLink {
    url: string;
    /** The link's text as written (Markdown removed), '' for a bare address. */
    text: string;
    /** 1-based line of the link. */
    line: number;
    targets: LinkTarget[];
}
/**
 * The links of a Markdown document (images and badges left out), each with what it points at.
 * Pure and linear in the text's length.
 */
export declare function documentLinks(markdown: string): ClassifiedLink[];
/** What a link points at, from its address and its text (`[Statistiques](…/stats)` → indicators). */
export declare function linkTargets(url: string, text: string): LinkTarget[];
