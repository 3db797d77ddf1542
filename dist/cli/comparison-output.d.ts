import { type Command } from 'commander';
import type { Comparison } from '../compare/comparison.js';
import { type ComparisonFormat } from '../compare/render-comparison.js';
import { type Language } from '../model/ids.js';
import type { CliIo } from './cli-io.js';
/** `--format markdown,csv,json,html` (any of them, `md` for short). */
export declare function parseComparisonFormats(value: string): ComparisonFormat[];
/**
 * Writes the comparison in every format asked: to standard output (one format, no `--output`),
 * to a file (one format), or to `comparison.<ext>` files in the `--output` folder (several).
 * Returns the files written.
 */
export declare function writeComparison(io: CliIo, comparison: Comparison, formats: readonly ComparisonFormat[], output: string | undefined, language: Language): Promise<string[]>;
/** `--format`, `--output` and `--lang`, shared by `compare` and `merge`. */
export declare function withComparisonOutputOptions(command: Command): Command;
