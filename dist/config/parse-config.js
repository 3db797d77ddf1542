import { Ajv } from 'ajv';
import { configPatternProblem } from '../signals/config-pattern.js';
import { loadYamlDocuments, yamlValueProblem } from '../util/load-yaml.js';
import { readPackageJson } from '../util/package-files.js';
import { CONFIG_PATH } from './config-path.js';
import { DEFAULT_CONFIG } from './default-config.js';
import { lineOfPointer, yamlKeyLines } from './yaml-key-lines.js';
export { CONFIG_PATH };
export const MAX_CONFIG_BYTES = 64 * 1024;
const MAX_ALIASES = 50;
let compiled = null;
/** The schema's validator, compiled on first use: most runs read no configuration file. */
function configValidator() {
    if (compiled)
        return compiled;
    // `verbose` puts the refused value in each error, so a refused pattern's problem can say why.
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
    ajv.addFormat('regex', (value) => configPatternProblem(value) === null);
    compiled = ajv.compile(readPackageJson('schemas/config.schema.json'));
    return compiled;
}
/**
 * Parses and validates a configuration file. Never throws: a broken file or key yields a problem
 * naming the key and line, and the run goes on with the defaults for what was wrong.
 */
export function parseConfig(text, file = CONFIG_PATH, options = {}) {
    if (text === null)
        return { config: DEFAULT_CONFIG, problems: [], extends: null, product: null };
    const loaded = loadYamlDocuments(text, { file, maxBytes: MAX_CONFIG_BYTES, maxAliases: MAX_ALIASES });
    if (!loaded.ok) {
        return withDefaults([
            loaded.kind === 'too-large'
                ? problem(file, '', null, `file is larger than ${MAX_CONFIG_BYTES / 1024} KiB`)
                : problem(file, '', loaded.line, `invalid YAML: ${loaded.reason}`),
        ]);
    }
    const documents = loaded.value;
    if (documents.length > 1) {
        return withDefaults([
            problem(file, '', null, 'the file holds several YAML documents (`---`); keep a single one'),
        ]);
    }
    return validateConfig(documents[0], file, yamlKeyLines(text), options);
}
/**
 * Validates a configuration already parsed (an `_extends` chain merged by `resolveConfigExtends`):
 * same rules, same problems, without line numbers.
 */
export function parseConfigValue(value, file = CONFIG_PATH, options = {}) {
    const tooLarge = yamlValueProblem(value);
    if (tooLarge)
        return withDefaults([problem(file, '', null, `invalid YAML: ${tooLarge}`)]);
    return validateConfig(value, file, new Map(), options);
}
function validateConfig(data, file, lines, options) {
    if (data === null || data === undefined)
        return { config: DEFAULT_CONFIG, problems: [], extends: null, product: null };
    if (!isPlainObject(data)) {
        return withDefaults([
            problem(file, '', 1, 'the file must hold a mapping of keys (for example `language: fr`)'),
        ]);
    }
    const problems = [];
    const candidate = structuredClone(data);
    const validate = configValidator();
    // Drop each invalid value and validate again, so one bad key never discards the good ones.
    for (let round = 0; round < 20 && !validate(candidate); round++) {
        const pointers = [];
        for (const error of validate.errors ?? []) {
            // ajv reports a bad property name twice: the inner check (carrying `propertyName`) and the
            // `propertyNames` error itself; keep the latter.
            if ('propertyName' in error && error.keyword !== 'propertyNames')
                continue;
            const pointer = errorPointer(error);
            problems.push(problem(file, dotted(pointer), lineOfPointer(lines, pointer), describe(error)));
            pointers.push(pointer);
        }
        // Last array items first, so removing one does not shift the others.
        pointers.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
        for (const pointer of pointers)
            removeAt(candidate, pointer);
    }
    if (options.thresholdNames) {
        problems.push(...dropUnknownThresholds(candidate, options.thresholdNames, file, lines));
    }
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const extendsValue = typeof candidate._extends === 'string' ? candidate._extends : null;
    return {
        config: mergeConfig(DEFAULT_CONFIG, candidate),
        problems: dedupe(problems),
        extends: extendsValue,
        product: productName(candidate.product),
        values: candidate,
    };
}
/** Deep-merges user values onto a base configuration; arrays and scalars replace. */
export function mergeConfig(base, overrides) {
    const { _extends, product, ...rest } = overrides;
    const merged = deepMerge(base, rest);
    // `product` is a name (a string) or the product's context (a mapping, its `name` optional).
    if (!isPlainObject(product))
        return merged;
    const { name, ...context } = product;
    return { ...merged, product: deepMerge(merged.product, context) };
}
/** The product's name: `product: Name`, or `product.name`. */
function productName(product) {
    const name = isPlainObject(product) ? product.name : product;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}
function deepMerge(base, override) {
    if (!isPlainObject(base) || !isPlainObject(override))
        return override === undefined ? base : override;
    const merged = { ...base };
    for (const [key, value] of Object.entries(override))
        merged[key] = deepMerge(base[key], value);
    return merged;
}
function dropUnknownThresholds(candidate, names, file, lines) {
    const thresholds = candidate.thresholds;
    if (!isPlainObject(thresholds))
        return [];
    const problems = [];
    for (const [signal, values] of Object.entries(thresholds)) {
        const known = names[signal] ?? [];
        if (!isPlainObject(values))
            continue;
        for (const name of Object.keys(values)) {
            if (known.includes(name))
                continue;
            const pointer = `/thresholds/${escapePointer(signal)}/${escapePointer(name)}`;
            const hint = known.length > 0 ? `; known: ${known.map((k) => `\`${k}\``).join(', ')}` : '';
            problems.push(problem(file, dotted(pointer), lineOfPointer(lines, pointer), `unknown threshold \`${name}\` (ignored${hint})`));
            delete values[name];
        }
    }
    return problems;
}
function withDefaults(problems) {
    return { config: DEFAULT_CONFIG, problems, extends: null, product: null };
}
function problem(file, key, line, message) {
    return { file, key, line, message };
}
/** The JSON pointer of the value an error is about; a key name is escaped (`a/b` → `a~1b`) as ajv's paths are. */
function errorPointer(error) {
    const params = error.params;
    if (error.keyword === 'additionalProperties')
        return `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`;
    if (error.keyword === 'propertyNames')
        return `${error.instancePath}/${escapePointer(String(params.propertyName))}`;
    return error.instancePath;
}
function escapePointer(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
function describe(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key \`${String(params.additionalProperty)}\` (ignored)`;
        case 'propertyNames':
            return `unknown name \`${String(params.propertyName)}\` (ignored)`;
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')} (default used)`;
        case 'format':
            return `is not a regular expression the linear-time engine (RE2) accepts: ${configPatternProblem(String(error.data)) ?? 'invalid'} (default used)`;
        default:
            return `${error.message ?? 'is invalid'} (default used)`;
    }
}
function dotted(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .join('.');
}
function removeAt(root, pointer) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = parts.pop();
    if (last === undefined) {
        for (const key of Object.keys(root))
            delete root[key];
        return;
    }
    let node = root;
    for (const part of parts)
        node = isPlainObject(node) || Array.isArray(node) ? node[part] : undefined;
    if (Array.isArray(node))
        node.splice(Number(last), 1);
    else if (isPlainObject(node))
        delete node[last];
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const id = `${p.key}\u0000${p.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
