import type { LlmRequest } from './provider.js';
/**
 * What each model family accepts on the chat-completions API, in one table, and how a request's
 * wishes (`params`, `responseSchema`) become the parameters sent. `max_completion_tokens` is
 * accepted by every current OpenAI model; reasoning models (the GPT-5 family, the o-series) take
 * no temperature but the default and spend hidden reasoning tokens inside that limit.
 */
export declare const REASONING_EFFORTS: readonly ["none", "minimal", "low", "medium", "high", "xhigh", "max"];
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];
/** `auto`: Structured Outputs where the model has them, falling back once to JSON mode when the server refuses them. */
export declare const RESPONSE_FORMATS: readonly ["auto", "json_schema", "json_object"];
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
export declare const MODEL_FAMILIES: readonly ModelFamily[];
/**
 * A name the table does not know (a compatible server's model, an Azure deployment): the modern
 * shape, with everything the caller asked for. A parameter the server refuses is adapted once.
 */
export declare const UNKNOWN_FAMILY: ModelFamily;
/** A fine-tuned model (`ft:gpt-4o-mini-2024-07-18:org::id`): its Structured Outputs take fewer schema keywords. */
export declare const isFineTuned: (model: string) => boolean;
export declare function modelFamily(model: string): ModelFamily;
/**
 * Tokens added to the visible reply's budget for hidden reasoning, by effort (unset: the `medium`
 * allowance). Only what the model uses is billed; a reply cut off by the limit is lost whole.
 */
export declare const REASONING_HEADROOM: Record<ReasoningEffort, number>;
export interface RequestSettings {
    reasoningEffort?: ReasoningEffort;
    responseFormat: ResponseFormatChoice;
    /** Replaces the computed `max_completion_tokens` of every request. */
    maxCompletionTokens?: number;
}
/** How the provider changed a parameter after the server refused it, kept for every later request. */
export type Adaptation = {
    kind: 'drop';
} | {
    kind: 'rename';
    to: string;
} | {
    kind: 'json_object';
};
export type RequestParams = Record<string, unknown>;
/** The parameters one request is sent with (model and messages aside), adaptations applied. */
export declare function requestParams(model: string, request: LlmRequest, settings: RequestSettings, adaptations: ReadonlyMap<string, Adaptation>): RequestParams;
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
export declare function adaptationFor(refused: RefusedParameter, sent: RequestParams, settings: RequestSettings, adaptations: ReadonlyMap<string, Adaptation>): {
    param: string;
    adaptation: Adaptation;
    note: string;
} | undefined;
