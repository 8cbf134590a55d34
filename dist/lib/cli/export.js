import { ExitCode, LyfeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { refuseTracesFileInPackage } from '../package/log-dir.js';
import { packageTraces, parseOtelList, postTraces, tracesUrl } from '../package/otel.js';
import { QUIET_HELP, Reporter } from './common.js';
/** What an HTTP header's name may hold (RFC 9110 token characters). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What no header value may hold: a line break or NUL would end the header, or the request. */
const HEADER_BREAK = /[\r\n\0]/;
/** Header values are Latin-1 text: a character beyond it (a curly quote pasted with a token) cannot be sent. */
const NOT_LATIN1 = /[^\u0000-\u00ff]/;
/** Why a header value cannot be sent, if it cannot; the value itself is never named (it may be a secret). */
function headerValueProblem(name, value) {
    if (HEADER_BREAK.test(value))
        return `${name}'s value holds a line break or a NUL character, which no header value may hold`;
    if (NOT_LATIN1.test(value))
        return `${name}'s value holds a character no header value may hold, such as a curly quote (header values are Latin-1 text)`;
    return undefined;
}
/**
 * `--header K=V`, repeatable: the headers of every request to the collector. A value may be a
 * secret: a header refused is named by its name only (commander would quote the whole argument).
 */
function collectHeader(value, headers = {}) {
    const refuse = (what) => {
        throw new LyfeError(`--header ${what} (its value is not printed: it may be a secret)`, { fix: 'Give each header as NAME=VALUE, such as Authorization="Bearer <token>"', exitCode: ExitCode.usage });
    };
    const at = value.indexOf('=');
    const name = value.slice(0, Math.max(at, 0)).trim();
    if (at < 1 || !HEADER_NAME.test(name))
        refuse('takes NAME=VALUE with an HTTP header name before the =, and the one given has none');
    // A token read from a file with CRLF line ends holds a line break; one copied from a web page may hold curly quotes.
    const problem = headerValueProblem(name, value.slice(at + 1));
    if (problem)
        refuse(problem);
    return { ...headers, [name]: value.slice(at + 1) };
}
/** An OpenTelemetry variable's value; empty is unset, as the specification reads it. */
function variable(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
/** The headers of OTEL_EXPORTER_OTLP_HEADERS, or OTEL_EXPORTER_OTLP_TRACES_HEADERS, by lower-case name. */
function environmentHeaders(env, name) {
    const text = variable(env, name);
    const headers = {};
    for (const [key, value] of text ? parseOtelList(text, name) : []) {
        const refuse = (what) => {
            throw new LyfeError(`${name}: ${what} (values are not printed: they may be secrets)`, { fix: `Give ${name} as name=value,name2=value2: HTTP header names, values percent-encoded`, exitCode: ExitCode.usage });
        };
        if (!HEADER_NAME.test(key))
            refuse('an entry has no HTTP header name before its =');
        const problem = headerValueProblem(key, value);
        if (problem)
            refuse(problem);
        headers[key.toLowerCase()] = value;
    }
    return headers;
}
/**
 * The headers of the requests: OTEL_EXPORTER_OTLP_HEADERS, then OTEL_EXPORTER_OTLP_TRACES_HEADERS,
 * then `--header`, a later one replacing an earlier one of the same name (in any case).
 */
function requestHeaders(env, given) {
    const flags = Object.fromEntries(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));
    return { ...environmentHeaders(env, 'OTEL_EXPORTER_OTLP_HEADERS'), ...environmentHeaders(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'), ...flags };
}
/**
 * The resource attributes of OTEL_RESOURCE_ATTRIBUTES, with OTEL_SERVICE_NAME over its
 * `service.name`. A list that cannot be read is left out whole, as the specification asks, and said.
 */
function environmentResource(env, reporter) {
    const text = variable(env, 'OTEL_RESOURCE_ATTRIBUTES');
    let resource = {};
    try {
        resource = Object.fromEntries(text ? parseOtelList(text, 'OTEL_RESOURCE_ATTRIBUTES') : []);
    }
    catch (error) {
        reporter.warn(`${error.message}; the traces are exported without its attributes. ${error.fix ?? ''}`.trim());
    }
    const service = variable(env, 'OTEL_SERVICE_NAME');
    return service ? { ...resource, 'service.name': service } : resource;
}
/**
 * The collector to send to: `--endpoint`; else, with no `--output` either, the one of
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else of OTEL_EXPORTER_OTLP_ENDPOINT, as an OpenTelemetry SDK
 * sends to it; none when the traces are only written.
 */
function collectorOf(options, env) {
    if (options.endpoint !== undefined)
        return { endpoint: options.endpoint, source: '--endpoint' };
    if (options.output !== undefined)
        return undefined;
    for (const source of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
        const endpoint = variable(env, source);
        if (endpoint)
            return { endpoint, source };
    }
    return undefined;
}
const ENVIRONMENT_HELP = `
OpenTelemetry environment variables read (empty ones are unset):
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT  the collector's traces URL, used as it is
  OTEL_EXPORTER_OTLP_ENDPOINT         the collector's base URL, /v1/traces appended
      With neither --endpoint nor --output, the traces are sent to the first of these set, and
      nothing goes to stdout: give --output - to write them to stdout instead.
  OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_TRACES_HEADERS
                                      headers of the requests to any collector, as
                                      name=value,name2=value2 with values percent-encoded;
                                      a header of the TRACES_ one replaces the same header of
                                      the other, and --header both. Never printed.
  OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
                                      the resource's service.name and other attributes
                                      (key=value,...), in every document written or sent
`;
export function registerExportCommand(program, env = process.env) {
    const exporter = program.command('export').description("export a package's execution record to other tools");
    exporter
        .command('otel <package>')
        .description("the package's session(s) as OpenTelemetry traces in OTLP/JSON, one JSON document per line (per session): spans for the session, its stages, files and LLM calls, with the GenAI semantic-convention attributes; on stdout unless --output, --endpoint, or an OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT variable (below) says otherwise")
        .option('-o, --output <file>', 'write the lines to this file (- for stdout); the collector of OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is then not sent to')
        .option('--endpoint <url>', 'POST each document to this OTLP/HTTP collector ({url}/v1/traces); default: the OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT variable, when no --output')
        .option('--header <name=value>', 'a header of the requests to the collector, such as authentication (repeatable; never printed)', collectHeader)
        .option('-q, --quiet', QUIET_HELP)
        .addHelpText('after', ENVIRONMENT_HELP)
        .action(async (packageDir, options) => {
        const reporter = new Reporter(options);
        const toStdout = options.output === '-';
        const file = toStdout ? undefined : options.output;
        if (file)
            refuseTracesFileInPackage(file);
        // An endpoint or a header refused (not a URL, credentials in it) is refused before --output is written.
        const collector = collectorOf(options, env);
        const headers = collector ? requestHeaders(env, options.header ?? {}) : {};
        if (collector)
            tracesUrl(collector.endpoint, collector.source);
        const documents = packageTraces(packageDir, environmentResource(env, reporter));
        const lines = documents.map((document) => `${JSON.stringify(document)}\n`).join('');
        const spans = documents.reduce((total, document) => total + document.resourceSpans[0].scopeSpans[0].spans.length, 0);
        if (file) {
            writeFileAtomic(file, lines);
            reporter.note(`wrote ${documents.length} session(s), ${spans} spans, to ${file}`);
        }
        else if (toStdout || !collector) {
            process.stdout.write(lines);
        }
        if (collector) {
            const posted = await postTraces(collector.endpoint, documents, headers, { source: collector.source, onRetry: (message) => reporter.note(message) });
            const from = collector.source === '--endpoint' ? '' : ` of ${collector.source} (give --output - to write them to stdout instead)`;
            reporter.note(`sent ${documents.length} session(s), ${spans} spans, to the collector${from} in ${posted.requests} request(s)`);
            if (posted.rejected_spans)
                reporter.warn(`the collector rejected ${posted.rejected_spans} span(s): ${posted.messages.join('; ')}`);
        }
    });
}
