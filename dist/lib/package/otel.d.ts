import { type SessionSummary } from '../records/session-model.js';
/**
 * A session as OpenTelemetry traces, in OTLP/JSON (the protobuf JSON mapping with the OTLP rules:
 * hex trace and span ids, times in nanoseconds as decimal strings, enums as numbers), rendered
 * from the one session model: a span for the session, each stage run in it, each file a stage
 * worked on, and each LLM call on that file, with the GenAI semantic-convention attributes.
 * Ids derive from the session id, so exporting the same package twice gives the same trace.
 */
/** An OTLP `AnyValue`. */
export type AnyValue = {
    stringValue: string;
} | {
    intValue: string;
} | {
    doubleValue: number;
} | {
    boolValue: boolean;
} | {
    arrayValue: {
        values: AnyValue[];
    };
};
export interface KeyValue {
    key: string;
    value: AnyValue;
}
export interface OtlpSpan {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    /** 1 internal, 3 client. */
    kind: number;
    startTimeUnixNano: string;
    endTimeUnixNano: string;
    attributes: KeyValue[];
    /** code 2: error; absent: unset (a span that went as it should). */
    status: {
        code?: number;
        message?: string;
    };
}
/** One OTLP/JSON export request: what one line of `export otel` holds, and one POST sends. */
export interface OtlpDocument {
    resourceSpans: {
        resource: {
            attributes: KeyValue[];
        };
        scopeSpans: {
            scope: {
                name: string;
                version: string;
            };
            spans: OtlpSpan[];
        }[];
    }[];
}
/** The OTLP/JSON of one session; null for a session with no timed record. `resource` adds to the resource's attributes, or replaces them. */
export declare function sessionTraces(summary: SessionSummary, resource?: Record<string, string>): OtlpDocument | null;
/** The OTLP/JSON of each session whose records the package holds, in the order they first appear. */
export declare function packageTraces(packageDir: string, resource?: Record<string, string>): OtlpDocument[];
/** Where the collector's address was given: the option, or the OpenTelemetry environment variable. */
export type EndpointSource = '--endpoint' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' | 'OTEL_EXPORTER_OTLP_ENDPOINT';
/**
 * The traces URL of an endpoint, as the OTLP exporter specification reads where it came from:
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is; OTEL_EXPORTER_OTLP_ENDPOINT with `/v1/traces`
 * appended to its path; `--endpoint` with `/v1/traces` appended unless its path ends so already.
 */
export declare function tracesUrl(endpoint: string, source?: EndpointSource): URL;
/**
 * The `key=value,key2=value2` list of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES
 * (the W3C Baggage format without its `;` properties): spaces around keys and values trimmed,
 * values percent-decoded, empty entries skipped. An entry that is no `key=value`, or a value
 * that does not decode, is refused naming the variable and the entry's place or key, never its value.
 */
export declare function parseOtelList(text: string, variable: string): [string, string][];
export interface PostResult {
    /** Requests sent (one per session). */
    requests: number;
    /** Spans the collector said it rejected (OTLP partial success), with its messages. */
    rejected_spans: number;
    messages: string[];
}
/**
 * Spans one request carries at most: the batch an OpenTelemetry SDK exports (`maxExportBatchSize`),
 * about 0.5 MB of OTLP/JSON, under what collectors and backends take in one request (1 MB at some).
 */
export declare const SPANS_PER_REQUEST = 512;
/** How long the collector has to answer one request. */
export declare const COLLECTOR_TIMEOUT_SECONDS = 30;
/** Attempts of one request at most: the first and up to 4 retries. */
export declare const COLLECTOR_ATTEMPTS = 5;
/** The first wait when the collector gives no `Retry-After`, doubled for each retry after it: 1, 2, 4, 8 s. */
export declare const COLLECTOR_BACKOFF_SECONDS = 1;
/** The waits of a whole export, all requests together, at most. */
export declare const COLLECTOR_MAX_WAIT_SECONDS = 60;
/** Waits `ms` (tests give their own, which waits on no clock). */
export type Sleep = (ms: number) => Promise<void>;
export interface PostOptions {
    /** Makes the signal that ends one request: `COLLECTOR_TIMEOUT_SECONDS` after it starts. */
    deadline?: () => AbortSignal;
    /** How the export waits before a retry. */
    sleep?: Sleep;
    /** The time in milliseconds, which a `Retry-After` date is read against. */
    now?: () => number;
    /** Told each retry before its wait, as progress. */
    onRetry?: (message: string) => void;
    /** Where `endpoint` was given, which decides its path (`tracesUrl`) and what the messages tell to check. */
    source?: EndpointSource;
}
/**
 * POSTs each document (a session) to the collector's OTLP/HTTP traces endpoint, in requests of at
 * most `SPANS_PER_REQUEST` spans, each attempt given `COLLECTOR_TIMEOUT_SECONDS`. An answer the OTLP
 * specification makes retryable (429, 502, 503, 504) is retried, up to `COLLECTOR_ATTEMPTS` attempts
 * of a request, after the wait its `Retry-After` asks (seconds or an HTTP date), else 1, 2, 4, 8 s; the waits of the whole
 * export stay within `COLLECTOR_MAX_WAIT_SECONDS`, and a wait asked that would go beyond fails at
 * once. `headers` (authentication) go on the requests only: no message names them, not even as
 * the HTTP client or the collector quotes them back, and the URL is named without its credentials.
 * A failure says how many sessions, and requests of its own session, the collector had taken before it.
 */
export declare function postTraces(endpoint: string, documents: OtlpDocument[], headers?: Record<string, string>, options?: PostOptions): Promise<PostResult>;
