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
/** The OTLP/JSON of one session; null for a session with no timed record. */
export declare function sessionTraces(summary: SessionSummary): OtlpDocument | null;
/** The OTLP/JSON of each session whose records the package holds, in the order they first appear. */
export declare function packageTraces(packageDir: string): OtlpDocument[];
/** `{endpoint}/v1/traces`, as OTEL_EXPORTER_OTLP_ENDPOINT is read; an endpoint that names the path already is kept. */
export declare function tracesUrl(endpoint: string): URL;
export interface PostResult {
    /** Requests sent (one per session). */
    requests: number;
    /** Spans the collector said it rejected (OTLP partial success), with its messages. */
    rejected_spans: number;
    messages: string[];
}
/** How long the collector has to answer one document. */
export declare const COLLECTOR_TIMEOUT_SECONDS = 30;
/**
 * POSTs each document to the collector's OTLP/HTTP traces endpoint, one request per session, each
 * given `COLLECTOR_TIMEOUT_SECONDS` (`deadline` makes the signal that ends a request). `headers`
 * (authentication) go on the requests only: no message names them, not even as the HTTP client or
 * the collector quotes them back, and the URL is named without its credentials. A failure says how
 * many sessions the collector had taken before it.
 */
export declare function postTraces(endpoint: string, documents: OtlpDocument[], headers?: Record<string, string>, deadline?: () => AbortSignal): Promise<PostResult>;
