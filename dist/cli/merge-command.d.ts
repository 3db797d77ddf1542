import { Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { type GitHubSessionDependencies } from './github-session.js';
/** `product-health merge`: the JSON comparisons of several shards as one comparison. */
export declare function mergeCommand(io: CliIo, dependencies?: GitHubSessionDependencies): Command;
