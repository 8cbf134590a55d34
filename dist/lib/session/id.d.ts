/**
 * `bytes` random bytes in hex, from the global Web Crypto: `node:crypto` is loaded when the first
 * is made, not when this module is (`lyfe-kt logs` never makes one).
 */
export declare function randomHex(bytes: number): string;
/** `sess_YYYY-MM-DD_HH-MM-SS_<8 hex>`, in UTC. */
export declare function newSessionId(now?: Date): string;
/** Whether this process made `id` (`newSessionId`): no record of such a session was written before it. */
export declare function begunHere(id: string): boolean;
/** A job or shard key as a session id holds it: `[A-Za-z0-9.-]`, from its first letter or digit; empty when it has none. */
export declare function sessionKeyOf(key: string): string;
/** `gha_<run_id>_<run_attempt>[_<job or shard key>]`; the key as `sessionKeyOf` makes it. */
export declare function actionsSessionId(runId: string, runAttempt: string, key?: string): string;
export declare function isSessionId(value: string): boolean;
export declare function assertSessionId(value: string, source?: string): string;
