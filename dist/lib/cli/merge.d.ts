import type { Command } from 'commander';
export declare function registerMergeCommand(program: Command): void;
