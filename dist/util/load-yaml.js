import { CORE_SCHEMA, loadAll, parseEvents, YAMLException } from 'js-yaml';
import { MAX_TEXT_BYTES } from '../collect/limit-text.js';
/** The limits for YAML read from a repository (CI definitions, issue templates). */
export const YAML_LIMITS = {
    maxBytes: MAX_TEXT_BYTES,
    maxAliases: 500,
    maxDepth: 100,
    maxNodes: 100_000,
    maxMergeKeys: 10_000,
};
/**
 * Reads one YAML document (core schema: no custom types, `<<` is an ordinary key) within the
 * limits, never throwing: empty text or several documents are `invalid`, as with js-yaml's `load`.
 * The value is safe to walk naively, clone or stringify: its expanded size and depth are bounded
 * and it holds no cycle.
 */
export function loadYaml(text, options = {}) {
    const documents = loadYamlDocuments(text, options);
    if (!documents.ok)
        return documents;
    if (documents.value.length === 1)
        return { ok: true, value: documents.value[0] };
    const reason = documents.value.length === 0
        ? 'expected a document, but the input is empty'
        : 'expected a single document in the stream, but found more';
    return { ok: false, kind: 'invalid', reason, line: null };
}
/** Every document of a YAML stream (`---`), within the limits; see `loadYaml`. */
export function loadYamlDocuments(text, options = {}) {
    const { file, ...given } = options;
    const limits = { ...YAML_LIMITS, ...definedOnly(given) };
    const tooLarge = sizeProblem(text, limits.maxBytes);
    if (tooLarge)
        return tooLarge;
    let documents;
    try {
        documents = loadAll(text, {
            filename: file,
            schema: CORE_SCHEMA,
            maxDepth: limits.maxDepth,
            maxAliases: limits.maxAliases,
            maxTotalMergeKeys: limits.maxMergeKeys,
        });
    }
    catch (error) {
        return parserError(error, limits);
    }
    const refused = expansionProblem(documents, limits);
    return refused
        ? { ok: false, kind: 'refused', reason: refused, line: null }
        : { ok: true, value: documents };
}
/**
 * Why a value parsed elsewhere (Probot's configuration plugin) is over the limits once shared nodes
 * are expanded, or holds a cycle; null when it is safe to walk, clone and validate.
 */
export function yamlValueProblem(value, limits = {}) {
    return expansionProblem([value], { ...YAML_LIMITS, ...definedOnly(limits) });
}
/** The parser's events of a YAML text within the size and depth limits; null when over them or broken. */
export function parseYamlEvents(text, options = {}) {
    const limits = { ...YAML_LIMITS, ...definedOnly(options) };
    if (sizeProblem(text, limits.maxBytes))
        return null;
    try {
        return parseEvents(text, { maxDepth: limits.maxDepth });
    }
    catch {
        return null;
    }
}
function sizeProblem(text, maxBytes) {
    // Cheap first: a UTF-8 byte is at most one UTF-16 unit, and a unit at most three bytes.
    if (text.length * 3 <= maxBytes || Buffer.byteLength(text) <= maxBytes)
        return null;
    return { ok: false, kind: 'too-large', reason: `larger than ${formatBytes(maxBytes)}`, line: null };
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0
        ? `${bytes / (1024 * 1024)} MiB`
        : bytes % 1024 === 0
            ? `${bytes / 1024} KiB`
            : `${bytes} bytes`;
}
/** js-yaml's own limits become `refused` with a plain reason; anything else is `invalid`. */
function parserError(error, limits) {
    const line = error instanceof YAMLException && error.mark ? error.mark.line + 1 : null;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    if (/maxAliases/.test(reason)) {
        return {
            ok: false,
            kind: 'refused',
            reason: `more than ${limits.maxAliases} aliases (\`*name\`) in one document`,
            line,
        };
    }
    if (/maxDepth/.test(reason)) {
        return { ok: false, kind: 'refused', reason: `nested more than ${limits.maxDepth} deep`, line };
    }
    if (/maxTotalMergeKeys/.test(reason)) {
        return {
            ok: false,
            kind: 'refused',
            reason: `more than ${limits.maxMergeKeys} keys merged by \`<<\``,
            line,
        };
    }
    return { ok: false, kind: 'invalid', reason, line };
}
class Refusal extends Error {
}
/**
 * Why the documents are refused once aliases are expanded, or null. Each shared node is measured
 * once (its size and height remembered), so this takes time in the size of the text, not of the
 * expansion; a node reached again while it is being measured contains itself.
 */
function expansionProblem(documents, limits) {
    const measured = new Map();
    const open = new Set();
    const measure = (value, depth) => {
        if (typeof value !== 'object' || value === null)
            return { size: 1, height: 0 };
        const known = measured.get(value);
        if (known) {
            if (depth + known.height > limits.maxDepth)
                throw new Refusal(deepReason(limits));
            return known;
        }
        if (open.has(value))
            throw new Refusal('an alias points to a node that contains itself');
        if (depth > limits.maxDepth)
            throw new Refusal(deepReason(limits));
        open.add(value);
        let size = 1;
        let height = 0;
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
            const inner = measure(child, depth + 1);
            size += inner.size;
            height = Math.max(height, inner.height + 1);
            if (size > limits.maxNodes)
                throw new Refusal(largeReason(limits));
        }
        open.delete(value);
        const result = { size, height };
        measured.set(value, result);
        return result;
    };
    try {
        let total = 0;
        for (const document of documents) {
            total += measure(document, 0).size;
            if (total > limits.maxNodes)
                return largeReason(limits);
        }
        return null;
    }
    catch (error) {
        if (error instanceof Refusal)
            return error.message;
        throw error;
    }
}
function deepReason(limits) {
    return `nested more than ${limits.maxDepth} deep once its aliases are expanded`;
}
function largeReason(limits) {
    return `more than ${limits.maxNodes.toLocaleString('en')} values once its aliases are expanded`;
}
function definedOnly(options) {
    return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
