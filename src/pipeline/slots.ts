import { setImmediate as nextTurn } from 'node:timers/promises';
import pLimit from 'p-limit';
import { DEFAULT_CONCURRENCY, type CallSlot } from './options.js';

export type { CallSlot } from './options.js';

/** The calls run at once, in no slot: a single file's calls, outside a stage. */
export const noSlot: CallSlot = (calls) => calls();

/**
 * `concurrency` slots for the calls of a stage's files: a slot is held by a file's calls only, not
 * by what is done with their replies. What the calls returned comes back one turn of the event loop
 * after they end: by then the next file's calls, started as the slot freed, are sent, and the work
 * on the reply (the template rendered, the outputs written, the records) runs while they are in
 * flight instead of before they leave. With every slot busy, a round of calls is then one call's
 * latency plus the handling of a reply up to its check, not plus every output's writing.
 */
export function callSlots(concurrency: number | undefined): CallSlot {
  const limit = pLimit(concurrency || DEFAULT_CONCURRENCY);
  return async (calls) => {
    const value = await limit(calls);
    await nextTurn();
    return value;
  };
}
