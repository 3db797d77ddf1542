import type { Comparison, ComparisonRenderOptions } from './comparison.js';
/**
 * The coaches' dashboard: one self-contained HTML page (styles, script and texts inlined, no
 * request once opened) comparing repositories — and products — pillar by pillar.
 */
export declare function renderComparisonHtml(comparison: Comparison, options: ComparisonRenderOptions): string;
/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JavaScript line
 * separators are escaped, so no value can close the script element or open a comment.
 */
export declare function jsonForScript(value: unknown): string;
