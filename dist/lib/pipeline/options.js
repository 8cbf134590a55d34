export const DEFAULT_CONCURRENCY = 4;
/** The CLI refuses inputs larger than this unless `--max-input-size` raises it: some 130k tokens, more than a model takes. */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024;
