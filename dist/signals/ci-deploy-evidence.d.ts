import type { ConfigPattern } from './config-pattern.js';
/** Why a CI definition is judged to deploy, in short English phrases (e.g. `environment production`). */
export type DeployReasons = string[];
export interface CiFileAnalysis {
    path: string;
    /** False when the text could not be read or parsed: only the path was judged. */
    parsed: boolean;
    /** True when the text was read but is not valid YAML. */
    yamlError: boolean;
    deploy: DeployReasons;
}
export interface DeployPatterns {
    /** Production environment names (config `deployments.productionEnvironment`). */
    production: ConfigPattern;
    /** Deploy workflow, job or stage names (config `deployments.workflow`). */
    workflow: ConfigPattern;
}
/** Reads a GitHub Actions workflow: its name or file, production environments, deploy steps. */
export declare function analyseWorkflow(path: string, text: string | null, patterns: DeployPatterns): CiFileAnalysis;
/** Reads another CI definition (GitLab, CircleCI, Woodpecker…, or a Jenkinsfile) for deploy jobs. */
export declare function analyseCiFile(path: string, text: string | null, patterns: DeployPatterns): CiFileAnalysis;
/** A YAML mapping as a record; null for anything else (a list, a scalar, null). */
export declare function asRecord(value: unknown): Record<string, unknown> | null;
/** `environment: production` or `environment: { name: production }`. */
export declare function environmentName(value: unknown): string | null;
