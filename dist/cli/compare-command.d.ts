import { Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { type GitHubSessionDependencies } from './github-session.js';
/**
 * `product-health compare`: product health of many repositories side by side, for coaches. Reads
 * each repository's product-health issue when its state is fresh, scans the others.
 */
export declare function compareCommand(io: CliIo, dependencies?: GitHubSessionDependencies): Command;
