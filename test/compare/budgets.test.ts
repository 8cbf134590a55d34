import { describe, expect, it } from 'vitest';
import { parseCostIncrease, parseNewIssues, parseQualityDrop } from '../../src/package/budgets.js';
import { budgetError, checkBudgets, metricDelta, RUN_METRICS, type Comparison, type RunMetric } from '../../src/package/compare.js';
import { ExitCode, LyfeError } from '../../src/errors.js';

/** A comparison with only the numbers the budgets read. */
function numbers(values: Partial<Record<RunMetric, [number | null, number | null]>>, issues: Comparison['quality_issues'] = { base: null, head: null, delta: null, new: null }): Comparison {
  const metrics = Object.fromEntries(RUN_METRICS.map((metric) => [metric, metricDelta(metric, ...(values[metric] ?? [null, null]))])) as Comparison['metrics'];
  const side = { path: 'p', session_id: null, digest: null, compressed: false, success: true, model: null };
  return { base: side, head: side, counts: { added: 0, removed: 0, changed: 0, unchanged: 0 }, sources: [], metrics, quality_issues: issues };
}

const quality = (base: number | null, head: number | null): Partial<Record<RunMetric, [number | null, number | null]>> => ({
  schema_compliance: [base, head],
  mobile_optimization_score: [1, 1],
  ari_persona_consistency: [1, 1],
});

describe('budgets', () => {
  it('none given: nothing checked, no failure', () => {
    expect(checkBudgets(numbers(quality(1, 0)), {})).toEqual([]);
    expect(budgetError([], 'head')).toBeNull();
  });

  it('a quality drop equal to the budget passes; one past it fails, floating point aside', () => {
    const [pass] = checkBudgets(numbers(quality(0.9, 0.8)), { maxQualityDrop: 0.1 });
    expect(pass.status).toBe('pass');
    const [fail] = checkBudgets(numbers(quality(0.9, 0.7999)), { maxQualityDrop: 0.1 });
    expect(fail).toEqual({ budget: 'max-quality-drop', limit: '0.1', status: 'fail', message: 'quality drop at most 0.1: exceeded: schema_compliance dropped 0.1001 (0.9 -> 0.7999)' });
    const error = budgetError([fail], 'packages/head');
    expect(error).toBeInstanceOf(LyfeError);
    expect(error!.exitCode).toBe(ExitCode.budgetExceeded);
    expect(error!.oneLine()).toMatch(/^packages\/head: 1 budget\(s\) exceeded: --max-quality-drop 0\.1\. /);
  });

  it('a run that generated nothing has no quality to compare: unknown, named, and a fall elsewhere still fails', () => {
    const [unknown] = checkBudgets(numbers(quality(1, null)), { maxQualityDrop: 0.1 });
    expect(unknown).toMatchObject({ status: 'unknown', message: 'quality drop at most 0.1: not checked: schema_compliance (not in the head run)' });
    expect(budgetError([unknown], 'head')).toBeNull();
    const mixed = numbers({ schema_compliance: [1, null], mobile_optimization_score: [1, 0.5], ari_persona_consistency: [1, 1] });
    const [fail] = checkBudgets(mixed, { maxQualityDrop: 0.1 });
    expect(fail).toMatchObject({ status: 'fail', message: 'quality drop at most 0.1: exceeded: mobile_optimization_score dropped 0.5 (1 -> 0.5); not checked: schema_compliance (not in the head run)' });
  });

  it('cost: from nothing to something is past any percent; a cheaper run passes', () => {
    const [free] = checkBudgets(numbers({ cost_usd: [0, 0.01] }), { maxCostIncrease: { percent: 1000 } });
    expect(free).toMatchObject({ status: 'fail', message: 'cost increase at most 1000%: exceeded: $0.00 -> $0.01 (+$0.01)' });
    const [cheaper] = checkBudgets(numbers({ cost_usd: [0.5, 0.25] }), { maxCostIncrease: { usd: 0 } });
    expect(cheaper).toMatchObject({ status: 'pass', message: 'cost increase at most $0.00: within: $0.50 -> $0.25 (-$0.25, -50%)' });
  });

  it('cost: a run of a fraction of a cent is judged on its exact increase, not one rounded to 4 places', () => {
    const pair = numbers({ cost_usd: [0.00108, 0.0012204] });
    expect(pair.metrics.cost_usd.delta).toBe(0.0001404);
    const [percent] = checkBudgets(pair, { maxCostIncrease: { percent: 10 } });
    expect(percent).toMatchObject({ status: 'fail', message: expect.stringMatching(/^cost increase at most 10%: exceeded: .*, \+13%\)$/) });
    const [usd] = checkBudgets(pair, { maxCostIncrease: { usd: 0.0001 } });
    expect(usd.status).toBe('fail');
    const [within] = checkBudgets(pair, { maxCostIncrease: { percent: 13 } });
    expect(within.status).toBe('pass');
  });

  it('cost: the limit and the amounts are shown as exactly as they were judged, never rounded to look equal', () => {
    const pair = numbers({ cost_usd: [0.01485, 0.051975] });
    const [fail] = checkBudgets(pair, { maxCostIncrease: { usd: 0.037124 } });
    expect(fail).toMatchObject({ limit: '$0.037124', status: 'fail', message: 'cost increase at most $0.037124: exceeded: $0.01485 -> $0.051975 (+$0.037125, +250%)' });
    expect(budgetError([fail], 'head')!.oneLine()).toMatch(/--max-cost-increase \$0\.037124\./);
    const [pass] = checkBudgets(pair, { maxCostIncrease: { usd: 0.037125 } });
    expect(pass).toMatchObject({ status: 'pass', message: 'cost increase at most $0.037125: within: $0.01485 -> $0.051975 (+$0.037125, +250%)' });
    const [small] = checkBudgets(numbers({ cost_usd: [0.00108, 0.0012204] }), { maxCostIncrease: { usd: 0.0001 } });
    expect(small.message).toBe('cost increase at most $0.0001: exceeded: $0.00108 -> $0.0012204 (+$0.0001404, +13%)');
    const [tiny] = checkBudgets(numbers({ cost_usd: [0, 0.00000005] }), { maxCostIncrease: { usd: 0 } });
    expect(tiny.message).toBe('cost increase at most $0.00: exceeded: $0.00 -> $0.00000005 (+$0.00000005)');
  });

  it('new issues: unknown unless both runs carry theirs', () => {
    const [unknown] = checkBudgets(numbers({}, { base: 2, head: null, delta: null, new: null }), { maxNewIssues: 0 });
    expect(unknown).toMatchObject({ status: 'unknown', message: 'new quality issues at most 0: not checked: the head run has no logs/quality_issues.json' });
  });
});

describe('budget values', () => {
  it('are parsed as documented, and refused otherwise with a usage error', () => {
    expect(parseQualityDrop('0.05')).toBe(0.05);
    expect(parseCostIncrease('0.50')).toEqual({ usd: 0.5 });
    expect(parseCostIncrease('10%')).toEqual({ percent: 10 });
    expect(parseNewIssues('0')).toBe(0);
    for (const bad of [() => parseQualityDrop('1.5'), () => parseQualityDrop(''), () => parseCostIncrease('-1'), () => parseCostIncrease('$1'), () => parseNewIssues('1.5'), () => parseNewIssues('')]) {
      expect(bad).toThrow(LyfeError);
      try {
        bad();
      } catch (error) {
        expect((error as LyfeError).exitCode).toBe(ExitCode.usage);
      }
    }
  });
});
