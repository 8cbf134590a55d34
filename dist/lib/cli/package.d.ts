import type { Command } from 'commander';
import type { PackageResult } from '../package/assemble.js';
import { Reporter, type SessionOptions } from './common.js';
/** The packaging options `package` and `run` share. */
export interface PackageCommandOptions {
    outputDir: string;
    title?: string;
    keepWork?: boolean;
    compress?: boolean;
}
/** `--output-dir`, `--title`, `--keep-work`, `--compress`, for `run` and `package` (whose title may also be its argument). */
export declare function addPackageOptions(command: Command): Command;
export declare function reportPackage(result: PackageResult, options: Pick<SessionOptions, 'json' | 'quiet'>, reporter: Reporter): void;
export declare function registerPackageCommands(program: Command): void;
