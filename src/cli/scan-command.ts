import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { LANGUAGES, type Language } from '../model/ids.js';
import { FORMATS, type Format, renderReport } from '../render/render-report.js';
import { scanRepository } from '../scan/scan-repository.js';
import { createLocalSource } from '../sources/local/local-source.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

interface ScanFlags {
  format: Format;
  lang?: Language;
  config?: string;
  windowDays?: number;
  now?: Date;
  output?: string;
}

export function scanCommand(io: CliIo): Command {
  return new Command('scan')
    .description('scan a local checkout and print its product-health report (offline)')
    .argument('[path]', 'folder of the repository to scan', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(
      new Option('-l, --lang <language>', 'report language (default: the config’s, else fr)').choices(
        LANGUAGES,
      ),
    )
    .option('-c, --config <file>', 'configuration file to use instead of <path>/.github/product-health.yml')
    .option('-w, --window-days <days>', 'days of history to look at (7–730)', parseWindowDays)
    .option('--now <date>', 'the instant to consider as now (ISO 8601), for reproducible reports', parseNow)
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .action(async (path: string, flags: ScanFlags) => {
      const directory = resolve(io.cwd, path);
      await assertDirectory(directory, path);
      const config = flags.config
        ? await readConfigFlag(resolve(io.cwd, flags.config), flags.config)
        : undefined;
      const report = await scanRepository(createLocalSource(directory), {
        now: flags.now ?? io.now(),
        config,
        overrides: { language: flags.lang, windowDays: flags.windowDays },
      });
      const text = renderReport(report, flags.format);
      if (flags.output) await writeFile(resolve(io.cwd, flags.output), text);
      else io.stdout(text);
    });
}

function parseWindowDays(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 7 || days > 730) {
    throw new InvalidArgumentError('expected a whole number of days between 7 and 730.');
  }
  return days;
}

function parseNow(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('expected an ISO 8601 date such as 2026-11-22T12:00:00Z.');
  return date;
}

async function assertDirectory(directory: string, given: string): Promise<void> {
  const info = await stat(directory).catch(() => null);
  if (!info?.isDirectory())
    throw new UsageError(`'${given}' is not a folder: give the path of a repository checkout.`);
}

async function readConfigFlag(file: string, given: string): Promise<{ file: string; text: string }> {
  try {
    return { file: given, text: await readFile(file, 'utf8') };
  } catch {
    throw new UsageError(`cannot read the configuration file '${given}': check the path given to --config.`);
  }
}
