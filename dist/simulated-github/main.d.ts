import { type SimulatedGitHubServer } from './serve-simulated-github.js';
import { SimulatedGitHub, type SimulatedGitHubOptions, type SimulatedGitHubStats, type SimulatedRepositorySpec } from './simulated-github.js';
type FileOptions = Omit<SimulatedGitHubOptions, 'now' | 'baseUrl' | 'graphqlPath'>;
/** Reads a spec file: an array of specs, or `{ repositories, options }`. */
export declare function readSpecFile(path: string): Promise<{
    specs: SimulatedRepositorySpec[];
    options: FileOptions;
}>;
/** The sample organisation served, when `--organisation` was given. */
export interface ServedOrganisation {
    owner: string;
    seed: number;
    now: Date;
    /** Repositories by profile. */
    profiles: Record<string, number>;
    archived: number;
}
/** Starts the server the command line describes. */
export declare function startFromArguments(args: string[], cwd?: string): Promise<{
    simulated: SimulatedGitHub;
    server: SimulatedGitHubServer;
    organisation: ServedOrganisation | null;
}>;
/** One JSON line: what the simulator saw and did, and its process's memory. */
export declare function statsLine(stats: SimulatedGitHubStats): string;
export {};
