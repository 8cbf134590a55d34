import { type PriceTable } from './cost.js';
/** The shipped table with the models of the price file `file` laid over it. */
export declare function loadPriceTable(file: string): PriceTable;
/**
 * Makes the price file `file`, else LYFE_KT_PRICES's, the table this process prices with; without
 * either, the shipped table stays. The edges call it before reading any session.
 */
export declare function usePriceFile(file: string | undefined, env?: NodeJS.ProcessEnv): void;
