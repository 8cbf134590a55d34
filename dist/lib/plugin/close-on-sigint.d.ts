/**
 * Ctrl-C (SIGINT) closes what `close` closes, then has its usual effect: the listener is removed and
 * the signal raised again, so the process ends as SIGINT ends it (or as the other listeners decide).
 * A second Ctrl-C while closing stops the process at once. Vite closes its dev server on SIGTERM,
 * the `q` shortcut and the end of stdin, but not on SIGINT: without this, Ctrl-C would end the dev
 * session without its `buildEnd`, so without its package. Returns what stops listening.
 */
export declare function closeOnSigint(close: () => Promise<void>, report: (error: unknown) => void): () => void;
