import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { modelFetch } from '../../src/llm/http-fetch.js';
import { deferred } from '../helpers/deferred.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  port: number;
}

let server: Server | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise<void>((resolve) => open.close(() => resolve()));
});

/** A loopback server answering each request with `answer`; `seen` lists what arrived, with the client's port (the connection). */
async function serve(answer: (seen: Seen, res: ServerResponse) => void, tls?: { key: Buffer; cert: Buffer }): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), port: req.socket.remotePort ?? 0 };
      seen.push(request);
      answer(request, res);
    });
  };
  server = tls ? createTlsServer(tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const NO_PROXY_ENV = {};

describe('modelFetch', () => {
  it('sends the method, headers and body, and gives status, headers and body as a standard Response, over one kept-alive connection', async () => {
    const { url, seen } = await serve((_request, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-request-id': 'req_1' }).end('{"ok":true}');
    });
    const fetchModel = modelFetch(NO_PROXY_ENV)!;

    const first = await fetchModel(`${url}/v1/chat/completions`, { method: 'POST', headers: new Headers({ authorization: 'Bearer sk-test', 'content-type': 'application/json' }), body: '{"model":"m","text":"ação"}' });
    const second = await fetchModel(new URL(`${url}/v1/models`), { headers: { accept: 'application/json' } });

    expect(first).toBeInstanceOf(Response);
    expect([first.status, first.statusText, first.ok]).toEqual([201, 'Made', true]);
    expect(first.headers.get('x-request-id')).toBe('req_1');
    expect(first.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await first.json()).toEqual({ ok: true });
    expect(await second.text()).toBe('{"ok":true}');
    expect(seen.map(({ method, url: path }) => `${method} ${path}`)).toEqual(['POST /v1/chat/completions', 'GET /v1/models']);
    expect(seen[0]!.body).toBe('{"model":"m","text":"ação"}');
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Bearer sk-test', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength('{"model":"m","text":"ação"}')) });
    expect(seen[1]!.headers.accept).toBe('application/json');
    // Node's fetch marks its requests; these did not go through it.
    expect(seen[0]!.headers['sec-fetch-mode']).toBeUndefined();
    expect(seen[1]!.port).toBe(seen[0]!.port);
  });

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
  ])('decodes a body sent with content-encoding %s, as fetch does', async (encoding, encode) => {
    const text = JSON.stringify({ reply: 'palavra '.repeat(200) });
    const { url } = await serve((_request, res) => res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/json' }).end(encode(Buffer.from(text))));

    const response = await modelFetch(NO_PROXY_ENV)!(url, {});

    expect(await response.text()).toBe(text);
  });

  it('leaves a body in a coding it does not know as it came, and gives a status without a body none, whatever its coding', async () => {
    const { url } = await serve(({ url: path }, res) => (path === '/none' ? res.writeHead(204, { 'content-encoding': 'gzip' }).end() : res.writeHead(200, { 'content-encoding': 'zstd' }).end('raw bytes')));
    const fetchModel = modelFetch(NO_PROXY_ENV)!;

    expect(await (await fetchModel(`${url}/coded`, {})).text()).toBe('raw bytes');
    const empty = await fetchModel(`${url}/none`, {});
    expect([empty.status, empty.body]).toEqual([204, null]);
  });

  it('follows a redirect through Node\'s fetch, with the same method and body', async () => {
    const { url, seen } = await serve(({ url: path }, res) => (path === '/old' ? res.writeHead(307, { location: '/new' }).end() : res.writeHead(200).end('moved here')));

    const response = await modelFetch(NO_PROXY_ENV)!(`${url}/old`, { method: 'POST', body: '{"a":1}' });

    expect(await response.text()).toBe('moved here');
    expect(seen.map(({ method, url: path, body }) => `${method} ${path} ${body}`)).toEqual(['POST /old {"a":1}', 'POST /old {"a":1}', 'POST /new {"a":1}']);
    expect(seen.slice(1).map(({ headers }) => headers['sec-fetch-mode'])).toEqual(['cors', 'cors']);
  });

  it("sends a body that is neither text nor bytes through Node's fetch", async () => {
    const { url, seen } = await serve((_request, res) => res.writeHead(200).end('ok'));
    const form = new FormData();
    form.append('purpose', 'batch');

    await modelFetch(NO_PROXY_ENV)!(url, { method: 'POST', body: form });

    expect(seen[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.headers['sec-fetch-mode']).toBe('cors');
  });

  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NODE_USE_ENV_PROXY'])("leaves the requests to Node's fetch when %s is set", (name) => {
    expect(modelFetch({ [name]: 'http://proxy.internal:3128' })).toBeUndefined();
    expect(modelFetch({ [name]: '' })).toBeTypeOf('function');
  });

  it("rejects with the signal's reason when the request is aborted, as fetch does, and closes the connection", async () => {
    const arrived = deferred();
    const closed = deferred();
    const { url } = await serve((_request, res) => {
      res.on('close', closed.resolve);
      arrived.resolve();
    });
    const controller = new AbortController();

    const pending = modelFetch(NO_PROXY_ENV)!(url, { method: 'POST', body: '{}', signal: controller.signal }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await arrived.promise;
    controller.abort();

    expect(await pending).toMatchObject({ name: 'AbortError' });
    await closed.promise;
  });

  it('speaks TLS, trusting the certificates Node is given (NODE_EXTRA_CA_CERTS) and no other', async () => {
    // A self-signed certificate for 127.0.0.1; Node reads NODE_EXTRA_CA_CERTS as it starts, so the client is a child process.
    const tls = path.resolve('test/fixtures/tls');
    const { url, seen } = await serve((_request, res) => res.writeHead(200).end('over TLS'), { key: readFileSync(path.join(tls, 'key.pem')), cert: readFileSync(path.join(tls, 'cert.pem')) });
    const client = `const { modelFetch } = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/lib/llm/http-fetch.js')).href)});
      const fetchModel = modelFetch({});
      for (let i = 0; i < 2; i++) {
        try { const response = await fetchModel(${JSON.stringify(`${url}/v1/chat/completions`)}, { method: 'POST', body: '{}' }); console.log(response.status, await response.text()); }
        catch (error) { console.log('failed', error.code); }
      }`;
    const run = (extraCa?: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.NODE_EXTRA_CA_CERTS;
      if (extraCa) env.NODE_EXTRA_CA_CERTS = extraCa;
      return promisify(execFile)(process.execPath, ['--input-type=module', '-e', client], { env });
    };

    expect((await run(path.join(tls, 'cert.pem'))).stdout).toBe('200 over TLS\n200 over TLS\n');
    expect(seen[1]!.port).toBe(seen[0]!.port);
    expect((await run()).stdout).toBe('failed DEPTH_ZERO_SELF_SIGNED_CERT\nfailed DEPTH_ZERO_SELF_SIGNED_CERT\n');
    expect(seen).toHaveLength(2);
  });

  it('rejects with the connection error when nothing listens', async () => {
    const { url } = await serve(() => undefined);
    const open = server!;
    server = undefined;
    await new Promise<void>((resolve) => open.close(() => resolve()));

    const error = await modelFetch(NO_PROXY_ENV)!(url, {}).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
  });
});
