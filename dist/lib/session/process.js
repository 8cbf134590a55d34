/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
export function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
