/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
export declare function processAlive(pid: number): boolean;
