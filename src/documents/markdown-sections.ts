/** A heading of a Markdown document and what it holds, sub-sections included. */
export interface MarkdownSection {
  /** Heading text, trailing `#`s and surrounding spaces removed. */
  heading: string;
  /** 1–6. */
  level: number;
  /** Lines below the heading up to the next heading of the same or a higher level. */
  text: string;
  /** 1-based line of the heading. */
  line: number;
}

interface HeadingMark {
  heading: string;
  level: number;
  /** 0-based index of the heading's first line (the paragraph start for a setext heading). */
  start: number;
  /** 0-based index of the first body line. */
  bodyStart: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
/** Lines that cannot be the paragraph of a setext heading (lists, quotes, tables, HTML). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<)/;

/** Splits Markdown into sections (ATX, setext and plain HTML headings); headings in code fences are ignored. */
export function markdownSections(markdown: string): MarkdownSection[] {
  const lines = markdown.split(/\r?\n/);
  const marks = headingMarks(lines);
  return marks.map((mark, index) => {
    const next = marks.slice(index + 1).find((other) => other.level <= mark.level);
    const end = next ? next.start : lines.length;
    return {
      heading: mark.heading,
      level: mark.level,
      text: lines.slice(mark.bodyStart, end).join('\n').trim(),
      line: mark.start + 1,
    };
  });
}

function headingMarks(lines: string[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let fence: { char: string; length: number } | null = null;
  let paragraphStart: number | null = null;
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
    const atx = ATX.exec(line);
    const html = atx ? null : HTML_HEADING.exec(line);
    if (atx || html) {
      const level = atx ? (atx[1]?.length ?? 1) : Number(html?.[1]);
      const raw = atx ? (atx[2] ?? '') : (html?.[2] ?? '').replace(/<[^>]*>/g, '');
      marks.push({ heading: raw.trim(), level, start: index, bodyStart: index + 1 });
      paragraphStart = null;
      continue;
    }
    if (paragraphStart !== null && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      const heading = lines
        .slice(paragraphStart, index)
        .map((l) => l.trim())
        .join(' ');
      marks.push({
        heading,
        level: SETEXT_1.test(line) ? 1 : 2,
        start: paragraphStart,
        bodyStart: index + 1,
      });
      paragraphStart = null;
      continue;
    }
    if (line.trim() === '' || NOT_PARAGRAPH.test(line) || /^( {4}|\t)/.test(line)) {
      paragraphStart = null;
    } else if (paragraphStart === null) {
      paragraphStart = index;
    }
  }
  return marks;
}

/** Index of the first line after a YAML front matter block, 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return close === -1 ? 0 : close + 1;
}

/** Lower case, accents and ligatures folded, apostrophes made spaces (`d’impact` → `d impact`): for keyword matching. */
export function normalizeText(text: string): string {
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
export function normalizeHeading(heading: string): string {
  return normalizeText(heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    .replace(/^[^a-z0-9]+/, '')
    .replace(/^(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s*|\d+(?:\.\d+)*\s+)+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

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
export function plainLines(markdown: string): PlainLine[] {
  const source = markdown.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
  const lines = source.split(/\r?\n/);
  const result: PlainLine[] = [];
  let fence: string | null = null;
  for (let index = frontMatterEnd(lines); index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.[0] === fence && /^\s*[`~]+\s*$/.test(line)) fence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1][0] ?? '`';
      continue;
    }
    const box = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]/.exec(line);
    const plain = stripMarkdown(line);
    if (plain === '' || /^[-=*_|:\s]+$/.test(plain)) continue;
    result.push({
      line: index + 1,
      plain,
      normalized: normalizeText(plain),
      heading: ATX.test(line) || HTML_HEADING.test(line) || SETEXT_1.test(lines[index + 1] ?? ''),
      listItem: /^\s*(?:[-*+]|\d+[.)])\s+/.test(line),
      checkbox: box ? (box[1] === ' ' ? 'open' : 'done') : null,
    });
  }
  return result;
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*(?:>\s*)+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s*)?/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{%[^%]*%\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line shortened for evidence, cut on a word. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
