import type { Command } from 'commander';
export declare function registerViewCommand(program: Command): void;
