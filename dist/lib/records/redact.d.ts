/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of the environment
 * variables that hold credentials, credential shapes wherever they appear (provider keys, bearer
 * tokens, `api_key=` pairs, the user part of a URL), and fields named like credentials. Ordinary
 * values stay: `GIT_AUTHOR_NAME` is not a secret, and an article that names its author keeps the name.
 */
export declare const REDACTED = "[REDACTED]";
/**
 * A value that could be a credential: one word, no path, and not a plain word (a digit, or a
 * capital after the first letter). `Ana Souza`, `/run/user/1000/agent.sock` and `enabled` are not.
 */
export declare function looksLikeCredential(value: string): boolean;
/** For tests and long-lived hosts whose environment changes. */
export declare function refreshSecrets(): void;
export declare function redactText(text: string): string;
/** A deep copy of `value` with every string redacted and secret-named fields blanked. */
export declare function redactValue<T>(value: T): T;
