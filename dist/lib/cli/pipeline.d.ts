import type { Command } from 'commander';
export declare const WorkFolders: {
    readonly raw: "01_raw";
    readonly preprocessed: "02_preprocessed";
    readonly output: "03_output";
    readonly reports: "reports";
};
export declare function registerPipelineCommands(program: Command): void;
