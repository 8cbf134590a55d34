import { LyfeError, ExitCode } from '../errors.js';
const LOCAL = /^sess_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}_[0-9a-f]{8}$/;
const ACTIONS = /^gha_\d+_\d+(_[A-Za-z0-9][A-Za-z0-9.-]{0,63})?$/;
/** The ids `newSessionId` made in this process. */
const made = new Set();
/**
 * `bytes` random bytes in hex, from the global Web Crypto: `node:crypto` is loaded when the first
 * is made, not when this module is (`lyfe-kt logs` never makes one).
 */
export function randomHex(bytes) {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
/** `sess_YYYY-MM-DD_HH-MM-SS_<8 hex>`, in UTC. */
export function newSessionId(now = new Date()) {
    const iso = now.toISOString(); // 2025-01-18T17:30:45.123Z
    const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}`;
    const id = `sess_${stamp}_${randomHex(4)}`;
    made.add(id);
    return id;
}
/** Whether this process made `id` (`newSessionId`): no record of such a session was written before it. */
export function begunHere(id) {
    return made.has(id);
}
/** A job or shard key as a session id holds it: `[A-Za-z0-9.-]`, from its first letter or digit; empty when it has none. */
export function sessionKeyOf(key) {
    return key
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^[.-]+|-+$/g, '')
        .slice(0, 64);
}
/** `gha_<run_id>_<run_attempt>[_<job or shard key>]`; the key as `sessionKeyOf` makes it. */
export function actionsSessionId(runId, runAttempt, key) {
    const cleaned = key ? sessionKeyOf(key) : '';
    return assertSessionId(`gha_${runId}_${runAttempt}${cleaned ? `_${cleaned}` : ''}`);
}
export function isSessionId(value) {
    return LOCAL.test(value) || ACTIONS.test(value);
}
export function assertSessionId(value, source = 'session id') {
    if (!isSessionId(value)) {
        throw new LyfeError(`${source} ${JSON.stringify(value)} is not a session id`, {
            fix: 'Use the form sess_YYYY-MM-DD_HH-MM-SS_<8 hex> (see `lyfe-kt logs --list`) or gha_<run_id>_<attempt>[_<key>]',
            exitCode: ExitCode.usage,
        });
    }
    return value;
}
