/**
 * Exit codes of the CLI. `invalidOutput` lets scripts tell "ran, but some supertask failed the schema"
 * from a crash; `budgetExceeded`, "compared, and the head run regressed past a budget".
 */
export declare const ExitCode: {
    readonly ok: 0;
    readonly failure: 1;
    readonly usage: 2;
    readonly invalidOutput: 3;
    readonly budgetExceeded: 4;
    /** Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it. */
    readonly interrupted: 130;
    /** `--fail-on`: a quality issue at or above the given severity was found. */
    readonly qualityIssues: 5;
};
/** The line the CLI prints after a usage error's own (commander's `showHelpAfterError`). */
export declare const USAGE_HINT = "(run with --help for usage)";
export interface LyfeErrorOptions {
    /** The file the error is about, as the user typed or sees it. */
    file?: string;
    /** What the user should do about it, one sentence. */
    fix?: string;
    exitCode?: number;
    cause?: unknown;
}
/**
 * An error the user can act on. Library code throws these; only the edges (CLI, action, plugin)
 * turn them into exit codes, `setFailed` or bundler errors.
 */
export declare class LyfeError extends Error {
    readonly file?: string;
    readonly fix?: string;
    readonly exitCode: number;
    constructor(message: string, options?: LyfeErrorOptions);
    /** One line: `<file>: <message>. <fix>`, its control characters shown as escapes (`printable`). */
    oneLine(): string;
}
/**
 * `text` for a terminal or a text log, its control characters shown as escapes (`\n`, `\u001b`):
 * a file name or a model's text (a pull request's file may be named anything but `/`) cannot split
 * a line, start a line the CI runner reads as a workflow command (`::error::`), or recolour or clear
 * a terminal. With `lines`, its line breaks are kept: a text shown as a block of lines.
 */
export declare function printable(text: string, lines?: boolean): string;
export declare function errorText(error: unknown): string;
/** Names for a message: the first `max`, then how many more, so that one line stays readable. */
export declare function someNames(names: readonly string[], max?: number): string;
