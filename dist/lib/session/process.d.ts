/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
export declare function processAlive(pid: number): boolean;
/** Of `/proc/<pid>/stat`: the process's state letter and its start, in clock ticks since boot. */
export declare function parseProcStat(text: string): {
    state: string;
    startTicks: number;
};
/**
 * Whether `pid` is still the process that wrote a record at `since` (epoch ms), and still runs:
 * alive, not a zombie (ended, not yet reaped), and started no later than `since` (a later start
 * is another process that reuses the pid). Where /proc is missing (not Linux), `processAlive`.
 * The start is taken from the boot time rounded down to the second, so it is never later than the
 * true start: a process is never thought a newcomer when it is not; a pid reused within a second
 * of `since` is taken for the old process.
 */
export declare function processRunning(pid: number, since: number): boolean;
