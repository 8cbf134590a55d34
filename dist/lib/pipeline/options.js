export const DEFAULT_CONCURRENCY = 4;
