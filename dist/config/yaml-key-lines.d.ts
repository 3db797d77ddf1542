/**
 * Maps each JSON pointer of the first YAML document (`/feedback/labels/0`) to the 1-based line
 * where it is written, so validation errors can name the line. Keys point at the key's line.
 */
export declare function yamlKeyLines(text: string): Map<string, number>;
/** The line of a pointer, else of its nearest written ancestor; null when nothing matches. */
export declare function lineOfPointer(lines: Map<string, number>, pointer: string): number | null;
