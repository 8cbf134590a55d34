import fs from 'node:fs';
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
/** Clock ticks per second of `/proc/<pid>/stat` times: USER_HZ, 100 on every Linux architecture. */
const USER_HZ = 100;
/** Of `/proc/<pid>/stat`: the process's state letter and its start, in clock ticks since boot. */
export function parseProcStat(text) {
    // The command name (field 2) is in parentheses and may hold spaces or parentheses: fields count from its last `)`.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTicks: Number(fields[19]) };
}
/** The machine's boot time in epoch seconds (`btime` of /proc/stat, rounded down), or undefined without /proc. */
function bootSeconds() {
    let text;
    try {
        text = fs.readFileSync('/proc/stat', 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const btime = /^btime (\d+)$/m.exec(text)?.[1];
    return btime === undefined ? undefined : Number(btime);
}
/**
 * Whether `pid` is still the process that wrote a record at `since` (epoch ms), and still runs:
 * alive, not a zombie (ended, not yet reaped), and started no later than `since` (a later start
 * is another process that reuses the pid). Where /proc is missing (not Linux), `processAlive`.
 * The start is taken from the boot time rounded down to the second, so it is never later than the
 * true start: a process is never thought a newcomer when it is not; a pid reused within a second
 * of `since` is taken for the old process.
 */
export function processRunning(pid, since) {
    if (!processAlive(pid))
        return false;
    let stat;
    try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        // Gone since the signal asked: ended. No /proc at all (not Linux): the signal's answer is all there is.
        return !fs.existsSync('/proc/self/stat');
    }
    const { state, startTicks } = parseProcStat(stat);
    if (state === 'Z' || state === 'X')
        return false;
    const boot = bootSeconds();
    if (boot === undefined || !Number.isFinite(startTicks))
        return true;
    return boot * 1000 + (startTicks * 1000) / USER_HZ <= since;
}
