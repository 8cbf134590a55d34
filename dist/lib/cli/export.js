import { InvalidArgumentError } from 'commander';
import { LyfeError } from '../errors.js';
import { isWithin, writeFileAtomic } from '../files.js';
import { packageTraces, postTraces } from '../package/otel.js';
import { QUIET_HELP, Reporter } from './common.js';
/** `--header K=V`, repeatable: the headers of every request to the collector. */
function collectHeader(value, headers = {}) {
    const at = value.indexOf('=');
    if (at < 1)
        throw new InvalidArgumentError('expected NAME=VALUE, such as Authorization="Bearer <token>"');
    return { ...headers, [value.slice(0, at).trim()]: value.slice(at + 1) };
}
export function registerExportCommand(program) {
    const exporter = program.command('export').description("export a package's execution record to other tools");
    exporter
        .command('otel <package>')
        .description("the package's session(s) as OpenTelemetry traces in OTLP/JSON, one JSON document per line (per session): spans for the session, its stages, files and LLM calls, with the GenAI semantic-convention attributes; on stdout unless --output or --endpoint")
        .option('-o, --output <file>', 'write the lines to this file')
        .option('--endpoint <url>', 'POST each document to this OTLP/HTTP collector ({url}/v1/traces)')
        .option('--header <name=value>', 'a header of the requests to the collector, such as authentication (repeatable; never printed)', collectHeader)
        .option('-q, --quiet', QUIET_HELP)
        .action(async (packageDir, options) => {
        const reporter = new Reporter(options);
        if (options.output && isWithin(packageDir, options.output)) {
            throw new LyfeError('--output is inside the package, which would then no longer verify', { file: options.output, fix: 'Write the traces outside the package' });
        }
        const documents = packageTraces(packageDir);
        const lines = documents.map((document) => `${JSON.stringify(document)}\n`).join('');
        const spans = documents.reduce((total, document) => total + document.resourceSpans[0].scopeSpans[0].spans.length, 0);
        if (options.output) {
            writeFileAtomic(options.output, lines);
            reporter.note(`wrote ${documents.length} session(s), ${spans} spans, to ${options.output}`);
        }
        else if (!options.endpoint) {
            process.stdout.write(lines);
        }
        if (options.endpoint) {
            const posted = await postTraces(options.endpoint, documents, options.header ?? {});
            reporter.note(`sent ${documents.length} session(s), ${spans} spans, to the collector in ${posted.requests} request(s)`);
            if (posted.rejected_spans)
                reporter.warn(`the collector rejected ${posted.rejected_spans} span(s): ${posted.messages.join('; ')}`);
        }
    });
}
