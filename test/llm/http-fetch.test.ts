import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/llm/http-fetch.js';
import { deferred } from '../helpers/deferred.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A loopback server answering with `handler`; returns its base URL and how many connections it took. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    handler(req, res, Buffer.concat(chunks).toString('utf8'));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, connections: () => connections };
}

describe('httpFetch, the fetch the OpenAI SDK is given', () => {
  it('sends the method, headers and body, and gives the status, headers and body of the reply', async () => {
    const { url } = await serve((req, res, body) => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1' }).end(JSON.stringify({ method: req.method, auth: req.headers.authorization, body }));
    });
    const response = await httpFetch(`${url}/chat/completions`, { method: 'POST', headers: { Authorization: 'Bearer sk-x', 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ method: 'POST', auth: 'Bearer sk-x', body: '{"a":1}' });
  });

  it('keeps the connection open for the next request', async () => {
    const { url, connections } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    for (let i = 0; i < 5; i++) expect(await (await httpFetch(url, { method: 'POST', body: '{}' })).json()).toEqual({});
    expect(connections()).toBe(1);
  });

  it('gives a status without a body an empty body', async () => {
    const { url } = await serve((_req, res) => res.writeHead(204).end());
    const response = await httpFetch(url);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('fails as fetch does when nothing listens: a TypeError with the system error as its cause', async () => {
    const { url } = await serve(() => {});
    await new Promise((resolve) => server!.close(resolve));
    const error = await httpFetch(url).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('fails when the connection closes before the reply ends', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"half":', () => res.destroy());
    });
    const error = await httpFetch(url).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });

  it('rejects with an AbortError when the signal aborts while the reply is being read', async () => {
    const started = deferred();
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"part":', () => started.resolve());
    });
    const controller = new AbortController();
    const pending = httpFetch(url, { signal: controller.signal }).catch((failure: unknown) => failure);
    await started.promise;
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once with an AbortError when the signal has already aborted', async () => {
    const { url, connections } = await serve((_req, res) => res.end('{}'));
    const error = await httpFetch(url, { signal: AbortSignal.abort() }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(connections()).toBe(0);
  });

  it('follows a redirect as fetch does', async () => {
    const { url } = await serve((req, res, body) => {
      if (req.url === '/v1/old') res.writeHead(307, { location: '/v1/new' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: req.url, body }));
    });
    const response = await httpFetch(`${url}/old`, { method: 'POST', body: '{"a":1}' });
    expect(await response.json()).toEqual({ url: '/v1/new', body: '{"a":1}' });
  });

  it("hands a body that is not text or bytes to Node's fetch", async () => {
    const { url } = await serve((_req, res, body) => res.end(body));
    const response = await httpFetch(url, { method: 'POST', body: new Blob(['from a blob']) });
    expect(await response.text()).toBe('from a blob');
  });
});
