import { Events, type LogRecord } from '../../records/types.js';
import { LogFiles } from '../constants.js';
import { RuleIds, type Finding, type RecordRef } from './types.js';

/**
 * The rules over the session's LLM calls, fed the prompt-audit records one at a time in the order
 * of `logs/prompts.jsonl`: each record is remembered only as its line and the few numbers the
 * rules read.
 */

/** A call at least this many times the run's median, in latency or in tokens, is far off it... */
export const OUTLIER_FACTOR = 3;
/** ...when it is also this much above the median: a few hundred milliseconds more is no news. */
export const OUTLIER_MIN_EXCESS = { latency_ms: 5000, tokens: 2000 };
/** Fewer calls than this make no median worth comparing with. */
export const OUTLIER_MIN_CALLS = 4;

interface AttemptSeen {
  attempt: number;
  outcome: string;
  reason: string | null;
  truncated: boolean;
  line: number;
}

interface CallSeen {
  call_id: string;
  purpose: string;
  file: string | null;
  attempts: AttemptSeen[];
  /** The line of the last `llm.request` not yet answered by an attempt record. */
  pending: number | null;
  latency_ms: number;
  tokens: number;
}

const ref = (line: number): RecordRef => ({ log: LogFiles.promptRecords, line });
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export class CallRules {
  private readonly calls = new Map<string, CallSeen>();
  private line = 0;

  /** The next record of `prompts.jsonl`. */
  prompt(record: LogRecord): void {
    this.line += 1;
    if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest) return;
    const data = record.data ?? {};
    const callId = str(data.call_id);
    if (!callId) return;
    let call = this.calls.get(callId);
    if (!call) {
      call = {
        call_id: callId,
        purpose: str(data.purpose) ?? 'a model call',
        file: record.output?.[0] ?? record.input?.[0] ?? null,
        attempts: [],
        pending: null,
        latency_ms: 0,
        tokens: 0,
      };
      this.calls.set(callId, call);
    }
    if (record.event === Events.llmRequest) {
      call.pending = this.line;
      return;
    }
    call.pending = null;
    const usage = (data.usage ?? {}) as Record<string, unknown>;
    call.latency_ms += num(data.latency_ms);
    call.tokens += num(usage.total_tokens);
    call.attempts.push({
      attempt: num(data.attempt),
      outcome: str(data.outcome) ?? 'unknown',
      reason: str(data.reason),
      truncated: data.truncated === true || data.finish_reason === 'length',
      line: this.line,
    });
  }

  /** The line of the call's accepted attempt, the reply its output was made from. */
  acceptedLine(callId: string): number | undefined {
    return this.calls.get(callId)?.attempts.findLast((attempt) => attempt.outcome === 'ok')?.line;
  }

  /** The findings over every call seen. */
  findings(): Finding[] {
    const findings: Finding[] = [];
    const calls = [...this.calls.values()];
    const finding = (call: CallSeen, rule: Finding['rule'], severity: Finding['severity'], lines: number[], message: string): void => {
      findings.push({ rule, severity, file: call.file, path: null, message, records: lines.map(ref), call_id: call.call_id });
    };
    for (const call of calls) {
      const last = call.attempts.at(-1);
      const lines = call.attempts.map((attempt) => attempt.line);
      if (call.pending !== null) {
        finding(call, RuleIds.callFailed, 'error', [...lines, call.pending], `The ${call.purpose} call for ${call.file ?? 'this run'} was never answered: the run stopped while it waited for the model.`);
      } else if (last?.outcome === 'failed') {
        finding(call, RuleIds.callFailed, 'error', lines, `The ${call.purpose} call for ${call.file ?? 'this run'} failed after ${plural(call.attempts.length, 'attempt')}${last.reason ? `: ${last.reason}` : ''}.`);
      } else {
        const retries = call.attempts.filter((attempt) => attempt.outcome === 'retry');
        if (retries.length) {
          const reasons = [...new Set(retries.map((attempt) => attempt.reason).filter((reason): reason is string => reason !== null))];
          finding(
            call,
            RuleIds.callRetried,
            'info',
            lines,
            `The model had to be asked ${call.attempts.length} times for ${call.file ?? call.purpose}${reasons.length ? ` (${reasons.slice(0, 2).join('; ')})` : ''}.`,
          );
        }
      }
      for (const attempt of call.attempts.filter((a) => a.truncated)) {
        const kept = attempt === last && last.outcome === 'ok';
        finding(
          call,
          RuleIds.responseTruncated,
          'warning',
          [attempt.line],
          `The model's answer ${attempt.attempt ? `to attempt ${attempt.attempt} ` : ''}for ${call.file ?? call.purpose} was cut off by the token limit${kept ? ', and that cut-off answer was kept' : ''}.`,
        );
      }
    }
    this.outliers(calls, findings);
    return findings;
  }

  private outliers(calls: CallSeen[], findings: Finding[]): void {
    const answered = calls.filter((call) => call.attempts.length > 0);
    if (answered.length < OUTLIER_MIN_CALLS) return;
    const measures = [
      { key: 'latency_ms', rule: RuleIds.callSlow, what: (v: number) => `${(v / 1000).toFixed(1)} s`, verb: 'took' },
      { key: 'tokens', rule: RuleIds.callLarge, what: (v: number) => `${v.toLocaleString('en-US')} tokens`, verb: 'used' },
    ] as const;
    for (const measure of measures) {
      const middle = median(answered.map((call) => call[measure.key]));
      for (const call of answered) {
        const value = call[measure.key];
        if (value < OUTLIER_FACTOR * middle || value - middle < OUTLIER_MIN_EXCESS[measure.key]) continue;
        findings.push({
          rule: measure.rule,
          severity: 'info',
          file: call.file,
          path: null,
          message: `The ${call.purpose} call for ${call.file ?? 'this run'} ${measure.verb} ${measure.what(value)}, ${Math.round(value / Math.max(middle, 1))} times the run's median of ${measure.what(middle)}.`,
          records: call.attempts.map((attempt) => ref(attempt.line)),
          call_id: call.call_id,
        });
      }
    }
  }
}
