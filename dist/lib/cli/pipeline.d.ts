import { type Command } from 'commander';
export declare function registerPipelineCommands(program: Command): void;
