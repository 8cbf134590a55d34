import { Option, type Command } from 'commander';
import type { ProgressEvent } from '../pipeline/options.js';
export { printJson } from './json.js';
/** Options every command that reads or writes a session has. */
export interface SessionOptions {
    workDir: string;
    logDir: string;
    session?: string;
    quiet?: boolean;
    json?: boolean;
}
/**
 * `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. An empty value is the default (a
 * workflow's unset output), as for the build plugin: the empty path would be the current folder.
 */
export declare function logDirOption(): Option;
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`; an empty value is the default, as for `--log-dir`. */
export declare function workDirOption(description: string): Option;
/** `--output-dir` of `package`, `run` and `merge`: the flag, else `packages`; an empty value is the default, as for `--log-dir`. */
export declare function outputDirOption(): Option;
/**
 * `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset
 * output). commander keeps a parser's undefined as '': the empty value is dropped before the action.
 * A malformed value from the environment is refused as the variable's, which the user set, not typed.
 */
export declare function addSessionOption(command: Command, description: string): Command;
/** `-q`: progress and notes go; warnings (something skipped, something to look at) and errors stay. */
export declare const QUIET_HELP = "print only warnings and errors on stderr";
/** The work folder, log and session options; `sessionDefault` is what `--session` is when not given (`run` never joins the work folder's). */
export declare function addSessionOptions(command: Command, sessionDefault?: string): Command;
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
export declare function parseSize(value: string): number;
/** A commander parser for a whole number from `min` to `max`. */
export declare function wholeNumber(min: number, max: number): (value: string) => number;
export declare const parsePositiveInt: (value: string) => number;
export type Color = 'red' | 'green' | 'yellow' | 'blue' | 'dim' | 'bold';
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
export declare function colorEnabled(stream?: NodeJS.WriteStream): boolean;
export declare function paint(color: Color, text: string, stream?: NodeJS.WriteStream): string;
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
export declare class Reporter {
    private readonly options;
    private barShown;
    /** The last progress of each stage seen. */
    private readonly stages;
    /** Of each stage, the files that failed once the command was interrupted. */
    private readonly stopped;
    constructor(options: {
        quiet?: boolean;
    });
    note(message: string): void;
    /** A warning or error found in what the command made (a quality issue), its control characters shown as escapes: kept with --quiet, as warnings are. */
    listed(message: string): void;
    warn(message: string): void;
    /**
     * A file done. `interrupted`: the command was told to stop (Ctrl-C), and every file not finished
     * fails at once: one per line, thousands of them would bury the reason; the first one's line says
     * it, the rest are counted in one line once the stage has none left.
     */
    progress(event: ProgressEvent, interrupted?: boolean): void;
    private clearBar;
}
