/** The budgets of a comparison as the CLI's options and the action's inputs give them. */
import { ExitCode, LyfeError } from '../errors.js';
function usage(option, expected, value) {
    return new LyfeError(`${option} ${JSON.stringify(value)}: expected ${expected}`, { fix: `Give ${option} ${expected}`, exitCode: ExitCode.usage });
}
export function parseQualityDrop(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
        throw usage('--max-quality-drop', 'a number from 0 to 1 (0.05: five points of a metric)', value);
    return n;
}
export function parseCostIncrease(value) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
    if (!match)
        throw usage('--max-cost-increase', 'US dollars (0.50) or a percent of the base cost (10%)', value);
    return match[2] ? { percent: Number(match[1]) } : { usd: Number(match[1]) };
}
export function parseNewIssues(value) {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n))
        throw usage('--max-new-issues', 'a whole number, 0 or more', value);
    return n;
}
