/** The budgets of a comparison as the CLI's options and the action's inputs give them. */
import { ExitCode, LyfeError } from '../errors.js';

/** Limits on how much worse the head run may be than the base run; each one left out is not checked. */
export interface Budgets {
  /** Largest drop allowed in each quality metric (0 to 1). */
  maxQualityDrop?: number;
  maxCostIncrease?: CostBudget;
  maxNewIssues?: number;
}

/** In US dollars, or in percent of the base run's cost. */
export type CostBudget = { usd: number } | { percent: number };

function usage(option: string, expected: string, value: string): LyfeError {
  return new LyfeError(`${option} ${JSON.stringify(value)}: expected ${expected}`, { fix: `Give ${option} ${expected}`, exitCode: ExitCode.usage });
}

export function parseQualityDrop(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw usage('--max-quality-drop', 'a number from 0 to 1 (0.05: five points of a metric)', value);
  return n;
}

export function parseCostIncrease(value: string): CostBudget {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  if (!match) throw usage('--max-cost-increase', 'US dollars (0.50) or a percent of the base cost (10%)', value);
  return match[2] ? { percent: Number(match[1]) } : { usd: Number(match[1]) };
}

export function parseNewIssues(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw usage('--max-new-issues', 'a whole number, 0 or more', value);
  return n;
}
