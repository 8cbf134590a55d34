import { InvalidArgumentError, Option, type Command } from 'commander';
import { LyfeError } from '../errors.js';
import { parseCostIncrease, parseNewIssues, parseQualityDrop, type Budgets } from '../package/budgets.js';
import { budgetError, checkBudgets, comparePackages } from '../package/compare.js';
import { renderComparisonMarkdown, renderComparisonText } from '../package/compare-render.js';
import { chars } from '../package/markdown.js';
import { printJson } from './common.js';

interface CompareCliOptions extends Budgets {
  json?: boolean;
  markdown?: boolean;
}

/** `--markdown` fits a pull-request comment, GitHub's smallest limit (a job summary takes 1 MiB). */
const MARKDOWN_LIMIT_CHARS = 65_536;

/** A budget's parser as commander wants it: a bad value is a usage error with commander's message. */
function option<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof LyfeError) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

export function registerCompareCommand(program: Command): void {
  program
    .command('compare <base-package> <head-package>')
    .description('what changed from one package to another: each source added, removed, changed or unchanged, the lessons diffed, the run\'s numbers side by side; budgets make a regression exit 4')
    .addOption(new Option('--json', 'print the comparison as JSON').conflicts('markdown'))
    .option('--markdown', `print it as GitHub markdown, escaped, at most ${MARKDOWN_LIMIT_CHARS} characters (a pull-request comment)`)
    .option('--max-quality-drop <n>', 'fail (exit 4) when a quality metric drops by more than n (0 to 1)', option(parseQualityDrop))
    .option('--max-cost-increase <usd|n%>', 'fail (exit 4) when the cost rises by more than this, in US dollars or percent of the base cost', option(parseCostIncrease))
    .option('--max-new-issues <n>', 'fail (exit 4) when the head run has more than n quality issues the base run does not', option(parseNewIssues))
    .action((base: string, head: string, options: CompareCliOptions) => {
      const comparison = comparePackages(base, head);
      const checks = checkBudgets(comparison, options);
      if (options.json) printJson({ ...comparison, budgets: checks });
      else if (options.markdown) process.stdout.write(renderComparisonMarkdown(comparison, checks, { limit: MARKDOWN_LIMIT_CHARS, measure: chars }));
      else process.stdout.write(renderComparisonText(comparison, checks));
      const exceeded = budgetError(checks, head);
      if (exceeded) throw exceeded;
    });
}
