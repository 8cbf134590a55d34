/**
 * The run-level quality metrics: one definition for every report of a run. The pipeline's
 * `generation_report.json` aggregates the outputs it just scored; the session model aggregates
 * the same per-output scores from the `file.result` records; both call this, so the two agree.
 * The per-output formulas are in `pipeline/metrics.ts`; docs/metrics.md gives both.
 */

export interface RunQuality {
  /** Valid outputs / outputs. */
  schema_compliance: number | null;
  /** Means over the outputs that carry the score. */
  mobile_optimization_score: number | null;
  ari_persona_consistency: number | null;
}

/** What an output contributes to the run's metrics: a score is null when its record carries none. */
export interface ScoredOutput {
  valid: boolean;
  mobile_optimization_score: number | null;
  ari_persona_consistency: number | null;
}

/** Every metric, per output and per run, is rounded to three decimals. */
export const roundMetric = (value: number): number => Math.round(value * 1000) / 1000;

/** A running mean: added to one value at a time, so that no list of scores is kept. */
class Mean {
  private sum = 0;
  private count = 0;

  add(value: number | null): void {
    if (value === null) return;
    this.sum += value;
    this.count += 1;
  }

  value(): number | null {
    return this.count ? roundMetric(this.sum / this.count) : null;
  }
}

/**
 * The run's metrics: schema compliance over all outputs, the two scores as means of the
 * per-output scores. Every metric is null when nothing was generated: a run that made nothing has
 * no quality to measure, which 0 would misreport as the worst quality.
 */
export function aggregateQuality(outputs: Iterable<ScoredOutput>): RunQuality {
  let total = 0;
  let valid = 0;
  const mobile = new Mean();
  const persona = new Mean();
  for (const output of outputs) {
    total += 1;
    if (output.valid) valid += 1;
    mobile.add(output.mobile_optimization_score);
    persona.add(output.ari_persona_consistency);
  }
  return {
    schema_compliance: total ? roundMetric(valid / total) : null,
    mobile_optimization_score: mobile.value(),
    ari_persona_consistency: persona.value(),
  };
}
