import { type Command } from 'commander';
export declare function registerLogsCommand(program: Command): void;
