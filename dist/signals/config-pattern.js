import { RE2JS } from 're2js';
/**
 * Most instructions in a compiled pattern. RE2 runs in time proportional to the text times the
 * program: a pattern like `\pL{1000}` repeated compiles to tens of thousands of instructions.
 */
const MAX_PROGRAM_SIZE = 5_000;
/** Longest text tested: names are short, and a longer one is tested on its start. */
export const MAX_TESTED_CHARS = 1_000;
/** Compiled patterns kept, so each configured pattern is compiled once per process. */
const MAX_CACHED = 64;
const cache = new Map();
/**
 * Compiles a configured pattern for RE2, which runs in linear time whatever the pattern (no
 * catastrophic backtracking), case-insensitive. A pattern RE2 refuses (see
 * `configPatternProblem`) is matched literally instead of throwing.
 */
export function configPattern(pattern) {
    const compiled = compile(pattern).compiled ?? RE2JS.compile(RE2JS.quote(pattern), RE2JS.CASE_INSENSITIVE);
    return {
        test: (text) => compiled.test(text.length > MAX_TESTED_CHARS ? text.slice(0, MAX_TESTED_CHARS) : text),
    };
}
/**
 * Why RE2 refuses a pattern (backreferences, lookarounds, a syntax error, a program too large), in
 * English; null when it accepts it.
 */
export function configPatternProblem(pattern) {
    return compile(pattern).problem;
}
function compile(pattern) {
    const cached = cache.get(pattern);
    if (cached)
        return cached;
    let result;
    try {
        const compiled = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
        const size = programSize(compiled);
        result =
            size > MAX_PROGRAM_SIZE
                ? {
                    compiled: null,
                    problem: `too complex (${size} instructions once compiled, at most ${MAX_PROGRAM_SIZE})`,
                }
                : { compiled, problem: null };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result = { compiled: null, problem: message.replace(/^error parsing regexp: /, '') };
    }
    if (cache.size >= MAX_CACHED)
        cache.delete(cache.keys().next().value);
    cache.set(pattern, result);
    return result;
}
/** The compiled program's instruction count; re2js types its program as `any`, so it is checked. */
function programSize(compiled) {
    const program = compiled.re2().prog;
    const numInst = program?.numInst;
    return typeof numInst === 'function' ? Number(numInst.call(program)) : 0;
}
