import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/**
 * A loopback fake of the Actions results service as `@actions/artifact` talks to it: the Twirp
 * `CreateArtifact` and `FinalizeArtifact` calls, and the Azure block-blob upload (`comp=block`
 * then `comp=blocklist`) to the signed URL that `CreateArtifact` returns; for downloads within
 * the run, `ListArtifacts`, `GetSignedArtifactURL` and the blob's GET.
 */

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface FakeArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  expiresAt?: string;
  /** The uploaded bytes (a zip), once the block list was committed. */
  content?: Buffer;
  size?: string;
  hash?: string;
  finalized: boolean;
}

export interface FakeArtifactService {
  /** For `ACTIONS_RESULTS_URL`. */
  url: string;
  artifacts: FakeArtifact[];
  /** A runtime token (`ACTIONS_RUNTIME_TOKEN`) whose `scp` claim names this run and job. */
  runtimeToken(runBackendId: string, jobBackendId: string): string;
  /** When set, `CreateArtifact` answers with this Twirp error. */
  failCreate?: { status: number; code: string; msg: string };
  /** Every request it was sent, as `METHOD path`. */
  requests: string[];
  /** Answer every request 404, as on a server that has no such service (GitHub Enterprise Server). */
  absent?: boolean;
  close(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  let nextId = 1;
  const blocks = new Map<string, Map<string, Buffer>>();
  const service: FakeArtifactService = {
    url: '',
    artifacts: [],
    requests: [],
    runtimeToken: (run, job) =>
      `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ scp: `Actions.GenericRead:${run} Actions.Results:${run}:${job}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.c2ln`,
    close: async () => undefined,
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    service.requests.push(`${req.method} ${url.pathname}`);
    if (service.absent) return json(404, { code: 'bad_route', msg: 'no artifact service on this server' });

    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      if (!req.headers.authorization?.startsWith('Bearer ')) return json(401, { code: 'unauthenticated', msg: 'no token' });
      const method = url.pathname.slice(TWIRP.length);
      // Twirp's JSON names fields by their proto names (`workflow_run_backend_id`); camelCase is accepted too.
      const raw = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      const request = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value]));
      if (method === 'CreateArtifact') {
        if (service.failCreate) return json(service.failCreate.status, { code: service.failCreate.code, msg: service.failCreate.msg });
        const name = String(request.name);
        if (service.artifacts.some((artifact) => artifact.name === name && artifact.workflowRunBackendId === request.workflowRunBackendId)) {
          return json(409, { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` });
        }
        const artifact: FakeArtifact = {
          id: nextId++,
          name,
          workflowRunBackendId: String(request.workflowRunBackendId),
          workflowJobRunBackendId: String(request.workflowJobRunBackendId),
          expiresAt: request.expiresAt as string | undefined,
          finalized: false,
        };
        service.artifacts.push(artifact);
        return json(200, { ok: true, signedUploadUrl: `${service.url}/devstoreaccount1/actions-results/${artifact.id}/${encodeURIComponent(name)}.zip?sig=fake-signature&se=2099-01-01` });
      }
      if (method === 'FinalizeArtifact') {
        const artifact = service.artifacts.find((candidate) => candidate.name === request.name && candidate.workflowRunBackendId === request.workflowRunBackendId);
        if (!artifact?.content) return json(404, { code: 'not_found', msg: 'no uploaded artifact of that name' });
        artifact.finalized = true;
        artifact.size = String(request.size);
        artifact.hash = (request.hash as string | undefined) ?? undefined;
        return json(200, { ok: true, artifactId: String(artifact.id) });
      }
      if (method === 'ListArtifacts') {
        // An Int64Value filter is its plain value in Twirp's JSON.
        const filter = request.idFilter as { value?: unknown } | string | undefined;
        const id = filter === undefined || filter === null ? undefined : String(typeof filter === 'object' ? filter.value : filter);
        const found = service.artifacts.filter((artifact) => artifact.finalized && artifact.workflowRunBackendId === request.workflowRunBackendId && (id === undefined || String(artifact.id) === id));
        return json(200, {
          artifacts: found.map((artifact) => ({
            workflow_run_backend_id: artifact.workflowRunBackendId,
            workflow_job_run_backend_id: artifact.workflowJobRunBackendId,
            database_id: String(artifact.id),
            name: artifact.name,
            size: artifact.size ?? '0',
            created_at: '2026-01-01T00:00:00Z',
          })),
        });
      }
      if (method === 'GetSignedArtifactURL') {
        const artifact = service.artifacts.find((candidate) => candidate.finalized && candidate.name === request.name && candidate.workflowRunBackendId === request.workflowRunBackendId);
        if (!artifact) return json(404, { code: 'not_found', msg: 'no artifact of that name' });
        return json(200, { signed_url: `${service.url}/download/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?sig=fake-signature` });
      }
      return json(404, { code: 'bad_route', msg: `no method ${method}` });
    }

    if (req.method === 'GET' && url.pathname.startsWith('/download/') && url.searchParams.get('sig') === 'fake-signature') {
      const artifact = service.artifacts.find((candidate) => candidate.id === Number(url.pathname.split('/')[2]));
      if (!artifact?.content) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.content.length }).end(artifact.content);
    }

    if (req.method === 'PUT' && url.searchParams.get('sig') === 'fake-signature') {
      const key = url.pathname;
      const headers = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', date: new Date().toUTCString() };
      if (url.searchParams.get('comp') === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        if (!blocks.has(key)) blocks.set(key, new Map());
        blocks.get(key)!.set(id, body);
        return res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' }).end();
      }
      if (url.searchParams.get('comp') === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((match) => match[1]);
        const staged = blocks.get(key) ?? new Map<string, Buffer>();
        const missing = ids.filter((id) => !staged.has(id));
        if (missing.length > 0) return res.writeHead(400, headers).end(`InvalidBlockList: ${missing.join(',')}`);
        const id = Number(key.split('/')[3]);
        const artifact = service.artifacts.find((candidate) => candidate.id === id);
        if (!artifact) return res.writeHead(404, headers).end();
        artifact.content = Buffer.concat(ids.map((blockId) => staged.get(blockId)!));
        blocks.delete(key);
        return res.writeHead(201, { ...headers, etag: `"0x${artifact.id}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' }).end();
      }
    }
    res.writeHead(404).end(`no route ${req.method} ${url.pathname}`);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return service;
}

/** The entries of a zip file (stored or deflated), read through its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const END = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('damaged central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) entries.set(name, method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
