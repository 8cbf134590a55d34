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
    /** One line: `<file>: <message>. <fix>` */
    oneLine() {
        const head = this.file ? `${this.file}: ${this.message}` : this.message;
        return this.fix ? `${head.replace(/\.$/, '')}. ${this.fix}` : head;
    }
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
