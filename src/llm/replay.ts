import { createHash } from 'node:crypto';
import { redactValue } from '../records/redact.js';
import { Events, type AttemptData, type LogRecord } from '../records/types.js';
import { LlmAttemptError, type ChatMessage, type LlmProvider, type LlmRequest, type LlmResponse } from './provider.js';

/**
 * A provider that answers from a package's prompt audit instead of a model: each request gets the
 * reply recorded for the same purpose and the same messages, attempt after attempt, failures
 * included (a recorded 500 is replayed as a 500, without waiting). No network.
 */

/** Records are redacted when written; the request is keyed the same way so that both match. */
function requestKey(purpose: string, messages: ChatMessage[] | { role: string; content: string }[]): string {
  const clean = redactValue(messages.map(({ role, content }) => ({ role, content })));
  return createHash('sha256').update(purpose).update('\0').update(JSON.stringify(clean)).digest('hex');
}

export interface ReplayProvider extends LlmProvider {
  /** Recorded attempts not asked for (yet): a complete replay leaves none. */
  unused(): number;
}

export function createReplayProvider(audits: LogRecord[]): ReplayProvider {
  const queues = new Map<string, Partial<AttemptData>[]>();
  const models = new Map<string, number>();
  for (const record of audits) {
    if (record.event !== Events.llmAttempt || !record.data) continue;
    const data = record.data as Partial<AttemptData>;
    if (!data.purpose || !Array.isArray(data.messages)) continue;
    const key = requestKey(data.purpose, data.messages);
    queues.set(key, [...(queues.get(key) ?? []), data]);
    if (data.model) models.set(data.model, (models.get(data.model) ?? 0) + 1);
  }
  const model = [...models.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'replay';

  return {
    name: 'replay',
    model,
    source: 'replay',
    unused: () => [...queues.values()].reduce((total, queue) => total + queue.length, 0),
    async complete(request: LlmRequest): Promise<LlmResponse> {
      const recorded = queues.get(requestKey(request.purpose, request.messages))?.shift();
      if (!recorded) {
        throw new LlmAttemptError(`no recorded reply for this ${request.purpose} request: its messages differ from every recorded attempt (the prompt or template changed since the package was made)`, {
          retryable: false,
        });
      }
      if (recorded.response === null || recorded.response === undefined) {
        throw new LlmAttemptError(`replayed failure: ${recorded.reason ?? 'no response'}`, {
          retryable: recorded.outcome === 'retry',
          httpStatus: recorded.http_status,
          retryAfterMs: 0,
          adaptation: recorded.adaptation,
          params: recorded.params,
        });
      }
      return {
        text: recorded.response,
        usage: recorded.usage ?? null,
        model: recorded.model ?? model,
        httpStatus: recorded.http_status,
        params: recorded.params,
        finishReason: recorded.finish_reason,
        refusal: recorded.refusal,
      };
    },
  };
}
