import { type Command } from 'commander';
export declare function registerCompareCommand(program: Command): void;
