import { Events } from '../../records/types.js';
import { LogFiles } from '../constants.js';
import { RuleIds } from './types.js';
import { countText, plural, str } from '../../records/values.js';
/**
 * The rules over the session's LLM calls. What a call was (its attempts, outcome, tokens and
 * latency) is the session model's; the prompt-audit records, fed one at a time in the order of
 * `logs/prompts.jsonl`, only locate each attempt (its line) and say what the model's summary
 * leaves out: why an attempt was retried, and whether its answer was cut off.
 */
/** A call at least this many times the run's median, in latency or in tokens, is far off it... */
export const OUTLIER_FACTOR = 3;
/** ...when it is also this much above the median: a few hundred milliseconds more is no news. */
export const OUTLIER_MIN_EXCESS = { latency_ms: 5000, tokens: 2000 };
/** Fewer calls than this make no median worth comparing with. */
export const OUTLIER_MIN_CALLS = 4;
const ref = (line) => ({ log: LogFiles.promptRecords, line });
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Where each call's records are in `prompts.jsonl`. */
export class CallRecordIndex {
    calls = new Map();
    line = 0;
    /** The next record of `prompts.jsonl`. */
    add(record) {
        this.line += 1;
        if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest)
            return;
        const data = record.data ?? {};
        const callId = str(data.call_id);
        if (!callId)
            return;
        let call = this.calls.get(callId);
        if (!call) {
            call = { attempts: [], pending: null };
            this.calls.set(callId, call);
        }
        if (record.event === Events.llmRequest) {
            call.pending = this.line;
            return;
        }
        call.pending = null;
        call.attempts.push({
            attempt: typeof data.attempt === 'number' ? data.attempt : call.attempts.length + 1,
            outcome: str(data.outcome) ?? 'unknown',
            reason: str(data.reason),
            truncated: data.truncated === true || data.finish_reason === 'length',
            source: str(data.source),
            line: this.line,
        });
    }
    /** The call's records: every attempt, and the request left unanswered if any. */
    of(callId) {
        return this.calls.get(callId) ?? { attempts: [], pending: null };
    }
    /** The line of the call's accepted attempt, the reply its output was made from. */
    acceptedLine(callId) {
        return this.calls.get(callId)?.attempts.findLast((attempt) => attempt.outcome === 'ok')?.line;
    }
}
/** The file a call's issues are about: its output once it was answered, else (it produced none) its input. */
const fileOf = (call) => (call.outcome === 'ok' ? call.output[0] : undefined) ?? call.input[0] ?? null;
/** The findings over the session model's calls, located by `index`. */
export function checkCalls(calls, index) {
    const findings = [];
    for (const call of calls) {
        const records = index.of(call.call_id);
        const lines = records.attempts.map((attempt) => attempt.line);
        const file = fileOf(call);
        const subject = file ?? 'this run';
        const finding = (rule, severity, at, message) => {
            findings.push({ rule, severity, file, path: null, message, records: at.map(ref), call_id: call.call_id });
        };
        const last = records.attempts.at(-1);
        if (call.outcome === 'unfinished' && records.pending === null && last?.outcome === 'retry') {
            // Its last attempt asked for another, which was never sent: the run stopped in between.
            finding(RuleIds.callFailed, 'error', lines, `The ${call.purpose} call for ${subject} was stopped while it waited to try again, after ${plural(call.attempts, 'attempt')}${last.reason ? ` (the last: ${last.reason})` : ''}.`);
        }
        else if (call.outcome === 'unfinished') {
            finding(RuleIds.callFailed, 'error', records.pending === null ? lines : [...lines, records.pending], `The ${call.purpose} call for ${subject} was never answered: the run stopped while it waited for the model.`);
        }
        else if (call.outcome === 'failed') {
            const reason = records.attempts.at(-1)?.reason;
            finding(RuleIds.callFailed, 'error', lines, `The ${call.purpose} call for ${subject} failed after ${plural(call.attempts, 'attempt')}${reason ? `: ${reason.replace(/\.$/, '')}` : ''}.`);
        }
        else if (call.attempts > 1) {
            const reasons = [...new Set(records.attempts.filter((a) => a.outcome === 'retry').map((a) => a.reason).filter((reason) => reason !== null))];
            // Replies from the build cache or a replay: the model was asked when they were recorded, not in this run.
            const recorded = records.attempts.length > 0 && records.attempts.every((a) => a.source === 'cache' || a.source === 'replay') ? records.attempts[0].source : null;
            const when = recorded === 'cache' ? ' when these replies were recorded; this build took them from the cache and sent no request' : recorded === 'replay' ? ' when these replies were recorded; this replay sent no request' : '';
            finding(RuleIds.callRetried, 'info', lines, `The model had to be asked ${call.attempts} times for ${file ?? call.purpose}${reasons.length ? ` (${reasons.slice(0, 2).join('; ')})` : ''}${when}.`);
        }
        for (const attempt of records.attempts.filter((a) => a.truncated)) {
            const kept = attempt === last && call.outcome === 'ok';
            finding(RuleIds.responseTruncated, 'warning', [attempt.line], `The model's answer to attempt ${attempt.attempt} of the ${call.purpose} call for ${subject} was cut off by the token limit${kept ? ', and that cut-off answer was kept' : ''}: raise the limit with --max-completion-tokens.`);
        }
    }
    findings.push(...outliers(calls, index));
    return findings;
}
function outliers(calls, index) {
    // Only calls the model answered: an error or a call stopped by Ctrl-C has no tokens, and no wait for a reply, to compare.
    const answered = calls.filter((call) => call.answered);
    if (answered.length < OUTLIER_MIN_CALLS)
        return [];
    const measures = [
        // A call's latency is its attempts' waits for the model, not the pauses between them.
        { key: 'latency_ms', rule: RuleIds.callSlow, show: (v) => `${(v / 1000).toFixed(1)} s`, says: (shown) => `waited ${shown} for the model` },
        { key: 'tokens', rule: RuleIds.callLarge, show: (v) => `${countText(v)} tokens`, says: (shown) => `used ${shown}` },
    ];
    const findings = [];
    for (const measure of measures) {
        const middle = median(answered.map((call) => call[measure.key]));
        for (const call of answered) {
            const value = call[measure.key];
            if (value < OUTLIER_FACTOR * middle || value - middle < OUTLIER_MIN_EXCESS[measure.key])
                continue;
            const file = fileOf(call);
            findings.push({
                rule: measure.rule,
                severity: 'info',
                file,
                path: null,
                message: `The ${call.purpose} call for ${file ?? 'this run'} ${measure.says(measure.show(value))}, ${Math.round(value / Math.max(middle, 1))} times the run's median of ${measure.show(middle)}.`,
                records: index.of(call.call_id).attempts.map((attempt) => ref(attempt.line)),
                call_id: call.call_id,
            });
        }
    }
    return findings;
}
