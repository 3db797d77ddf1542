import { Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { type GitHubSessionDependencies } from './github-session.js';
export declare function scanCommand(io: CliIo, dependencies?: GitHubSessionDependencies): Command;
