/**
 * Exit codes of the CLI. `invalidOutput` lets scripts tell "ran, but some supertask failed the schema"
 * from a crash; `budgetExceeded`, "compared, and the head run regressed past a budget".
 */
export const ExitCode = {
    ok: 0,
    failure: 1,
    usage: 2,
    invalidOutput: 3,
    budgetExceeded: 4,
    /** Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it. */
    interrupted: 130,
    /** `--fail-on`: a quality issue at or above the given severity was found. */
    qualityIssues: 5,
};
/** The line the CLI prints after a usage error's own (commander's `showHelpAfterError`). */
export const USAGE_HINT = '(run with --help for usage)';
/**
 * An error the user can act on. Library code throws these; only the edges (CLI, action, plugin)
 * turn them into exit codes, `setFailed` or bundler errors.
 */
export class LyfeError extends Error {
    file;
    fix;
    exitCode;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LyfeError';
        this.file = options.file;
        this.fix = options.fix;
        this.exitCode = options.exitCode ?? ExitCode.failure;
    }
    /** One line: `<file>: <message>. <fix>`, its control characters shown as escapes (`printable`). */
    oneLine() {
        const head = this.file ? `${this.file}: ${this.message}` : this.message;
        return printable(this.fix ? `${head.replace(/\.$/, '')}. ${this.fix}` : head);
    }
}
/** C0 controls but tab, DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The same but line breaks (`\n`, `\r\n`). */
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;
/** `CONTROL_IN_LINES`'s characters, and `\r` (of a `\r\n` too): one character class is the cheapest search. */
const ANY_CONTROL_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESCAPES = { '\n': '\\n', '\r': '\\r' };
/**
 * `text` for a terminal or a text log, its control characters shown as escapes (`\n`, `\u001b`):
 * a file name or a model's text (a pull request's file may be named anything but `/`) cannot split
 * a line, start a line the CI runner reads as a workflow command (`::error::`), or recolour or clear
 * a terminal. With `lines`, its line breaks are kept: a text shown as a block of lines.
 */
export function printable(text, lines = false) {
    // A block of lines is a prompt or a reply, megabytes of them in a package's prompt audit: a search
    // of one character class (about 60 % of the replacing scan's time) finds most hold nothing to escape.
    if (lines && !ANY_CONTROL_IN_LINES.test(text))
        return text;
    return text.replace(lines ? CONTROL_IN_LINES : CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
export function errorText(error) {
    if (error instanceof LyfeError)
        return error.oneLine();
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Names for a message: the first `max`, then how many more, so that one line stays readable. */
export function someNames(names, max = 5) {
    return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
