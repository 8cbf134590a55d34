import { type PriceTable, type PriceTableInfo } from './cost.js';
/** The shipped table with the models of the price file `file` laid over it. */
export declare function loadPriceTable(file: string): PriceTable;
/**
 * The table for the price file `file` that cannot be used where the run must still be reported (the
 * action's report step): it prices no model, so every billed call's cost is unknown, and the views
 * name the file with a date that is unknown.
 */
export declare function unusablePriceTable(file: string): PriceTable;
/**
 * Makes the price file `file`, else LYFE_KT_PRICES's, the table this process prices with; without
 * either, the shipped table stays. The edges call it before reading any session.
 */
export declare function usePriceFile(file: string | undefined, env?: NodeJS.ProcessEnv): void;
/**
 * The table to price packages with again, from their records: the table in use, unless none was
 * chosen in this process (`--prices`, LYFE_KT_PRICES) and the packages were all priced with one
 * price file, which still holds that table: then that file, read again where they read it.
 * `theirs` is their common table; `unread` says why their file was not used.
 */
export declare function packagesPriceTable(tables: readonly PriceTableInfo[]): {
    prices: PriceTable;
    theirs?: PriceTableInfo;
    unread?: string;
};
