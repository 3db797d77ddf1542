import { type Event } from 'js-yaml';
/** What one YAML text may hold before it is refused instead of read. */
export interface YamlLimits {
    /** Longest text, in UTF-8 bytes. */
    maxBytes: number;
    /** Most aliases (`*name`) per document. */
    maxAliases: number;
    /** Deepest nesting of collections, aliases expanded. */
    maxDepth: number;
    /** Most values (scalars and collections) once aliases are expanded, every document together. */
    maxNodes: number;
    /** Most keys merged by `<<` (only read by schemas that have the merge tag). */
    maxMergeKeys: number;
}
/** The limits for YAML read from a repository (CI definitions, issue templates). */
export declare const YAML_LIMITS: YamlLimits;
export type YamlResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    /** `too-large`: over `maxBytes`, not parsed; `refused`: over another limit; `invalid`: not YAML. */
    kind: 'too-large' | 'refused' | 'invalid';
    /** Why, in English: the parser's message or the limit exceeded. */
    reason: string;
    /** 1-based line the parser stopped at, when it says. */
    line: number | null;
};
export interface LoadYamlOptions extends Partial<YamlLimits> {
    /** Named in the parser's messages. */
    file?: string;
}
/**
 * Reads one YAML document (core schema: no custom types, `<<` is an ordinary key) within the
 * limits, never throwing: empty text or several documents are `invalid`, as with js-yaml's `load`.
 * The value is safe to walk naively, clone or stringify: its expanded size and depth are bounded
 * and it holds no cycle.
 */
export declare function loadYaml(text: string, options?: LoadYamlOptions): YamlResult<unknown>;
/** Every document of a YAML stream (`---`), within the limits; see `loadYaml`. */
export declare function loadYamlDocuments(text: string, options?: LoadYamlOptions): YamlResult<unknown[]>;
/**
 * Why a value parsed elsewhere (Probot's configuration plugin) is over the limits once shared nodes
 * are expanded, or holds a cycle; null when it is safe to walk, clone and validate.
 */
export declare function yamlValueProblem(value: unknown, limits?: Partial<YamlLimits>): string | null;
/** The parser's events of a YAML text within the size and depth limits; null when over them or broken. */
export declare function parseYamlEvents(text: string, options?: Partial<YamlLimits>): Event[] | null;
