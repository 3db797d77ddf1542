/**
 * Longest heading kept, in UTF-16 code units: a heading is quoted in reports (evidence, sections
 * named), and a one-megabyte "heading" would make every report that large.
 */
export const MAX_HEADING_CHARS = 256;
/** An ATX heading's opening `#`s; the rest of the line is read by `atxHeading` (a regular expression for it backtracks). */
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
/** Lines that cannot be the paragraph of a setext heading (lists, quotes, tables, HTML). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<)/;
/** Splits Markdown into sections (ATX, setext and plain HTML headings); headings in code fences are ignored. */
export function markdownSections(markdown) {
    const lines = markdown.split(/\r?\n/);
    const marks = headingMarks(lines);
    const ends = sectionEnds(marks, lines.length);
    return marks.map((mark, index) => {
        const end = ends[index] ?? lines.length;
        return {
            heading: mark.heading,
            level: mark.level,
            text: lines.slice(mark.bodyStart, end).join('\n').trim(),
            line: mark.start + 1,
        };
    });
}
/**
 * Where each section ends: the start of the next heading of the same or a higher level, found in
 * one backward pass (a document may hold tens of thousands of headings).
 */
function sectionEnds(marks, lineCount) {
    const ends = new Array(marks.length);
    // nextAtLevel[l]: start of the nearest later heading of level l.
    const nextAtLevel = new Array(7).fill(lineCount);
    for (let index = marks.length - 1; index >= 0; index--) {
        const mark = marks[index];
        ends[index] = Math.min(...nextAtLevel.slice(1, mark.level + 1));
        nextAtLevel[mark.level] = mark.start;
    }
    return ends;
}
/**
 * An ATX heading (`## Title ##`): its level and its text without the closing `#`s, or null. Same
 * reading as CommonMark's, in one pass over the line.
 */
function atxHeading(line) {
    const open = ATX_OPEN.exec(line);
    if (!open)
        return null;
    const content = line.slice(open[0].length).replace(/^[ \t]+/, '');
    // A regular expression's `.` would stop at these: such a line was never read as a heading.
    if (/[\r\u2028\u2029]/.test(content))
        return null;
    let text = trimTabsAndSpaces(content);
    let hashes = text.length;
    while (hashes > 0 && text[hashes - 1] === '#')
        hashes -= 1;
    if (hashes > 0 && hashes < text.length && (text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) {
        text = trimTabsAndSpaces(text.slice(0, hashes));
    }
    return { level: open[1]?.length ?? 1, heading: text };
}
function trimTabsAndSpaces(text) {
    let end = text.length;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t'))
        end -= 1;
    return text.slice(0, end);
}
function headingMarks(lines) {
    const marks = [];
    let fence = null;
    let paragraphStart = null;
    let index = frontMatterEnd(lines);
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        const fenceMatch = FENCE.exec(line);
        if (fence) {
            const closing = fenceMatch?.[1];
            if (closing?.[0] === fence.char && closing.length >= fence.length && /^\s*[`~]+\s*$/.test(line))
                fence = null;
            continue;
        }
        if (fenceMatch?.[1]) {
            fence = { char: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length };
            paragraphStart = null;
            continue;
        }
        const atx = atxHeading(line);
        const html = atx ? null : HTML_HEADING.exec(line);
        if (atx || html) {
            const level = atx ? atx.level : Number(html?.[1]);
            const raw = atx ? atx.heading : (html?.[2] ?? '').replace(/<[^<>]*>/g, '');
            marks.push({ heading: shortHeading(raw.trim()), level, start: index, bodyStart: index + 1 });
            paragraphStart = null;
            continue;
        }
        if (paragraphStart !== null && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
            const heading = lines
                .slice(paragraphStart, index)
                .map((l) => l.trim())
                .join(' ');
            marks.push({
                heading: shortHeading(heading),
                level: SETEXT_1.test(line) ? 1 : 2,
                start: paragraphStart,
                bodyStart: index + 1,
            });
            paragraphStart = null;
            continue;
        }
        if (line.trim() === '' || NOT_PARAGRAPH.test(line) || /^( {4}|\t)/.test(line)) {
            paragraphStart = null;
        }
        else if (paragraphStart === null) {
            paragraphStart = index;
        }
    }
    return marks;
}
/** The heading cut to `MAX_HEADING_CHARS`, never in the middle of a character, `…` marking the cut. */
function shortHeading(heading) {
    if (heading.length <= MAX_HEADING_CHARS)
        return heading;
    let end = MAX_HEADING_CHARS - 1;
    const code = heading.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${heading.slice(0, end).trimEnd()}…`;
}
/** Index of the first line after a YAML front matter block, 0 when there is none. */
function frontMatterEnd(lines) {
    if (lines[0]?.trim() !== '---')
        return 0;
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    return close === -1 ? 0 : close + 1;
}
/** Lower case, accents and ligatures folded, apostrophes made spaces (`d’impact` → `d impact`): for keyword matching. */
export function normalizeText(text) {
    return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/['’‘`´]/g, ' ')
        .replace(/œ/gi, 'oe')
        .replace(/æ/gi, 'ae')
        .toLowerCase();
}
/**
 * A heading reduced to plain words: no Markdown, emoji, punctuation or numbering
 * (`## 2.1 🎯 Notre **vision**` → `notre vision`).
 */
export function normalizeHeading(heading) {
    return normalizeText(heading.replace(MARKDOWN_LINK, '$1'))
        .replace(/^[^a-z0-9]+/, '')
        .replace(/^(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s*|\d+(?:\.\d+)*\s+)+/, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** The non-empty lines of a Markdown document, outside code fences, front matter and HTML comments. */
export function plainLines(markdown) {
    const source = blankHtmlComments(markdown);
    const lines = source.split(/\r?\n/);
    const result = [];
    let fence = null;
    for (let index = frontMatterEnd(lines); index < lines.length; index++) {
        const line = lines[index] ?? '';
        const fenceMatch = FENCE.exec(line);
        if (fence !== null) {
            if (fenceMatch?.[1]?.[0] === fence && /^\s*[`~]+\s*$/.test(line))
                fence = null;
            continue;
        }
        if (fenceMatch?.[1]) {
            fence = fenceMatch[1][0] ?? '`';
            continue;
        }
        const box = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]/.exec(line);
        const plain = stripMarkdown(line);
        if (plain === '' || /^[-=*_|:\s]+$/.test(plain))
            continue;
        result.push({
            line: index + 1,
            plain,
            normalized: normalizeText(plain),
            heading: atxHeading(line) !== null || HTML_HEADING.test(line) || SETEXT_1.test(lines[index + 1] ?? ''),
            listItem: /^\s*(?:[-*+]|\d+[.)])\s+/.test(line),
            checkbox: box ? (box[1] === ' ' ? 'open' : 'done') : null,
        });
    }
    return result;
}
/**
 * A Markdown link or image: `[text](destination)`. Neither part may hold its own opening bracket,
 * so a line of a thousand `[` or `](` is read in one pass (not once per bracket).
 */
const MARKDOWN_LINK = /\[([^[\]]*)\]\([^()]*\)/g;
const MARKDOWN_IMAGE = /!\[[^[\]]*\]\([^()]*\)/g;
/**
 * The text with its HTML comments blanked (line breaks kept, so line numbers stay), read with
 * `indexOf`: a regular expression would rescan the rest of the text from every unclosed `<!--`.
 */
function blankHtmlComments(text) {
    let out = '';
    let from = 0;
    for (;;) {
        const open = text.indexOf('<!--', from);
        if (open < 0)
            break;
        const close = text.indexOf('-->', open + 4);
        if (close < 0)
            break;
        out += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, '');
        from = close + 3;
    }
    return from === 0 ? text : out + text.slice(from);
}
/** A line without its trailing whitespace and closing `#`s (`Title ##`); in one pass, whatever the spaces. */
function withoutClosingHashes(line) {
    const text = line.trimEnd();
    let hashes = text.length;
    while (hashes > 0 && text[hashes - 1] === '#')
        hashes -= 1;
    if (hashes === text.length || hashes === 0 || !/\s/.test(text[hashes - 1] ?? ''))
        return text;
    return text.slice(0, hashes).trimEnd();
}
function stripMarkdown(line) {
    return withoutClosingHashes(line.replace(/^\s*#{1,6}\s*/, ''))
        .replace(/^\s*(?:>\s*)+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?/, '')
        .replace(MARKDOWN_IMAGE, '')
        .replace(MARKDOWN_LINK, '$1')
        .replace(/\{%[^%]*%\}/g, '')
        .replace(/<[^<>]+>/g, ' ')
        .replace(/[*_`]{1,3}/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** A line shortened for evidence, cut on a word. */
export function excerpt(text, max = 140) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
/** Most lines kept as a README's lead: a lead is a few lines, not the whole file. */
const MAX_LEAD_LINES = 60;
/**
 * A README's lead: the text before its first section, after the title heading when the file opens
 * with one (`# Name`, or a banner `## …` line). Null when there is no prose there.
 */
export function markdownLead(markdown) {
    const lines = markdown.split(/\r?\n/);
    const start = frontMatterEnd(lines);
    const marks = headingMarks(lines);
    const firstText = lines.findIndex((line, index) => index >= start && line.trim() !== '');
    if (firstText === -1)
        return null;
    const opening = marks[0]?.start === firstText ? marks[0] : null;
    const from = opening ? opening.start : start;
    const next = marks.find((mark) => mark !== opening && mark.start >= from);
    const end = Math.min(next ? next.start : lines.length, from + MAX_LEAD_LINES);
    const text = lines.slice(from, end).join('\n').trim();
    const prose = plainLines(text).filter((line) => !line.heading || opening?.level !== 1);
    if (prose.length === 0 || (opening?.level === 1 && prose.every((line) => line.heading)))
        return null;
    return { text, line: from + 1 };
}
/** The `title:` of a page's YAML front matter (static-site generators), or null. */
export function frontMatterTitle(markdown) {
    const lines = markdown.split(/\r?\n/, 200);
    const end = frontMatterEnd(lines);
    if (end === 0)
        return null;
    for (const line of lines.slice(1, end - 1)) {
        const match = /^title[ \t]*:(.*)$/.exec(line);
        const value = match?.[1]?.trim();
        if (value)
            return value.replace(/^(['"])(.*)\1$/, '$2').trim() || null;
    }
    return null;
}
