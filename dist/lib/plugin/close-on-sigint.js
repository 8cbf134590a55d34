/**
 * Ctrl-C (SIGINT) closes what each `close` registered closes, then has its usual effect: the
 * listener is removed and the signal raised again once all are closed, so the process ends as
 * SIGINT ends it (or as the other listeners decide). A second Ctrl-C while closing stops the
 * process at once. Vite closes its dev server on SIGTERM, the `q` shortcut and the end of stdin,
 * but not on SIGINT: without this, Ctrl-C would end the dev session without its `buildEnd`, so
 * without its package. One listener serves every server of the process.
 */
const closers = new Set();
function onSigint() {
    process.off('SIGINT', onSigint);
    const closing = [...closers];
    closers.clear();
    void Promise.allSettled(closing.map((closer) => closer.close().catch(closer.report))).finally(() => process.kill(process.pid, 'SIGINT'));
}
/** Registers `close` for Ctrl-C; returns what unregisters it (the listener goes with the last one). */
export function closeOnSigint(close, report) {
    const closer = { close, report };
    if (closers.size === 0)
        process.on('SIGINT', onSigint);
    closers.add(closer);
    return () => {
        if (closers.delete(closer) && closers.size === 0)
            process.off('SIGINT', onSigint);
    };
}
