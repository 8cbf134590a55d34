import { type TokenUsage } from '../records/types.js';
import { type LlmProvider, type LlmRequest } from './provider.js';
/**
 * The command the fixes of failed calls name: the prompt audit of the work folder's session, in the
 * default folders. An edge whose records are elsewhere (a build's) puts its own command in its place.
 */
export declare const PROMPT_AUDIT_COMMAND = "`lyfe-kt logs --prompts`";
/** The command that prints the prompt audit of the session of `workDir`, recorded in `logDir`. */
export declare function folderAuditCommand(workDir: string, logDir: string): string;
/** `fix` naming `command` where it names the prompt audit of the default folders. */
export declare const withAuditCommand: (fix: string, command: string) => string;
/** `error` naming `command` in its fix where it names the prompt audit of the default folders; other errors as they are. */
export declare function namingAuditCommand(error: unknown, command: string): unknown;
/** How a reply is turned into a value: `errors` non-empty means the reply is rejected. */
export type ReplyCheck<T> = (text: string) => {
    value?: T;
    errors: string[];
};
/** The first step of every check: the reply as JSON, or the error that rejects it. */
export declare function parseJsonReply(text: string): {
    value: unknown;
} | {
    errors: string[];
};
/** Waits `ms`, or rejects as soon as `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
export interface CallOptions<T> {
    /** Basenames of the files this call is made for (inputs) and produces (outputs). */
    input: string[];
    /** The path of the file it is made for as the user gave it, which its errors name; `input[0]` when absent. */
    file?: string;
    output: string[];
    check: ReplyCheck<T>;
    /** Attempts after a transport failure (408, 409, 429, 5xx, timeout). */
    maxTransportRetries?: number;
    /** Attempts after a reply that is not JSON or fails the check, with the errors fed back. */
    maxRepairs?: number;
    /** Backoff base when the server gives no `retry-after`. */
    retryBaseMs?: number;
    /** Stops the call: the attempt in flight is aborted, a wait between attempts ends. */
    signal?: AbortSignal;
    /** How the call waits between attempts (tests give their own). */
    sleep?: Sleep;
}
export interface CallResult<T> {
    callId: string;
    /** The accepted value; when `errors` is not empty, the last reply kept although it failed the check. */
    value: T;
    errors: string[];
    attempts: number;
    usage: TokenUsage;
}
/**
 * The one path every LLM call takes. Each attempt, accepted, retried or failed, becomes one
 * prompt-audit record of the current session, linked to the call's output files.
 */
export declare function callLlm<T>(provider: LlmProvider, request: LlmRequest, options: CallOptions<T>): Promise<CallResult<T>>;
