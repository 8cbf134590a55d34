/** Failure of one attempt. `retryable` decides whether the audited call tries again. */
export class LlmAttemptError extends Error {
    retryable;
    httpStatus;
    retryAfterMs;
    constructor(message, options) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LlmAttemptError';
        this.retryable = options.retryable;
        this.httpStatus = options.httpStatus;
        this.retryAfterMs = options.retryAfterMs;
    }
}
