import type { Command } from 'commander';
import { ExitCode, LyfeError } from '../errors.js';
import { isWithin, writeFileAtomic } from '../files.js';
import { packageTraces, postTraces, tracesUrl } from '../package/otel.js';
import { QUIET_HELP, Reporter } from './common.js';

interface OtelOptions {
  output?: string;
  endpoint?: string;
  header?: Record<string, string>;
  quiet?: boolean;
}

/** What an HTTP header's name may hold (RFC 9110 token characters). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * `--header K=V`, repeatable: the headers of every request to the collector. A value may be a
 * secret: a header refused is named by its name only (commander would quote the whole argument).
 */
function collectHeader(value: string, headers: Record<string, string> = {}): Record<string, string> {
  const refuse = (what: string): never => {
    throw new LyfeError(`--header ${what} (its value is not printed: it may be a secret)`, { fix: 'Give each header as NAME=VALUE, such as Authorization="Bearer <token>"', exitCode: ExitCode.usage });
  };
  const at = value.indexOf('=');
  const name = value.slice(0, Math.max(at, 0)).trim();
  if (at < 1 || !HEADER_NAME.test(name)) refuse('takes NAME=VALUE with an HTTP header name before the =, and the one given has none');
  // A line break or NUL would end the header, or the request; a token read from a file with CRLF line ends holds one.
  if (/[\r\n\0]/.test(value.slice(at + 1))) refuse(`${name}'s value holds a line break or a NUL character, which no header value may hold`);
  return { ...headers, [name]: value.slice(at + 1) };
}

export function registerExportCommand(program: Command): void {
  const exporter = program.command('export').description("export a package's execution record to other tools");
  exporter
    .command('otel <package>')
    .description(
      "the package's session(s) as OpenTelemetry traces in OTLP/JSON, one JSON document per line (per session): spans for the session, its stages, files and LLM calls, with the GenAI semantic-convention attributes; on stdout unless --output or --endpoint",
    )
    .option('-o, --output <file>', 'write the lines to this file')
    .option('--endpoint <url>', 'POST each document to this OTLP/HTTP collector ({url}/v1/traces)')
    .option('--header <name=value>', 'a header of the requests to the collector, such as authentication (repeatable; never printed)', collectHeader)
    .option('-q, --quiet', QUIET_HELP)
    .action(async (packageDir: string, options: OtelOptions) => {
      const reporter = new Reporter(options);
      if (options.output && isWithin(packageDir, options.output)) {
        throw new LyfeError('--output is inside the package, which would then no longer verify', { file: options.output, fix: 'Write the traces outside the package' });
      }
      // An endpoint refused (not a URL, credentials in it) is refused before --output is written.
      if (options.endpoint) tracesUrl(options.endpoint);
      const documents = packageTraces(packageDir);
      const lines = documents.map((document) => `${JSON.stringify(document)}\n`).join('');
      const spans = documents.reduce((total, document) => total + document.resourceSpans[0].scopeSpans[0].spans.length, 0);
      if (options.output) {
        writeFileAtomic(options.output, lines);
        reporter.note(`wrote ${documents.length} session(s), ${spans} spans, to ${options.output}`);
      } else if (!options.endpoint) {
        process.stdout.write(lines);
      }
      if (options.endpoint) {
        const posted = await postTraces(options.endpoint, documents, options.header ?? {}, { onRetry: (message) => reporter.note(message) });
        reporter.note(`sent ${documents.length} session(s), ${spans} spans, to the collector in ${posted.requests} request(s)`);
        if (posted.rejected_spans) reporter.warn(`the collector rejected ${posted.rejected_spans} span(s): ${posted.messages.join('; ')}`);
      }
    });
}
