import type { LlmRequest } from './provider.js';
import { toStrictSchema } from './strict-schema.js';

/**
 * What each model family accepts on the chat-completions API, in one table, and how a request's
 * wishes (`params`, `responseSchema`) become the parameters sent. `max_completion_tokens` is
 * accepted by every current OpenAI model; reasoning models (the GPT-5 family, the o-series) take
 * no temperature but the default and spend hidden reasoning tokens inside that limit.
 */

export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/** `auto`: Structured Outputs where the model has them, falling back once to JSON mode when the server refuses them. */
export const RESPONSE_FORMATS = ['auto', 'json_schema', 'json_object'] as const;
export type ResponseFormatChoice = (typeof RESPONSE_FORMATS)[number];

export interface ModelFamily {
  family: string;
  /** Tested against the model name without a router prefix (`openai/gpt-5-mini` is `gpt-5-mini`) or `ft:`. */
  match?: RegExp;
  /** Takes a temperature other than the default 1. */
  temperature: boolean;
  /** Reasons before answering: takes `reasoning_effort`, and its reasoning tokens count against `max_completion_tokens`. */
  reasoning: boolean;
  /** Follows a strict JSON Schema (Structured Outputs); otherwise JSON mode is asked for. */
  structuredOutputs: boolean;
}

export const MODEL_FAMILIES: readonly ModelFamily[] = [
  { family: 'gpt-5-chat', match: /^gpt-5(\.\d+)?-chat/, temperature: true, reasoning: false, structuredOutputs: true },
  { family: 'gpt-5', match: /^gpt-5/, temperature: false, reasoning: true, structuredOutputs: true },
  { family: 'o-series', match: /^o[1-9]/, temperature: false, reasoning: true, structuredOutputs: true },
  { family: 'gpt-4.1', match: /^gpt-4\.1/, temperature: true, reasoning: false, structuredOutputs: true },
  // Structured Outputs came with gpt-4o-2024-08-06: the first snapshot and the ChatGPT model refuse `json_schema`.
  { family: 'gpt-4o without Structured Outputs', match: /^(gpt-4o-2024-05-13|chatgpt-4o)/, temperature: true, reasoning: false, structuredOutputs: false },
  { family: 'gpt-4o', match: /^gpt-4o/, temperature: true, reasoning: false, structuredOutputs: true },
  { family: 'gpt-4 and gpt-3.5', match: /^gpt-(4|3\.5)/, temperature: true, reasoning: false, structuredOutputs: false },
];

/**
 * A name the table does not know (a compatible server's model, an Azure deployment): the modern
 * shape, with everything the caller asked for. A parameter the server refuses is adapted once.
 */
export const UNKNOWN_FAMILY: ModelFamily = { family: 'unknown', temperature: true, reasoning: true, structuredOutputs: true };

/** The model's name without a router prefix (`openai/gpt-5-mini` is `gpt-5-mini`), in lower case. */
const modelName = (model: string): string => model.toLowerCase().replace(/^.*\//, '');

/** A fine-tuned model (`ft:gpt-4o-mini-2024-07-18:org::id`): its Structured Outputs take fewer schema keywords. */
export const isFineTuned = (model: string): boolean => modelName(model).startsWith('ft:');

export function modelFamily(model: string): ModelFamily {
  // A fine-tuned model is its base model's family.
  const name = modelName(model).replace(/^ft:/, '');
  return MODEL_FAMILIES.find((family) => family.match?.test(name)) ?? UNKNOWN_FAMILY;
}

/**
 * Tokens added to the visible reply's budget for hidden reasoning, by effort (unset: the `medium`
 * allowance). Only what the model uses is billed; a reply cut off by the limit is lost whole.
 */
export const REASONING_HEADROOM: Record<ReasoningEffort, number> = {
  none: 0,
  minimal: 2_000,
  low: 8_000,
  medium: 16_000,
  high: 32_000,
  xhigh: 64_000,
  max: 100_000,
};

export interface RequestSettings {
  reasoningEffort?: ReasoningEffort;
  responseFormat: ResponseFormatChoice;
  /** Replaces the computed `max_completion_tokens` of every request. */
  maxCompletionTokens?: number;
}

/** How the provider changed a parameter after the server refused it, kept for every later request. */
export type Adaptation = { kind: 'drop' } | { kind: 'rename'; to: string } | { kind: 'json_object' };

export type RequestParams = Record<string, unknown>;

/** The parameters one request is sent with (model and messages aside), adaptations applied. */
export function requestParams(model: string, request: LlmRequest, settings: RequestSettings, adaptations: ReadonlyMap<string, Adaptation>): RequestParams {
  const family = modelFamily(model);
  const params: RequestParams = {};
  // An effort the server refused is not sent: the model reasons at its default, and gets that room.
  const effort = adaptations.get('reasoning_effort')?.kind === 'drop' ? undefined : settings.reasoningEffort;
  const headroom = family.reasoning ? REASONING_HEADROOM[effort ?? 'medium'] : 0;
  params.max_completion_tokens = settings.maxCompletionTokens ?? request.params.max_tokens + headroom;
  if (family.temperature) params.temperature = request.params.temperature;
  if (family.reasoning && settings.reasoningEffort) params.reasoning_effort = settings.reasoningEffort;
  const schema = request.responseSchema;
  const structured = schema && settings.responseFormat !== 'json_object' && (family.structuredOutputs || settings.responseFormat === 'json_schema');
  params.response_format = structured
    ? { type: 'json_schema', json_schema: { name: schema.name, strict: true, schema: toStrictSchema(schema.schema, { fineTuned: isFineTuned(model) }) } }
    : { type: 'json_object' };

  for (const [name, adaptation] of adaptations) {
    if (!(name in params)) continue;
    const value = params[name];
    delete params[name];
    if (adaptation.kind === 'rename') params[adaptation.to] = value;
    else if (adaptation.kind === 'json_object') params.response_format = { type: 'json_object' };
  }
  return params;
}

/** What the server said about a refused parameter: the API's `error.code` and `error.param`, and its message. */
export interface RefusedParameter {
  status: number;
  code?: string | null;
  param?: string | null;
  message: string;
}

/**
 * The change that answers a 400 or 422 refusing a parameter that was sent (`unsupported_parameter`,
 * `unsupported_value`, or a `response_format` the server does not take), or undefined when none
 * does: then the failure stands. Each parameter is adapted at most once.
 */
export function adaptationFor(
  refused: RefusedParameter,
  sent: RequestParams,
  settings: RequestSettings,
  adaptations: ReadonlyMap<string, Adaptation>,
): { param: string; adaptation: Adaptation; note: string } | undefined {
  if (refused.status !== 400 && refused.status !== 422) return undefined;
  // Azure, on an API version without a parameter, names it in the message only (param and code null).
  const named = refused.param ?? /(?:Unsupported (?:parameter|value)|Unrecognized request argument supplied): '?([\w.[\]]+)/i.exec(refused.message)?.[1];
  const param = parameterOf(named, refused.message);
  if (!param || !(param in sent) || adaptations.has(param)) return undefined;
  const why = `${refused.status} ${refused.code ?? 'refused'}`;
  if (param === 'response_format') {
    const format = (sent.response_format as { type?: string }).type;
    if (format === 'json_schema') {
      return settings.responseFormat === 'auto'
        ? { param, adaptation: { kind: 'json_object' }, note: `response_format json_schema refused (${why}): falling back to JSON mode (json_object)` }
        : undefined;
    }
    return { param, adaptation: { kind: 'drop' }, note: `response_format ${format} refused (${why}): sent without it` };
  }
  // A reasoning effort is a wish: a server refuses a level its model does not have in many words
  // (OpenAI's `invalid_value` for `max`, vLLM's validation error), and the model's default then applies.
  const unsupported =
    param === 'reasoning_effort' ||
    refused.code === 'unsupported_parameter' ||
    refused.code === 'unsupported_value' ||
    /unsupported (parameter|value)|unrecognized request argument/i.test(refused.message);
  if (!unsupported) return undefined;
  if (param === 'max_tokens' || param === 'max_completion_tokens') {
    const to = param === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
    return { param, adaptation: { kind: 'rename', to }, note: `${param} refused (${why}): sent as ${to}` };
  }
  return { param, adaptation: { kind: 'drop' }, note: `${param} refused (${why}): sent without it, the model's default applies` };
}

/**
 * `reasoning.effort` and `response_format.json_schema` name the top-level parameter they belong to.
 * A refusal that names no parameter is read by what its message is about.
 */
function parameterOf(named: string | undefined, message: string): string | undefined {
  if (named === undefined) {
    if (/response_format|json_schema/i.test(message)) return 'response_format';
    return /reasoning[_.]effort/i.test(message) ? 'reasoning_effort' : undefined;
  }
  if (/effort/.test(named)) return 'reasoning_effort';
  return named.replace(/[.[].*$/, '');
}
