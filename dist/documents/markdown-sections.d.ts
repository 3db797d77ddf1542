/**
 * Longest heading kept, in UTF-16 code units: a heading is quoted in reports (evidence, sections
 * named), and a one-megabyte "heading" would make every report that large.
 */
export declare const MAX_HEADING_CHARS = 256;
/** A heading of a Markdown document and what it holds, sub-sections included. */
export interface MarkdownSection {
    /** Heading text, trailing `#`s and surrounding spaces removed, cut to `MAX_HEADING_CHARS` (with `…`). */
    heading: string;
    /** 1–6. */
    level: number;
    /** Lines below the heading up to the next heading of the same or a higher level. */
    text: string;
    /** 1-based line of the heading. */
    line: number;
}
/** Splits Markdown into sections (ATX, setext and plain HTML headings); headings in code fences are ignored. */
export declare function markdownSections(markdown: string): MarkdownSection[];
/** Lower case, accents and ligatures folded, apostrophes made spaces (`d’impact` → `d impact`): for keyword matching. */
export declare function normalizeText(text: string): string;
/**
 * A heading reduced to plain words: no Markdown, emoji, punctuation or numbering
 * (`## 2.1 🎯 Notre **vision**` → `notre vision`).
 */
export declare function normalizeHeading(heading: string): string;
/** A line of prose of a Markdown document, for keyword analysis. */
export interface PlainLine {
    /** 1-based line number in the document. */
    line: number;
    /** The line without Markdown syntax, trimmed: what evidence quotes. */
    plain: string;
    /** `plain` passed through `normalizeText`: what keywords are matched against. */
    normalized: string;
    heading: boolean;
    listItem: boolean;
    /** Task list box: `- [ ]` is 'open', `- [x]` 'done'. */
    checkbox: 'open' | 'done' | null;
}
/** The non-empty lines of a Markdown document, outside code fences, front matter and HTML comments. */
export declare function plainLines(markdown: string): PlainLine[];
/** A line shortened for evidence, cut on a word. */
export declare function excerpt(text: string, max?: number): string;
/**
 * A README's lead: the text before its first section, after the title heading when the file opens
 * with one (`# Name`, or a banner `## …` line). Null when there is no prose there.
 */
export declare function markdownLead(markdown: string): {
    text: string;
    line: number;
} | null;
/** The `title:` of a page's YAML front matter (static-site generators), or null. */
export declare function frontMatterTitle(markdown: string): string | null;
