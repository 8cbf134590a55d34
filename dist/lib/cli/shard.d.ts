import type { Command } from 'commander';
export declare function registerShardCommand(program: Command): void;
