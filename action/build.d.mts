import type { BuildOptions, BuildResult } from 'esbuild';

export const ROOT: string;
export const ENTRY: string;
export const BUNDLE: string;
export function bundleOptions(outfile?: string): BuildOptions;
export function bundleAction(outfile?: string): Promise<BuildResult>;
