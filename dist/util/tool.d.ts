/** Name and version of this tool, as reports state them. */
export declare const TOOL: {
    readonly name: string;
    readonly version: string;
};
