import type { Command } from 'commander';
export declare function registerExportCommand(program: Command, env?: NodeJS.ProcessEnv): void;
