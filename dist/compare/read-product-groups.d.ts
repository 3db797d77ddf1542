/**
 * A mapping file naming which repositories form one product, in YAML or JSON:
 *
 *     Trouve ta formation: [example/trouve-ta-formation, example/ttf-api]
 *
 * Returns product names by `owner/name` in lowercase. Throws an error saying what to fix.
 */
export declare function parseProductGroups(text: string, file: string): Map<string, string>;
/** `OWNER/REPO` per line (or separated by commas); blank lines and `#` comments ignored. */
export declare function parseRepositoryList(text: string, where: string): string[];
