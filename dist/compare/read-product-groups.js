import { loadYaml } from '../util/load-yaml.js';
import { parseRepositoryTarget } from '../util/repository-target.js';
const MAX_GROUP_FILE_BYTES = 1024 * 1024;
/**
 * A mapping file naming which repositories form one product, in YAML or JSON:
 *
 *     Trouve ta formation: [example/trouve-ta-formation, example/ttf-api]
 *
 * Returns product names by `owner/name` in lowercase. Throws an error saying what to fix.
 */
export function parseProductGroups(text, file) {
    const loaded = loadYaml(text, { file, maxBytes: MAX_GROUP_FILE_BYTES, maxAliases: 50 });
    if (!loaded.ok && loaded.kind === 'too-large')
        throw new Error(`${file}: ${loaded.reason}`);
    if (!loaded.ok) {
        const where = loaded.line === null ? '' : ` (line ${loaded.line})`;
        throw new Error(`${file}: not valid YAML or JSON${where}: ${loaded.reason}`);
    }
    const value = loaded.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${file}: expected product names as keys, each with a list of OWNER/REPO`);
    }
    const groups = new Map();
    for (const [product, repositories] of Object.entries(value)) {
        if (!Array.isArray(repositories) || repositories.some((entry) => typeof entry !== 'string')) {
            throw new Error(`${file}: "${product}" must list repositories as OWNER/REPO strings`);
        }
        for (const given of repositories) {
            const target = parseRepositoryTarget(given);
            if (!target)
                throw new Error(`${file}: "${given}" (under "${product}") is not OWNER/REPO`);
            const repository = `${target.owner}/${target.repo}`;
            const previous = groups.get(repository.toLowerCase());
            if (previous !== undefined && previous !== product) {
                throw new Error(`${file}: ${repository} is listed under both "${previous}" and "${product}"`);
            }
            groups.set(repository.toLowerCase(), product.trim());
        }
    }
    return groups;
}
/** `OWNER/REPO` per line (or separated by commas); blank lines and `#` comments ignored. */
export function parseRepositoryList(text, where) {
    const names = text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => {
        const target = parseRepositoryTarget(name);
        if (!target)
            throw new Error(`${where}: "${name}" is not OWNER/REPO`);
        return `${target.owner}/${target.repo}`;
    });
    const seen = new Set();
    return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}
