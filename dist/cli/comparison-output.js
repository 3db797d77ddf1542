import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { COMPARISON_EXTENSIONS, COMPARISON_FORMATS, renderComparison, } from '../compare/render-comparison.js';
import { LANGUAGES } from '../model/ids.js';
import { jsonTerminalText } from '../render/terminal-text.js';
import { UsageError } from './usage-error.js';
const ALIASES = {
    md: 'markdown',
    markdown: 'markdown',
    csv: 'csv',
    json: 'json',
    html: 'html',
};
/** `--format markdown,csv,json,html` (any of them, `md` for short). */
export function parseComparisonFormats(value) {
    const formats = value.split(',').map((part) => ALIASES[part.trim().toLowerCase()]);
    if (formats.length === 0 || formats.some((format) => format === undefined)) {
        throw new InvalidArgumentError(`expected one or more of ${COMPARISON_FORMATS.join(', ')}, separated by commas.`);
    }
    return [...new Set(formats)];
}
/**
 * Writes the comparison in every format asked: to standard output (one format, no `--output`),
 * to a file (one format), or to `comparison.<ext>` files in the `--output` folder (several).
 * Returns the files written.
 */
export async function writeComparison(io, comparison, formats, output, language) {
    if (!output) {
        if (formats.length > 1)
            throw new UsageError('several formats need --output FOLDER (one file per format).');
        io.stdout(rendered(comparison, formats[0] ?? 'markdown', language));
        return [];
    }
    const target = resolve(io.cwd, output);
    if (formats.length === 1) {
        await writeFile(target, rendered(comparison, formats[0], language));
        return [target];
    }
    await mkdir(target, { recursive: true });
    const written = [];
    for (const format of formats) {
        const file = join(target, `comparison.${COMPARISON_EXTENSIONS[format]}`);
        await writeFile(file, rendered(comparison, format, language));
        written.push(file);
    }
    return written;
}
/** The comparison in `format`; JSON with DEL and C1 escaped, as the scan's report (same value once parsed). */
function rendered(comparison, format, language) {
    const text = renderComparison(comparison, format, language);
    return format === 'json' ? jsonTerminalText(text) : text;
}
/** `--format`, `--output` and `--lang`, shared by `compare` and `merge`. */
export function withComparisonOutputOptions(command) {
    return command
        .option('-f, --format <formats>', 'markdown, csv, json, html — several separated by commas (then --output is a folder)', parseComparisonFormats, ['markdown'])
        .option('-o, --output <path>', 'file (one format) or folder (several) to write to; standard output otherwise')
        .addOption(new Option('-l, --lang <language>', 'language of the Markdown and HTML')
        .choices(LANGUAGES)
        .default('fr'));
}
