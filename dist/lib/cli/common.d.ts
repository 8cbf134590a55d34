import { type Command } from 'commander';
import type { ProviderName } from '../pipeline/providers.js';
import type { SchemaVersion } from '../pipeline/schema.js';
/** Options every command that reads or writes a session has. */
export interface SessionOptions {
    workDir: string;
    logDir: string;
    session?: string;
    quiet?: boolean;
    json?: boolean;
}
export interface GenerationOptions {
    provider?: ProviderName;
    model?: string;
    schemaVersion: SchemaVersion;
    concurrency: number;
}
export declare function addSessionOptions(command: Command): Command;
export declare function addGenerationOptions(command: Command): Command;
export declare function parsePositiveInt(value: string): number;
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export declare function colorEnabled(stream?: NodeJS.WriteStream): boolean;
export declare function paint(code: number, text: string, stream?: NodeJS.WriteStream): string;
export declare const colors: {
    readonly red: 31;
    readonly green: 32;
    readonly yellow: 33;
    readonly blue: 34;
    readonly dim: 2;
    readonly bold: 1;
};
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
export declare class Reporter {
    private readonly options;
    private barShown;
    constructor(options: {
        quiet?: boolean;
    });
    note(message: string): void;
    warn(message: string): void;
    progress(event: {
        file: string;
        done: number;
        total: number;
        ok: boolean;
    }): void;
    private clearBar;
}
export declare function printJson(value: unknown): void;
