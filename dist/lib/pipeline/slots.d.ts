import { type CallSlot } from './options.js';
export type { CallSlot } from './options.js';
/** The calls run at once, in no slot: a single file's calls, outside a stage. */
export declare const noSlot: CallSlot;
/**
 * `concurrency` slots for the calls of a stage's files: a slot is held by a file's calls only, not
 * by what is done with their replies. What the calls returned comes back one turn of the event loop
 * after they end: by then the next file's calls, started as the slot freed, are sent, and the work
 * on the reply (the template rendered, the outputs written, the records) runs while they are in
 * flight instead of before they leave. With every slot busy, a round of calls is then one call's
 * latency plus the handling of a reply up to its check, not plus every output's writing.
 */
export declare function callSlots(concurrency: number | undefined): CallSlot;
