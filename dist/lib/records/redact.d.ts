/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of environment
 * variables whose names look secret, and well-known token shapes wherever they appear.
 */
export declare const REDACTED = "[REDACTED]";
/** For tests and long-lived hosts whose environment changes. */
export declare function refreshSecrets(): void;
export declare function redactText(text: string): string;
/** A deep copy of `value` with every string redacted and secret-named fields blanked. */
export declare function redactValue<T>(value: T): T;
