/** Failure of one attempt. `retryable` decides whether the audited call tries again. */
export class LlmAttemptError extends Error {
    retryable;
    httpStatus;
    retryAfterMs;
    /**
     * The server refused a parameter and the provider changed it for the next attempt (said here):
     * the call tries again at once, without counting a transport retry.
     */
    adaptation;
    /** The parameters the attempt was sent with. */
    params;
    /** The caller's signal aborted the attempt. */
    aborted;
    /** The request never reached the server: the connection was refused, or the host was not found. */
    unsent;
    /** What the user should do when the call fails on it, when the provider knows better than the prompt audit. */
    fix;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LlmAttemptError';
        this.retryable = options.retryable;
        this.httpStatus = options.httpStatus;
        this.retryAfterMs = options.retryAfterMs;
        this.adaptation = options.adaptation;
        this.params = options.params;
        this.aborted = options.aborted ?? false;
        this.unsent = options.unsent ?? false;
        this.fix = options.fix;
    }
}
