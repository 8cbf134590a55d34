// Counts the page loads of the dev entry (see dev.js).
globalThis.pageLoads = (globalThis.pageLoads ?? 0) + 1;
export const page = globalThis.pageLoads;
