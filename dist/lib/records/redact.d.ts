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
/**
 * `text` without any of `secrets` as a server may quote it back (in an error, a collector's
 * message): each in any of its forms (`secretForms`), and, for a secret of 16 characters or more,
 * any run of key characters that shares 8 characters in a row with one of its forms, so a key
 * quoted in part (`sk-proj-abc1...`), cut across lines, or base64'd inside a `Basic` value is gone too.
 */
export declare function redactEchoes(text: string, secrets: readonly string[]): string;
/**
 * A deep copy of `value` with every string redacted and secret-named fields blanked, holding what
 * its JSON text holds: `JSON.parse(JSON.stringify(copy))` equals the copy. So the record that the
 * writer's listeners see is the record its line reads back as (see writer.ts `onRecord`). As in
 * JSON, `toJSON` gives an object's value, a value JSON has no text for (`undefined`, a function, a
 * symbol) is left out of an object and `null` in an array, a number that is not finite is `null`,
 * and -0 is 0; an error is its name and redacted message.
 */
export declare function redactValue<T>(value: T): T;
