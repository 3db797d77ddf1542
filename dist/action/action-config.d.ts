/**
 * The configuration the scan should use for `config-path`. The default path: undefined, so the
 * core reads the repository's file through the API (and follows Probot's convention: the
 * organisation's `.github` repository, `_extends`). Another path: that file of the checkout
 * (`GITHUB_WORKSPACE`), which must be there.
 */
export declare function readActionConfig(configPath: string, workspace: string | undefined): Promise<{
    file: string;
    text: string;
} | undefined>;
