import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerExportCommand } from '../../src/cli/export.js';
import { LyfeError } from '../../src/errors.js';
import { LOGS_DIR, LogFiles } from '../../src/package/constants.js';
import { packageTraces, parseOtelList, postTraces, sessionTraces, tracesUrl, type AnyValue, type OtlpDocument, type OtlpSpan } from '../../src/package/otel.js';
import { SHIPPED_PRICES } from '../../src/records/cost.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { VERSION } from '../../src/version.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useChildren } from '../helpers/children.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { SESSION, SessionBuilder } from '../package/session-records.js';

const USAGE = { prompt_tokens: 1000, completion_tokens: 417, total_tokens: 1417 };

/** Preprocess one file; generate two lessons from it (one after a 429), then a second file whose call fails; packaging. */
function run(session = SESSION): SessionBuilder {
  const s = new SessionBuilder();
  s.sessionStart(1).stageStart('preprocess', 1);
  s.attempt('preprocess', 1, { call_id: 'c_pre', purpose: 'preprocess.analysis', model: 'gpt-5.4-mini', usage: USAGE, input: ['a.md'], output: ['a_ari_analysis.json'] });
  s.stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
  s.stageStart('generate', 2);
  s.attempt('generate', 2, { call_id: 'c_beg', purpose: 'generate.beginner', model: 'gpt-4o-2024-08-06', finish_reason: 'stop', usage: USAGE, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
  s.fileResult('generate', 2, 'a_filled_template.md', ['a_beginner.json'], { valid: true, call_id: 'c_beg' });
  s.attempt('generate', 2, { call_id: 'c_adv', purpose: 'generate.advanced', model: 'gpt-5.4-mini', outcome: 'retry', response: null, usage: null, http_status: 429, reason: 'rate limited', input: ['a_filled_template.md'], output: ['a_advanced.json'] });
  s.attempt('generate', 2, { call_id: 'c_adv', attempt: 2, purpose: 'generate.advanced', model: 'gpt-5.4-mini', usage: USAGE, input: ['a_filled_template.md'], output: ['a_advanced.json'] });
  s.fileResult('generate', 2, 'a_filled_template.md', ['a_advanced.json'], { valid: false, errors: ['too long'], call_id: 'c_adv' });
  s.attempt('generate', 2, { call_id: 'c_bad', purpose: 'generate.beginner', model: 'gpt-5.4-mini', outcome: 'failed', response: null, usage: null, http_status: 500, reason: 'server error', input: ['b_filled_template.md'], output: ['b_beginner.json'] });
  s.log('generate', 'error', 'generate.beginner failed', 2, { input: ['b_filled_template.md'], data: { error: 'generate.beginner failed' } }, 'error');
  s.stageEnd('generate', 2, { status: 'failed', files_in: 2, files_out: 2, error: 'generate.beginner failed' });
  s.stageStart('package', 3).log('session', 'session.end', 'ended', 3, { data: { success: false, work_files: 5 } });
  for (const record of [...s.processing, ...s.prompts]) record.session = session;
  return s;
}

const traces = (s: SessionBuilder): OtlpDocument => sessionTraces(summarizeSession(s.processing, s.prompts, { prices: SHIPPED_PRICES }))!;
const spansOf = (document: OtlpDocument): OtlpSpan[] => document.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
const attr = (span: OtlpSpan, key: string): AnyValue | undefined => span.attributes.find((a) => a.key === key)?.value;
const byName = (spans: OtlpSpan[], name: string): OtlpSpan => spans.find((span) => span.name === name)!;

/** What a collector checks of a document: ids, links, times and the shapes of values. */
function expectValidOtlp(document: OtlpDocument): void {
  const spans = spansOf(document);
  const ids = new Set(spans.map((span) => span.spanId));
  expect(ids.size).toBe(spans.length);
  const parents = new Map(spans.map((span) => [span.spanId, span]));
  for (const span of spans) {
    expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(span.traceId).toBe(spans[0].traceId);
    expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(span.startTimeUnixNano).toMatch(/^\d{19}$/);
    expect(span.endTimeUnixNano).toMatch(/^\d{19}$/);
    expect(BigInt(span.startTimeUnixNano) <= BigInt(span.endTimeUnixNano)).toBe(true);
    expect([1, 3]).toContain(span.kind);
    for (const { value } of span.attributes) {
      const [shape] = Object.keys(value);
      expect(['stringValue', 'intValue', 'doubleValue', 'boolValue', 'arrayValue']).toContain(shape);
      if ('intValue' in value) expect(value.intValue).toMatch(/^-?\d+$/);
    }
    if (span.parentSpanId === undefined) continue;
    const parent = parents.get(span.parentSpanId);
    expect(parent, `parent of ${span.name}`).toBeDefined();
    expect(BigInt(span.startTimeUnixNano) >= BigInt(parent!.startTimeUnixNano)).toBe(true);
    expect(BigInt(span.endTimeUnixNano) <= BigInt(parent!.endTimeUnixNano)).toBe(true);
  }
  expect(spans.filter((span) => span.parentSpanId === undefined)).toHaveLength(1);
}

describe('a session as OTLP/JSON', () => {
  it('is one trace: session > stage > file > call, ids and times as OTLP/JSON writes them', () => {
    const document = traces(run());
    expectValidOtlp(document);
    expect(document.resourceSpans[0].resource.attributes).toEqual([
      { key: 'service.name', value: { stringValue: 'lyfe-kt' } },
      { key: 'service.version', value: { stringValue: VERSION } },
    ]);
    const spans = spansOf(document);
    const parentName = (span: OtlpSpan) => spans.find((other) => other.spanId === span.parentSpanId)?.name ?? null;
    expect(spans.map((span) => [span.name, parentName(span)])).toEqual([
      ['lyfe-kt session', null],
      ['stage preprocess', 'lyfe-kt session'],
      ['stage generate', 'lyfe-kt session'],
      ['stage package', 'lyfe-kt session'],
      ['file a.md', 'stage preprocess'],
      ['chat gpt-5.4-mini', 'file a.md'],
      ['file a_filled_template.md', 'stage generate'],
      ['chat gpt-4o-2024-08-06', 'file a_filled_template.md'],
      ['chat gpt-5.4-mini', 'file a_filled_template.md'],
      ['file b_filled_template.md', 'stage generate'],
      ['chat gpt-5.4-mini', 'file b_filled_template.md'],
    ]);
    expect(attr(spans[0], 'session.id')).toEqual({ stringValue: SESSION });
  });

  it('gives every call the GenAI semantic-convention attributes, its cost, and an error type and status when it failed', () => {
    const spans = spansOf(traces(run()));
    const ok = byName(spans, 'chat gpt-4o-2024-08-06');
    expect(ok.kind).toBe(3);
    expect(ok.status).toEqual({});
    expect(Object.fromEntries(ok.attributes.map((a) => [a.key, a.value]))).toMatchObject({
      'gen_ai.operation.name': { stringValue: 'chat' },
      'gen_ai.provider.name': { stringValue: 'openai' },
      'gen_ai.system': { stringValue: 'openai' },
      'gen_ai.request.model': { stringValue: 'gpt-4o-2024-08-06' },
      'gen_ai.response.model': { stringValue: 'gpt-4o-2024-08-06' },
      'gen_ai.request.max_tokens': { intValue: '4000' },
      'gen_ai.usage.input_tokens': { intValue: '1000' },
      'gen_ai.usage.output_tokens': { intValue: '417' },
      'gen_ai.response.finish_reasons': { arrayValue: { values: [{ stringValue: 'stop' }] } },
      'lyfe_kt.call.id': { stringValue: 'c_beg' },
      'lyfe_kt.cost.usd': { doubleValue: (1000 * 2.5 + 417 * 10) / 1e6 },
    });
    expect(attr(ok, 'error.type')).toBeUndefined();

    const failed = spans.find((span) => JSON.stringify(attr(span, 'lyfe_kt.call.id')) === JSON.stringify({ stringValue: 'c_bad' }))!;
    expect(attr(failed, 'error.type')).toEqual({ stringValue: '500' });
    // Never answered: the model asked for, and no model that answered.
    expect(attr(failed, 'gen_ai.request.model')).toEqual({ stringValue: 'gpt-5.4-mini' });
    expect(attr(failed, 'gen_ai.response.model')).toBeUndefined();
    expect(failed.status).toEqual({ code: 2, message: 'server error' });
    expect(byName(spans, 'file b_filled_template.md').status.code).toBe(2);
    // A file with an output failing the schema says so.
    expect(attr(byName(spans, 'file a_filled_template.md'), 'lyfe_kt.file.invalid_outputs')).toEqual({ arrayValue: { values: [{ stringValue: 'a_advanced.json' }] } });
    expect(byName(spans, 'stage generate').status).toEqual({ code: 2, message: 'generate.beginner failed' });
    expect(byName(spans, 'lyfe-kt session').status.code).toBe(2);

    // A reply cut short failed the call with HTTP 200: no HTTP status is its error type.
    const cut = run();
    cut.attempt('generate', 2, { call_id: 'c_cut', purpose: 'generate.advanced', model: 'gpt-5.4-mini', outcome: 'failed', finish_reason: 'length', usage: USAGE, http_status: 200, reason: 'the reply was cut short', input: ['b_filled_template.md'], output: ['b_advanced.json'] });
    const truncated = spansOf(traces(cut)).find((span) => JSON.stringify(attr(span, 'lyfe_kt.call.id')) === JSON.stringify({ stringValue: 'c_cut' }))!;
    expect(attr(truncated, 'error.type')).toEqual({ stringValue: '_OTHER' });
  });

  it("lists in a file's outputs only the files written from its calls' answers, not those of calls that failed or were stopped first", () => {
    const s = run();
    // Answered, and its process stopped before the file was written: no file result names it.
    s.attempt('generate', 2, { call_id: 'c_unwritten', purpose: 'generate.advanced', model: 'gpt-5.4-mini', usage: USAGE, input: ['b_filled_template.md'], output: ['b_advanced.json'] });
    s.fileResult('preprocess', 1, 'a.md', ['a_filled_template.md', 'a_ari_analysis.json'], { ok: true, call_ids: ['c_pre'] });
    const spans = spansOf(traces(s));
    const outputs = (file: string): string[] | undefined => (attr(byName(spans, `file ${file}`), 'lyfe_kt.file.outputs') as { arrayValue: { values: { stringValue: string }[] } } | undefined)?.arrayValue.values.map((value) => value.stringValue);
    expect(outputs('a.md')).toEqual(['a_filled_template.md', 'a_ari_analysis.json']);
    expect(outputs('a_filled_template.md')).toEqual(['a_beginner.json', 'a_advanced.json']);
    expect(outputs('b_filled_template.md')).toEqual([]);
  });

  it("keeps the session span's file lists to the first 128 files however large the run, with counts of them all", () => {
    const list = (span: OtlpSpan, key: string): string[] | undefined => (attr(span, key) as { arrayValue: { values: { stringValue: string }[] } } | undefined)?.arrayValue.values.map((value) => value.stringValue);
    const small = byName(spansOf(traces(run())), 'lyfe-kt session');
    expect(list(small, 'lyfe_kt.output_files')).toEqual(['a_beginner.json', 'a_advanced.json']);
    expect(attr(small, 'lyfe_kt.output_file_count')).toEqual({ intValue: '2' });

    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    for (let file = 0; file < 300; file++) s.fileResult('preprocess', 1, `a${file}.md`, [`a${file}_filled_template.md`, `a${file}_ari_analysis.json`], { ok: true });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 300, files_out: 600 }).stageStart('generate', 1);
    for (let file = 0; file < 300; file++) {
      for (const level of ['beginner', 'advanced']) s.fileResult('generate', 1, `a${file}_filled_template.md`, [`a${file}_${level}.json`], { valid: true, level });
    }
    s.stageEnd('generate', 1, { status: 'ok', files_in: 300, files_out: 600 });
    const document = traces(s);
    expectValidOtlp(document);
    const session = byName(spansOf(document), 'lyfe-kt session');
    expect(list(session, 'lyfe_kt.input_files')).toEqual(Array.from({ length: 128 }, (_, file) => `a${file}.md`));
    expect(attr(session, 'lyfe_kt.input_file_count')).toEqual({ intValue: '300' });
    expect(list(session, 'lyfe_kt.output_files')).toHaveLength(128);
    expect(list(session, 'lyfe_kt.output_files')!.slice(0, 2)).toEqual(['a0_beginner.json', 'a0_advanced.json']);
    expect(attr(session, 'lyfe_kt.output_file_count')).toEqual({ intValue: '600' });
  });

  it('names an Azure OpenAI call\'s provider as the GenAI conventions do (azure.ai.openai, and az.ai.openai in the older gen_ai.system); an OpenAI call\'s stays openai', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.attempt('preprocess', 1, { call_id: 'c_azure', model: 'gpt-5-mini', azure: true, input: ['a.md'], output: ['a_ari_analysis.json'] });
    s.attempt('preprocess', 1, { call_id: 'c_openai', model: 'gpt-5.4-mini', input: ['b.md'], output: ['b_ari_analysis.json'] });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 2, files_out: 4 });
    const spans = spansOf(traces(s));

    expect([attr(byName(spans, 'chat gpt-5-mini'), 'gen_ai.provider.name'), attr(byName(spans, 'chat gpt-5-mini'), 'gen_ai.system')]).toEqual([{ stringValue: 'azure.ai.openai' }, { stringValue: 'az.ai.openai' }]);
    expect([attr(byName(spans, 'chat gpt-5.4-mini'), 'gen_ai.provider.name'), attr(byName(spans, 'chat gpt-5.4-mini'), 'gen_ai.system')]).toEqual([{ stringValue: 'openai' }, { stringValue: 'openai' }]);
  });

  it('exports a call whose server reported token counts that are not whole numbers: no count, and an unknown cost, rather than a failure', () => {
    const s = run();
    const odd = { prompt_tokens: 1000.5, completion_tokens: 417, total_tokens: 1417.5, completion_tokens_details: { reasoning_tokens: 0.5 } };
    s.attempt('generate', 2, { call_id: 'c_odd', purpose: 'generate.advanced', model: 'gpt-5.4-mini', usage: odd as typeof USAGE, input: ['b_filled_template.md'], output: ['b_advanced.json'] });
    const document = traces(s);
    expectValidOtlp(document);
    const call = spansOf(document).find((span) => JSON.stringify(attr(span, 'lyfe_kt.call.id')) === '{"stringValue":"c_odd"}')!;
    expect(Object.fromEntries(call.attributes.map((a) => [a.key, a.value]))).toMatchObject({
      'gen_ai.usage.input_tokens': { intValue: '0' },
      'gen_ai.usage.output_tokens': { intValue: '417' },
      'lyfe_kt.usage.reasoning_tokens': { intValue: '0' },
    });
    expect(attr(call, 'lyfe_kt.cost.usd')).toBeUndefined();
  });

  it("gives each stage run its own calls' cost: a stage run in two processes is not counted twice, and the stages add up to the session", () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1);
    s.attempt('preprocess', 1, { call_id: 'c_pre', purpose: 'preprocess.analysis', model: 'gpt-5.4-mini', usage: USAGE, input: ['a.md'], output: ['a_ari_analysis.json'] });
    s.stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    // `generate` run twice in the session, as two processes: one call, then two.
    s.stageStart('generate', 2);
    s.attempt('generate', 2, { call_id: 'c_beg', purpose: 'generate.beginner', model: 'gpt-4o-2024-08-06', usage: USAGE, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.stageEnd('generate', 2, { status: 'ok', files_in: 1, files_out: 1 });
    s.stageStart('generate', 3);
    s.attempt('generate', 3, { call_id: 'c_beg2', purpose: 'generate.beginner', model: 'gpt-5.4-mini', usage: USAGE, input: ['a_filled_template.md'], output: ['a_beginner.json'] });
    s.attempt('generate', 3, { call_id: 'c_adv', purpose: 'generate.advanced', model: 'gpt-5.4-mini', usage: USAGE, input: ['a_filled_template.md'], output: ['a_advanced.json'] });
    s.stageEnd('generate', 3, { status: 'ok', files_in: 1, files_out: 2 });
    s.stageStart('package', 4);
    const spans = spansOf(traces(s));
    const cost = (span: OtlpSpan): number | undefined => (attr(span, 'lyfe_kt.cost.usd') as { doubleValue: number } | undefined)?.doubleValue;
    const callCost = (id: string): number => cost(spans.find((span) => JSON.stringify(attr(span, 'lyfe_kt.call.id')) === JSON.stringify({ stringValue: id }))!)!;
    const stages = spans.filter((span) => span.name.startsWith('stage '));
    expect(stages.map((span) => [span.name, attr(span, 'process.pid'), cost(span)])).toEqual([
      ['stage preprocess', { intValue: '1' }, callCost('c_pre')],
      ['stage generate', { intValue: '2' }, callCost('c_beg')],
      ['stage generate', { intValue: '3' }, callCost('c_beg2') + callCost('c_adv')],
      // No call, no cost.
      ['stage package', { intValue: '4' }, undefined],
    ]);
    const session = cost(byName(spans, 'lyfe-kt session'))!;
    expect(session).toBeGreaterThan(0);
    expect(stages.reduce((total, span) => total + (cost(span) ?? 0), 0)).toBeCloseTo(session, 10);
  });

  it('is a valid trace when the session ended before it began by its records (processes whose clocks disagree), each stage keeping its own times', () => {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('preprocess', 1).stageEnd('preprocess', 1, { status: 'ok', files_in: 1, files_out: 2 });
    // Packaged on a machine whose clock is two hours behind the one that preprocessed.
    s.wait(-2 * 3600).stageStart('package', 2).log('session', 'session.end', 'ended', 2, { data: { success: true, work_files: 3 } });
    const document = traces(s);
    expectValidOtlp(document);
    const spans = spansOf(document);
    const length = (span: OtlpSpan): bigint => BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano);
    expect(length(byName(spans, 'stage preprocess'))).toBe(1000n * 1_000_000n);
    expect(BigInt(byName(spans, 'lyfe-kt session').startTimeUnixNano)).toBe(BigInt(Date.parse(s.processing.at(-2)!.time)) * 1_000_000n);
  });

  it('is the same on every export, and another session is another trace', () => {
    expect(JSON.stringify(traces(run()))).toBe(JSON.stringify(traces(run())));
    const other = spansOf(traces(run('sess_2025-01-18_17-30-45_ffffffff')));
    expect(other[0].traceId).not.toBe(spansOf(traces(run()))[0].traceId);
  });
});

describe('lyfe-kt export otel', () => {
  const temp = useTempDir('lyfe-kt-otel-');
  const children = useChildren();
  let servers: http.Server[] = [];
  afterEach(async () => {
    // A connection a collector never answered is ended, not waited for.
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
    servers = [];
  });

  /** A package holding the records of `sessions` (as a merged package does). */
  function packageOf(...sessions: SessionBuilder[]): string {
    const dir = path.join(temp(), 'pkg');
    fs.mkdirSync(path.join(dir, LOGS_DIR), { recursive: true });
    const lines = (records: LogRecord[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');
    fs.writeFileSync(path.join(dir, LOGS_DIR, LogFiles.processingRecords), lines(sessions.flatMap((s) => s.processing)));
    fs.writeFileSync(path.join(dir, LOGS_DIR, LogFiles.promptRecords), lines(sessions.flatMap((s) => s.prompts)));
    return dir;
  }

  interface Received {
    method: string;
    url: string;
    headers: http.IncomingHttpHeaders;
    body: string;
  }

  /** A loopback OTLP/HTTP collector that answers every request with `status` and `body`. */
  async function collector(status = 200, body = '{}'): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    const server = http.createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      request.on('end', () => {
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body: text });
        response.writeHead(status, { 'content-type': 'application/json' }).end(body);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
  }

  /** The command in this process, with the environment `env` (none of the test process's). */
  async function exportOtel(...args: string[]): Promise<void> {
    return exportOtelWith({}, ...args);
  }
  async function exportOtelWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<void> {
    const program = new Command().exitOverride();
    registerExportCommand(program, env);
    await program.parseAsync(['export', 'otel', ...args, '--quiet'], { from: 'user' });
  }

  it('writes one line per session of the package, each a whole OTLP/JSON document', async () => {
    const dir = packageOf(run(), run('sess_2025-01-18_17-30-45_ffffffff'));
    const output = path.join(temp(), 'traces.jsonl');
    await exportOtel(dir, '--output', output);
    const lines = fs.readFileSync(output, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    const documents = lines.map((line) => JSON.parse(line) as OtlpDocument);
    for (const document of documents) expectValidOtlp(document);
    expect(documents.map((document) => attr(spansOf(document)[0], 'session.id'))).toEqual([{ stringValue: SESSION }, { stringValue: 'sess_2025-01-18_17-30-45_ffffffff' }]);
    expect(documents).toEqual(packageTraces(dir));
  });

  it('posts each session to {endpoint}/v1/traces as JSON, with the headers given', async () => {
    const { url, received } = await collector();
    const dir = packageOf(run(), run('sess_2025-01-18_17-30-45_ffffffff'));
    await exportOtel(dir, '--endpoint', `${url}/`, '--header', 'Authorization=Bearer s3cret', '--header', 'x-tenant=a=b');
    expect(received.map((r) => [r.method, r.url, r.headers['content-type'], r.headers.authorization, r.headers['x-tenant']])).toEqual([
      ['POST', '/v1/traces', 'application/json', 'Bearer s3cret', 'a=b'],
      ['POST', '/v1/traces', 'application/json', 'Bearer s3cret', 'a=b'],
    ]);
    expect(received.map((r) => JSON.parse(r.body))).toEqual(packageTraces(dir));
  });

  it('reports spans a collector rejected', async () => {
    const { url } = await collector(200, '{"partialSuccess":{"rejectedSpans":"2","errorMessage":"span too old"}}');
    expect(await postTraces(url, [traces(run())])).toEqual({ requests: 1, rejected_spans: 2, messages: ['span too old'] });
  });

  it('reads an answer whose JSON is no object (null, as a web framework writes for no body) as one without a message', async () => {
    const stored = await collector(200, 'null');
    expect(await postTraces(stored.url, [traces(run())])).toEqual({ requests: 1, rejected_spans: 0, messages: [] });
    const refused = await collector(400, 'null');
    await expect(postTraces(refused.url, [traces(run())])).rejects.toThrow(/^the collector answered 400 Bad Request: null$/);
  });

  it('fails on a collector that refuses, with its status and message and without the headers, exit code 1', async () => {
    const { url, received } = await collector(401, '{"code":16,"message":"missing tenant token"}');
    const dir = packageOf(run());
    const error = await postTraces(url, [traces(run())], { authorization: 'Bearer s3cret' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LyfeError);
    expect((error as LyfeError).message).toBe('the collector answered 401 Unauthorized: missing tenant token');
    expect((error as LyfeError).fix).toMatch(/--header/);

    const exit = await children.start([CLI, 'export', 'otel', dir, '--endpoint', url, '--header', 'Authorization=Bearer s3cret'], { env: cliEnv() }).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`lyfe-kt: ${url}/v1/traces: the collector answered 401 Unauthorized: missing tenant token`);
    expect(exit.stderr + exit.stdout).not.toContain('s3cret');
    expect(received).toHaveLength(2);
  });

  it('never prints a header value a collector echoes back, in an error or in a partial success', async () => {
    const refusing = await collector(403, '{"message":"invalid token: SECRET-TOKEN-XYZ"}');
    const exit = await children.start([CLI, 'export', 'otel', packageOf(run()), '--endpoint', refusing.url, '--header', 'x-api-key=SECRET-TOKEN-XYZ'], { env: cliEnv() }).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`lyfe-kt: ${refusing.url}/v1/traces: the collector answered 403 Forbidden: invalid token: [REDACTED]`);
    expect(exit.stderr + exit.stdout).not.toContain('SECRET-TOKEN-XYZ');

    const partial = await collector(200, '{"partialSuccess":{"rejectedSpans":"1","errorMessage":"tenant SECRET-TENANT over quota"}}');
    expect(await postTraces(partial.url, [traces(run())], { 'x-tenant': 'SECRET-TENANT' })).toEqual({ requests: 1, rejected_spans: 1, messages: ['tenant [REDACTED] over quota'] });
  });

  it("never prints the token of an Authorization header or a key of the endpoint's query that a collector quotes without the rest", async () => {
    const refusing = await collector(401, '{"message":"invalid token TOKEN-quoted-1234 for /v1/traces?api-key=QUERY-key-5678"}');
    const dir = packageOf(run());
    const exit = await children.start([CLI, 'export', 'otel', dir, '--endpoint', `${refusing.url}?api-key=QUERY-key-5678`, '--header', 'Authorization=Bearer TOKEN-quoted-1234'], { env: cliEnv() }).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`lyfe-kt: ${refusing.url}/v1/traces: the collector answered 401 Unauthorized: invalid token [REDACTED] for /v1/traces?api-key=[REDACTED]`);
    expect(exit.stderr + exit.stdout).not.toMatch(/TOKEN-quoted|QUERY-key/);
    expect(refusing.received[0].url).toBe('/v1/traces?api-key=QUERY-key-5678');

    const partial = await collector(200, '{"partialSuccess":{"rejectedSpans":"1","errorMessage":"token TOKEN-quoted-1234 over quota"}}');
    expect(await postTraces(partial.url, [traces(run())], { authorization: 'Bearer TOKEN-quoted-1234' })).toEqual({ requests: 1, rejected_spans: 1, messages: ['token [REDACTED] over quota'] });
  });

  it('refuses a header given otherwise than NAME=VALUE, or whose value holds a line break or a curly quote, naming it without its value', async () => {
    const dir = packageOf(run());
    for (const [header, says] of [
      ['Authorization: Bearer s3cret-colon', '--header takes NAME=VALUE with an HTTP header name before the =, and the one given has none'],
      ['Authorization=Bearer s3cret-crlf\r', "--header Authorization's value holds a line break or a NUL character, which no header value may hold"],
      // A token pasted with the curly quotes of a web page or a word processor.
      ['Authorization=Bearer \u201cs3cret-quoted\u201d', "--header Authorization's value holds a character no header value may hold, such as a curly quote (header values are Latin-1 text)"],
    ]) {
      const exit = await children.start([CLI, 'export', 'otel', dir, '--endpoint', 'http://127.0.0.1:9', '--header', header], { env: cliEnv() }).exit;
      expect(exit.code, header).toBe(2);
      expect(exit.stderr).toContain(says);
      expect(exit.stderr + exit.stdout).not.toContain('s3cret');
    }
    // Called as a library, a value the HTTP client refuses is not quoted back either (a port with no
    // server: the client looks at the headers before it connects).
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await postTraces(`http://127.0.0.1:${port}`, [traces(run())], { authorization: 'Bearer s3cret\u0001' }).catch((caught: unknown) => caught);
    expect((error as LyfeError).message).toMatch(/^the collector cannot be reached/);
    expect((error as LyfeError).message).not.toContain('s3cret');
  });

  it('gives a collector that never answers its time, then says so; a failure names the sessions stored before it', async () => {
    // Each request is answered by the next of `replies`; `null` never answers.
    const serve = async (...replies: (number | null)[]): Promise<{ url: string; arrived: Promise<void> }> => {
      let arrive!: () => void;
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const server = http.createServer((request, response) => {
        const status = replies.shift();
        request.resume().on('end', () => {
          if (status === null || status === undefined) return arrive();
          response.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{}' : '{"message":"busy"}');
        });
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrived };
    };
    const silent = await serve(null);
    const timer = new AbortController();
    void silent.arrived.then(() => timer.abort(new DOMException('timed out', 'TimeoutError')));
    await expect(postTraces(silent.url, [traces(run())], {}, { deadline: () => timer.signal })).rejects.toThrow(/^the request to the collector did not finish within 30 s$/);

    // 500 is not retryable: it fails at once.
    const busy = await serve(200, 500);
    await expect(postTraces(busy.url, [traces(run()), traces(run('sess_2025-01-18_17-30-45_ffffffff'))])).rejects.toThrow(
      /^the collector answered 500 Internal Server Error: busy \(the 1 session\(s\) before it, of 2, were stored\)$/,
    );
  });

  interface Reply {
    status: number;
    retryAfter?: string;
    message?: string;
    /** A web page to answer with (text/html), as a proxy in front of the collector does. */
    page?: string;
  }

  /** A loopback collector that answers each request with the next of `replies` (200 once they run out), and keeps what it was sent. */
  async function answering(...replies: Reply[]): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    const server = http.createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      request.on('end', () => {
        received.push({ method: request.method!, url: request.url!, headers: request.headers, body: text });
        const { status, retryAfter, message, page } = replies.shift() ?? { status: 200 };
        response.writeHead(status, { 'content-type': page === undefined ? 'application/json' : 'text/html', ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }) });
        response.end(page ?? (status === 200 ? '{}' : JSON.stringify({ message: message ?? 'busy' })));
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
  }

  /** Waits on no clock: each wait asked is noted, and the clock moves by it. */
  function clock(start = Date.parse('2026-03-02T10:00:00Z')): { waits: number[]; retries: string[]; options: { sleep: (ms: number) => Promise<void>; now: () => number; onRetry: (message: string) => void } } {
    let time = start;
    const waits: number[] = [];
    const retries: string[] = [];
    return {
      waits,
      retries,
      options: {
        sleep: async (ms) => {
          waits.push(ms);
          time += ms;
        },
        now: () => time,
        onRetry: (message) => retries.push(message),
      },
    };
  }

  it('retries 429, 502, 503 and 504 with backoff, waiting what Retry-After asks (seconds or an HTTP date), each retry told', async () => {
    const at = clock();
    const { url, received } = await answering(
      { status: 503 },
      { status: 429, retryAfter: '3', message: 'slow down' },
      { status: 502, retryAfter: new Date(Date.parse('2026-03-02T10:00:04Z') + 7000).toUTCString() },
      { status: 504, retryAfter: 'soon' },
    );
    const document = traces(run());
    expect(await postTraces(url, [document], {}, at.options)).toEqual({ requests: 1, rejected_spans: 0, messages: [] });
    // 1 s, then the 3 s asked, then until the date asked (7 s on), then 8 s: an unreadable Retry-After is the 4th retry's backoff.
    expect(at.waits).toEqual([1000, 3000, 7000, 8000]);
    expect(received).toHaveLength(5);
    for (const request of received) expect(JSON.parse(request.body)).toEqual(document);
    expect(at.retries).toEqual([
      'the collector answered 503 Service Unavailable: busy; sending session 1 of 1 again in 1 s (attempt 2 of 5)',
      'the collector answered 429 Too Many Requests: slow down; sending session 1 of 1 again in 3 s (attempt 3 of 5)',
      'the collector answered 502 Bad Gateway: busy; sending session 1 of 1 again in 7 s (attempt 4 of 5)',
      'the collector answered 504 Gateway Timeout: busy; sending session 1 of 1 again in 8 s (attempt 5 of 5)',
    ]);
  });

  it("gives a proxy's error page (nginx's 502) by its title, not its markup, in each retry's note and in the failure", async () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>${'body { margin: 0 } '.repeat(50)}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;
    const at = clock();
    const { url } = await answering(...Array.from({ length: 5 }, () => ({ status: 502, page })));
    await expect(postTraces(url, [traces(run())], {}, at.options)).rejects.toThrow(/^the collector answered 502 Bad Gateway: a web page: 502 Bad Gateway, on all 5 attempts$/);
    expect(at.retries[0]).toBe('the collector answered 502 Bad Gateway: a web page: 502 Bad Gateway; sending session 1 of 1 again in 1 s (attempt 2 of 5)');
  });

  it('gives up after 5 attempts, or at once when the wait asked would take the export beyond 60 s of waiting, saying what was stored', async () => {
    const second = traces(run('sess_2025-01-18_17-30-45_ffffffff'));
    const always = clock();
    const down = await answering({ status: 200 }, ...Array.from({ length: 5 }, () => ({ status: 503 })));
    await expect(postTraces(down.url, [traces(run()), second], {}, always.options)).rejects.toThrow(
      /^the collector answered 503 Service Unavailable: busy, on all 5 attempts \(the 1 session\(s\) before it, of 2, were stored\)$/,
    );
    expect(always.waits).toEqual([1000, 2000, 4000, 8000]);
    expect(down.received).toHaveLength(6);

    const tooLong = clock();
    const throttled = await answering({ status: 429, retryAfter: '120' });
    await expect(postTraces(throttled.url, [traces(run())], {}, tooLong.options)).rejects.toThrow(
      /^the collector answered 429 Too Many Requests: busy, and asked to wait 120 s, beyond the 60 s an export waits in all$/,
    );
    expect([tooLong.waits, throttled.received.length]).toEqual([[], 1]);

    // The 60 s are the whole export's: 40 s for the first session leave 20 s for the second.
    const shared = clock();
    const slow = await answering({ status: 429, retryAfter: '40' }, { status: 200 }, { status: 429, retryAfter: '30' });
    await expect(postTraces(slow.url, [traces(run()), second], {}, shared.options)).rejects.toThrow(
      /^the collector answered 429 Too Many Requests: busy, and asked to wait 30 s, beyond the 60 s an export waits in all \(40 s waited already\) \(the 1 session\(s\) before it, of 2, were stored\)$/,
    );
    expect(shared.waits).toEqual([40_000]);

    // A wait the collector did not ask for (no Retry-After) is not said to be asked.
    const backoff = clock();
    const spent = await answering({ status: 429, retryAfter: '59.5' }, { status: 200 }, { status: 503 });
    await expect(postTraces(spent.url, [traces(run()), second], {}, backoff.options)).rejects.toThrow(
      /^the collector answered 503 Service Unavailable: busy, and the next wait, 1 s, would go beyond the 60 s an export waits in all \(59\.5 s waited already\) \(the 1 session\(s\) before it, of 2, were stored\)$/,
    );
    expect(backoff.waits).toEqual([59_500]);
  });

  /** A generation of `files` templates, two calls each: a session of a large run, 2 + 3 x `files` spans. */
  function largeRun(files: number): SessionBuilder {
    const s = new SessionBuilder();
    s.sessionStart(1).stageStart('generate', 1);
    for (let file = 0; file < files; file++) {
      for (const level of ['beginner', 'advanced']) {
        s.attempt('generate', 1, { call_id: `c_${file}_${level}`, purpose: `generate.${level}`, model: 'gpt-5.4-mini', usage: USAGE, input: [`a${file}_filled_template.md`], output: [`a${file}_${level}.json`] });
      }
    }
    s.stageEnd('generate', 1, { status: 'ok', files_in: files, files_out: 2 * files });
    return s.log('session', 'session.end', 'ended', 1, { data: { success: true } });
  }

  it('sends a session of a large run in requests of at most 512 spans, each under its resource, every span once', async () => {
    // 1,202 spans, about 1.2 MB: more than backends take in one request (1 MB at some, 8 MB at others for a larger run).
    const document = traces(largeRun(400));
    const spans = spansOf(document);
    expect(spans).toHaveLength(1202);
    const { url, received } = await collector();
    expect(await postTraces(url, [document, traces(run('sess_2025-01-18_17-30-45_ffffffff'))])).toEqual({ requests: 4, rejected_spans: 0, messages: [] });
    const bodies = received.map((request) => JSON.parse(request.body) as OtlpDocument);
    expect(bodies.map((body) => spansOf(body).length)).toEqual([512, 512, 178, 11]);
    for (const body of bodies.slice(0, 3)) {
      expect(body.resourceSpans).toHaveLength(1);
      expect(body.resourceSpans[0].resource).toEqual(document.resourceSpans[0].resource);
      expect(body.resourceSpans[0].scopeSpans.map((scope) => scope.scope)).toEqual([{ name: 'lyfe-kt', version: VERSION }]);
    }
    expect(bodies.slice(0, 3).flatMap(spansOf)).toEqual(spans);

    // A request that fails says what of the session was stored before it.
    const at = clock();
    const down = await answering({ status: 200 }, { status: 200 }, { status: 503 }, ...Array.from({ length: 4 }, () => ({ status: 503 })));
    await expect(postTraces(down.url, [traces(run()), document], {}, at.options)).rejects.toThrow(
      /^the collector answered 503 Service Unavailable: busy, on all 5 attempts \(the 1 session\(s\) before it, of 2, and 1 of the 3 requests of this session, were stored\)$/,
    );
    expect(at.retries[0]).toBe('the collector answered 503 Service Unavailable: busy; sending session 2 of 2 (request 2 of 3) again in 1 s (attempt 2 of 5)');
  });

  it('fails at once on a status that is not retryable, whatever its Retry-After', async () => {
    for (const status of [400, 401, 404, 500, 501]) {
      const at = clock();
      const { url, received } = await answering({ status, retryAfter: '1' });
      await expect(postTraces(url, [traces(run())], {}, at.options)).rejects.toThrow(new RegExp(`^the collector answered ${status} `));
      expect([status, received.length, at.waits]).toEqual([status, 1, []]);
    }
  });

  it('tells each retry on stderr, without the headers a collector echoes, then reports the traces sent', async () => {
    const { url, received } = await answering({ status: 503, retryAfter: '0', message: 'tenant TOKEN-retry-9876 is busy' }, { status: 429, retryAfter: '0' });
    const exit = await children.start([CLI, 'export', 'otel', packageOf(run()), '--endpoint', url, '--header', 'Authorization=Bearer TOKEN-retry-9876'], { env: cliEnv() }).exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(received).toHaveLength(3);
    expect(exit.stderr).toContain('the collector answered 503 Service Unavailable: tenant [REDACTED] is busy; sending session 1 of 1 again in 0 s (attempt 2 of 5)');
    expect(exit.stderr).toContain('the collector answered 429 Too Many Requests: busy; sending session 1 of 1 again in 0 s (attempt 3 of 5)');
    expect(exit.stderr).toMatch(/sent 1 session\(s\), \d+ spans, to the collector in 1 request\(s\)/);
    expect(exit.stderr + exit.stdout).not.toContain('TOKEN-retry');
  });

  it('does not take a redirect (to a sign-in page) or a web page for a collector that stored the traces: exit code 1, nothing said sent', async () => {
    // A proxy in front of the collector sends the request to its sign-in page, which answers 200 with HTML.
    const asked: string[] = [];
    const proxy = http.createServer((request, response) => {
      request.resume().on('end', () => {
        asked.push(`${request.method} ${request.url}`);
        if (request.url!.startsWith('/v1/traces')) response.writeHead(302, { location: '/login?next=/v1/traces&sig=SIGNED-value-123' }).end();
        else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Sign in</title>');
      });
    });
    servers.push(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const exit = await children.start([CLI, 'export', 'otel', packageOf(run()), '--endpoint', url], { env: cliEnv() }).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`lyfe-kt: ${url}/v1/traces: the collector answered 302 Found, a redirect to ${url}/login, not an OTLP answer: this session's traces were not stored. Give --endpoint the collector's own OTLP/HTTP address`);
    expect(exit.stderr + exit.stdout).not.toMatch(/sent \d|SIGNED/);
    expect(asked).toEqual(['POST /v1/traces']);

    // A web UI that answers any path with its page.
    const page = http.createServer((request, response) => request.resume().on('end', () => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>UI</html>')));
    servers.push(page);
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    await expect(postTraces(`http://127.0.0.1:${(page.address() as AddressInfo).port}`, [traces(run()), traces(run('sess_2025-01-18_17-30-45_ffffffff'))])).rejects.toThrow(
      /^the endpoint answered 200 with a web page \(text\/html\), not an OTLP answer: this session's traces were not stored$/,
    );
  });

  it('fails clearly on a collector that is not there', async () => {
    const { url } = await collector();
    // A connection a collector never answered is ended, not waited for.
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
    servers = [];
    await expect(postTraces(url, [traces(run())])).rejects.toThrow(/the collector cannot be reached \(ECONNREFUSED\)/);
  });

  it("says a collector's TLS certificate is refused, not that the collector cannot be reached, and how to trust it", async () => {
    // A collector behind a certificate of a company's own authority (here self-signed), which Node does not trust.
    const tls = path.resolve('test/fixtures/tls');
    const server = https.createServer({ key: fs.readFileSync(path.join(tls, 'key.pem')), cert: fs.readFileSync(path.join(tls, 'cert.pem')) }, (request, response) => {
      request.resume().on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = (await postTraces(url, [traces(run())]).catch((caught: unknown) => caught)) as LyfeError;
    expect(error).toBeInstanceOf(LyfeError);
    expect(error.message).toBe("the collector's TLS certificate is refused (DEPTH_ZERO_SELF_SIGNED_CERT)");
    expect(error.fix).toBe(
      "Give Node the certificate of the authority that signed the collector's (NODE_EXTRA_CA_CERTS=ca.pem lyfe-kt export otel ...), or give --endpoint the host name the certificate is for",
    );
  });

  it('refuses an endpoint with credentials before it writes --output', async () => {
    const output = path.join(temp(), 'traces.jsonl');
    await expect(exportOtel(packageOf(run()), '--output', output, '--endpoint', 'http://alice-LOGIN:pw-SECRET@127.0.0.1:9')).rejects.toThrow(/has credentials in it/);
    expect(fs.existsSync(output)).toBe(false);
  });

  it('refuses an --endpoint that is no http(s) URL, or holds credentials, as a usage error (exit 2) naming the option', async () => {
    const dir = packageOf(run());
    for (const [endpoint, says] of [
      ['ftp://otel.example:4318', 'lyfe-kt: --endpoint is not an http(s) URL (it begins ftp:). Give the collector as --endpoint http(s)://host:4318'],
      ['otel:4318', 'lyfe-kt: --endpoint is not an http(s) URL (it begins otel:)'],
      ['not a url', 'lyfe-kt: --endpoint is not a URL. Give the collector'],
      ['http://alice-LOGIN:pw-SECRET@127.0.0.1:9', 'lyfe-kt: --endpoint http://127.0.0.1:9 has credentials in it'],
    ]) {
      const exit = await children.start([CLI, 'export', 'otel', dir, '--endpoint', endpoint], { env: cliEnv() }).exit;
      expect(exit.code, endpoint).toBe(2);
      expect(exit.stderr.startsWith(says), exit.stderr).toBe(true);
      expect(exit.stdout).toBe('');
      expect(exit.stderr + exit.stdout).not.toMatch(/SECRET|LOGIN/);
    }
  });

  it('takes an endpoint with or without /v1/traces, and only http(s)', () => {
    expect(tracesUrl('http://otel:4318').href).toBe('http://otel:4318/v1/traces');
    expect(tracesUrl('https://otel.example/otlp/').href).toBe('https://otel.example/otlp/v1/traces');
    expect(tracesUrl('http://otel:4318/v1/traces').href).toBe('http://otel:4318/v1/traces');
    expect(() => tracesUrl('otel:4318')).toThrow(LyfeError);
    expect(() => tracesUrl('not a url')).toThrow(/not a URL/);
    // Credentials in the URL: refused before any request, and never repeated.
    let refused: unknown;
    try {
      tracesUrl('http://alice-LOGIN:pw-SECRET@127.0.0.1:4318');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(LyfeError);
    expect(String((refused as Error).message)).toMatch(/--endpoint http:\/\/127\.0\.0\.1:4318 has credentials in it/);
    expect(JSON.stringify(refused) + String((refused as Error).message) + String((refused as LyfeError).fix)).not.toMatch(/SECRET|LOGIN/);
  });
  it('reads the collector from OTEL_EXPORTER_OTLP_ENDPOINT (with /v1/traces) when neither --endpoint nor --output is given, with the headers of OTEL_EXPORTER_OTLP_HEADERS', async () => {
    const { url, received } = await collector();
    const dir = packageOf(run());
    const exit = await children.start([CLI, 'export', 'otel', dir], {
      env: cliEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: `${url}/otlp`, OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Bearer%20env-SECRET-token , x-tenant = team%2Ca,' }),
    }).exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toBe('');
    expect(received.map((r) => [r.url, r.headers.authorization, r.headers['x-tenant']])).toEqual([['/otlp/v1/traces', 'Bearer env-SECRET-token', 'team,a']]);
    expect(JSON.parse(received[0].body)).toEqual(packageTraces(dir)[0]);
    expect(exit.stderr).toMatch(/sent 1 session\(s\), \d+ spans, to the collector of OTEL_EXPORTER_OTLP_ENDPOINT \(give --output - to write them to stdout instead\) in 1 request\(s\)/);
    expect(exit.stderr).not.toContain('SECRET');
  });

  it('takes OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is over OTEL_EXPORTER_OTLP_ENDPOINT, the traces headers over the generic ones, and --endpoint and --header over both', async () => {
    const generic = await collector();
    const traced = await collector();
    const flagged = await collector();
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: generic.url,
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${traced.url}/custom/spans`,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-tenant=generic,x-region=eu',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'X-Tenant=traces,authorization=Bearer env-token',
    };
    const dir = packageOf(run());
    await exportOtelWith(env, dir);
    expect(traced.received.map((r) => [r.url, r.headers['x-tenant'], r.headers['x-region'], r.headers.authorization])).toEqual([['/custom/spans', 'traces', 'eu', 'Bearer env-token']]);

    await exportOtelWith(env, dir, '--endpoint', flagged.url, '--header', 'Authorization=Bearer flag-token');
    expect(flagged.received.map((r) => [r.url, r.headers['x-tenant'], r.headers.authorization])).toEqual([['/v1/traces', 'traces', 'Bearer flag-token']]);
    expect([generic.received.length, traced.received.length]).toEqual([0, 1]);
  });

  it('writes to stdout with --output -, and to the file with --output FILE, without sending to the collector of the environment', async () => {
    const { url, received } = await collector();
    const dir = packageOf(run());
    const env = cliEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer x' });
    const exit = await children.start([CLI, 'export', 'otel', dir, '--output', '-'], { env }).exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toBe(`${JSON.stringify(packageTraces(dir)[0])}\n`);
    const output = path.join(temp(), 'traces.jsonl');
    await exportOtelWith({ OTEL_EXPORTER_OTLP_ENDPOINT: url }, dir, '--output', output);
    expect(fs.readFileSync(output, 'utf8')).toBe(exit.stdout);
    expect(received).toHaveLength(0);
    // Without the variables, stdout as before.
    expect((await children.start([CLI, 'export', 'otel', dir], { env: cliEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }) }).exit).stdout).toBe(exit.stdout);
  });

  it('never prints a header value a collector quotes percent-encoded, in part, across lines, or as the password of a Basic value', async () => {
    const key = 'Zk9x/q7Lm2Pw8Rt4Yv6Bn3';
    const basic = `Basic ${Buffer.from('alice:Hunter2Secret99').toString('base64')}`;
    const message = `bad key ${encodeURIComponent(key)}; also ${key.slice(0, 16)}... and ${key.slice(0, 10)}\n${key.slice(10)}; password Hunter2Secret99 of alice`;
    const refusing = await collector(401, JSON.stringify({ message }));
    const env = cliEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: refusing.url, OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${encodeURIComponent(key)},authorization=${encodeURIComponent(basic)}` });
    const exit = await children.start([CLI, 'export', 'otel', packageOf(run())], { env }).exit;
    expect(exit.code).toBe(1);
    // The error is one line: the collector's line break is shown as an escape.
    expect(exit.stderr).toContain('the collector answered 401 Unauthorized: bad key [REDACTED]; also [REDACTED] and [REDACTED]\\n[REDACTED]; password [REDACTED] of alice');
    expect(exit.stderr + exit.stdout).not.toMatch(/Zk9x|Pw8Rt4|Hunter2/);
  });

  it('treats the header values of the environment as secrets: never printed, whether refused or echoed by the collector', async () => {
    const refusing = await collector(401, '{"message":"bad key ENV-key-4321 for tenant"}');
    const dir = packageOf(run());
    const refused = await children.start([CLI, 'export', 'otel', dir], { env: cliEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: refusing.url, OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=ENV-key-4321' }) }).exit;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`lyfe-kt: ${refusing.url}/: the collector answered 401 Unauthorized: bad key [REDACTED] for tenant`);
    expect(refused.stderr + refused.stdout).not.toContain('ENV-key');

    for (const [headers, says] of [
      ['Authorization: Bearer ENV-colon-secret', 'OTEL_EXPORTER_OTLP_HEADERS: entry 1 is not key=value'],
      ['x-ok=1,Authorization=Bearer ENV-crlf-secret%0D%0A', "OTEL_EXPORTER_OTLP_HEADERS: Authorization's value holds a line break or a NUL character"],
      ['Authorization=Bearer%20%E2%80%9CENV-quoted-secret%E2%80%9D', "OTEL_EXPORTER_OTLP_HEADERS: Authorization's value holds a character no header value may hold, such as a curly quote"],
      ['Authorization=Bearer ENV-percent-secret%zz', 'OTEL_EXPORTER_OTLP_HEADERS: the value of entry 1 (Authorization) is not percent-encoded'],
      ['Bearer ENV-name-secret=x', 'OTEL_EXPORTER_OTLP_HEADERS: an entry has no HTTP header name before its ='],
    ]) {
      const exit = await children.start([CLI, 'export', 'otel', dir], { env: cliEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_EXPORTER_OTLP_HEADERS: headers }) }).exit;
      expect(exit.code, headers).toBe(2);
      expect(exit.stderr).toContain(`lyfe-kt: ${says}`);
      expect(exit.stderr + exit.stdout).not.toContain('ENV-');
    }
  });

  it('refuses an endpoint variable that is no http(s) URL or holds credentials, naming the variable', async () => {
    const dir = packageOf(run());
    for (const [env, says] of [
      [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel:4318' }, 'lyfe-kt: OTEL_EXPORTER_OTLP_ENDPOINT is not an http(s) URL (it begins otel:). Give the collector as OTEL_EXPORTER_OTLP_ENDPOINT=http(s)://host:4318'],
      [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://alice-LOGIN:pw-SECRET@127.0.0.1:9/v1/traces' }, 'lyfe-kt: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT http://127.0.0.1:9/v1/traces has credentials in it'],
    ] as const) {
      const exit = await children.start([CLI, 'export', 'otel', dir], { env: cliEnv(env) }).exit;
      expect(exit.code).toBe(2);
      expect(exit.stderr.startsWith(says), exit.stderr).toBe(true);
      expect(exit.stdout + exit.stderr).not.toMatch(/SECRET|LOGIN/);
    }
  });

  it('names the service and adds the resource attributes of OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, OTEL_SERVICE_NAME first', async () => {
    const dir = packageOf(run());
    const output = path.join(temp(), 'traces.jsonl');
    const resourceOf = async (env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> => {
      await exportOtelWith(env, dir, '--output', output);
      const document = JSON.parse(fs.readFileSync(output, 'utf8')) as OtlpDocument;
      return Object.fromEntries(document.resourceSpans[0].resource.attributes.map((a) => [a.key, a.value]));
    };
    expect(await resourceOf({ OTEL_SERVICE_NAME: 'content-pipeline', OTEL_RESOURCE_ATTRIBUTES: 'service.name=ignored, deployment.environment.name=prod,team=lessons%20%26%20co' })).toEqual({
      'service.name': { stringValue: 'content-pipeline' },
      'service.version': { stringValue: VERSION },
      'deployment.environment.name': { stringValue: 'prod' },
      team: { stringValue: 'lessons & co' },
    });
    expect(await resourceOf({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attributes' })).toMatchObject({ 'service.name': { stringValue: 'from-attributes' } });
    expect(await resourceOf({ OTEL_SERVICE_NAME: '' })).toEqual({ 'service.name': { stringValue: 'lyfe-kt' }, 'service.version': { stringValue: VERSION } });

    // A list that cannot be read is left out whole, and said; the export goes on.
    const exit = await children.start([CLI, 'export', 'otel', dir], { env: cliEnv({ OTEL_RESOURCE_ATTRIBUTES: 'team=ok,broken' }) }).exit;
    expect(exit.code).toBe(0);
    expect(exit.stderr).toContain('warning OTEL_RESOURCE_ATTRIBUTES: entry 2 is not key=value (values are not printed: they may be secrets); the traces are exported without its attributes.');
    expect(exit.stdout).toBe(`${JSON.stringify(packageTraces(dir)[0])}\n`);
  });

  it('reads OTEL lists as the W3C Baggage format: spaces trimmed, values percent-decoded, a + kept', () => {
    expect(parseOtelList(' a = b ,, c=d%20e%3D ,x=y=z,k=1+2', 'OTEL_RESOURCE_ATTRIBUTES')).toEqual([
      ['a', 'b'],
      ['c', 'd e='],
      ['x', 'y=z'],
      ['k', '1+2'],
    ]);
    expect(tracesUrl('http://otel:4318/mycollector/', 'OTEL_EXPORTER_OTLP_ENDPOINT').href).toBe('http://otel:4318/mycollector/v1/traces');
    expect(tracesUrl('http://otel:4318', 'OTEL_EXPORTER_OTLP_ENDPOINT').href).toBe('http://otel:4318/v1/traces');
    expect(tracesUrl('http://otel:4318/ingest/otlp', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT').href).toBe('http://otel:4318/ingest/otlp');
  });

  it('says in --help which variables it reads, and how to get stdout with an endpoint variable set', async () => {
    const exit = await children.start([CLI, 'export', 'otel', '--help'], { env: cliEnv() }).exit;
    for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', 'OTEL_SERVICE_NAME', 'OTEL_RESOURCE_ATTRIBUTES', '--output -']) {
      expect(exit.stdout).toContain(name);
    }
  });
});
