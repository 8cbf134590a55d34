import { setImmediate as turn } from 'node:timers/promises';
import { expect, test, vi } from 'vitest';
import { closeOnSigint } from '../../src/plugin/close-on-sigint.js';
import { deferred } from '../helpers/deferred.js';

test('one listener serves every server: Ctrl-C closes them all, then raises SIGINT once', async () => {
  const before = process.listenerCount('SIGINT');
  const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
  try {
    const first = deferred();
    const second = deferred();
    const reported: unknown[] = [];
    const stopFirst = closeOnSigint(() => first.promise, (error) => reported.push(error));
    closeOnSigint(() => second.promise.then(() => Promise.reject(new Error('not closed'))), (error) => reported.push(error));
    const stopThird = closeOnSigint(() => Promise.resolve(), (error) => reported.push(error));
    stopThird();
    expect(process.listenerCount('SIGINT')).toBe(before + 1);

    process.emit('SIGINT', 'SIGINT');
    // Taken: a second Ctrl-C now has Node's own effect.
    expect(process.listenerCount('SIGINT')).toBe(before);
    first.resolve();
    await turn();
    expect(kill).not.toHaveBeenCalled();
    second.resolve();
    await turn();
    expect(kill).toHaveBeenCalledTimes(1);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
    expect(reported).toEqual([new Error('not closed')]);
    stopFirst();
    expect(process.listenerCount('SIGINT')).toBe(before);
  } finally {
    kill.mockRestore();
  }
});
