import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { draftFacts } from '../drafts/draft-facts.js';
import { DRAFT_KINDS, renderDraft } from '../drafts/render-draft.js';
import { LANGUAGES } from '../model/ids.js';
import { scanWithConfig } from '../scan/scan-repository.js';
import { createLocalSource } from '../sources/local/local-source.js';
import { UsageError } from './usage-error.js';
/**
 * `product-health draft vision|indicators|roadmap [PATH]`: the starter document the app would
 * propose, read offline from a checkout (and a beta.gouv.fr checkout for the record), printed.
 */
export function draftCommand(io) {
    return new Command('draft')
        .description('print a starter vision, indicators or roadmap document for a local checkout (offline), pre-filled from its README and its beta.gouv.fr record')
        .addArgument(new Command().createArgument('<kind>', 'the document to draft').choices(DRAFT_KINDS))
        .argument('[path]', 'folder of a repository checkout', '.')
        .addOption(new Option('-l, --lang <language>', 'language of the draft (default: the config’s, else fr)').choices(LANGUAGES))
        .option('--betagouv-dir <dir>', 'a checkout of betagouv/beta.gouv.fr, to read the product’s public record (content/_startups/<id>.md)')
        .action(async (kind, path, flags) => {
        const directory = resolve(io.cwd, path);
        if ((await stat(directory).catch(() => null))?.isDirectory() !== true) {
            throw new UsageError(`'${path}' is not a folder: give a repository checkout.`);
        }
        const betagouvDir = flags.betagouvDir ? resolve(io.cwd, flags.betagouvDir) : null;
        if (betagouvDir && (await stat(betagouvDir).catch(() => null))?.isDirectory() !== true) {
            throw new UsageError(`--betagouv-dir '${flags.betagouvDir}' is not a folder: give a checkout of betagouv/beta.gouv.fr.`);
        }
        const { config, snapshot } = await scanWithConfig(createLocalSource(directory, { betagouvDir }), {
            now: io.now(),
            overrides: { language: flags.lang },
        });
        io.stdout(renderDraft(kind, draftFacts(snapshot, config), config.language));
    });
}
