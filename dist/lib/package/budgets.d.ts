/** Limits on how much worse the head run may be than the base run; each one left out is not checked. */
export interface Budgets {
    /** Largest drop allowed in each quality metric (0 to 1). */
    maxQualityDrop?: number;
    maxCostIncrease?: CostBudget;
    maxNewIssues?: number;
}
/** In US dollars, or in percent of the base run's cost. */
export type CostBudget = {
    usd: number;
} | {
    percent: number;
};
export declare function parseQualityDrop(value: string): number;
export declare function parseCostIncrease(value: string): CostBudget;
export declare function parseNewIssues(value: string): number;
