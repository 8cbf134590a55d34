import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback fake of the GitHub REST API's issue comments, for the real Octokit to talk to:
 * list (paginated by `per_page`/`page` with a `link` header), create and update. In `forbidden`
 * mode writes answer 403, as a fork's read-only token gets.
 */

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeGitHubApi {
  /** Base URL for Octokit (`GITHUB_API_URL`). */
  url: string;
  comments: FakeComment[];
  requests: { method: string; path: string; headers: IncomingHttpHeaders; body?: unknown }[];
  mode: 'ok' | 'forbidden';
  close(): Promise<void>;
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

export async function startFakeGitHubApi(options: { mode?: FakeGitHubApi['mode']; comments?: Omit<FakeComment, 'id' | 'created_at' | 'updated_at'>[] } = {}): Promise<FakeGitHubApi> {
  let nextId = 1000;
  const now = () => new Date().toISOString();
  const api: FakeGitHubApi = {
    url: '',
    comments: (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++, created_at: now(), updated_at: now() })),
    requests: [],
    mode: options.mode ?? 'ok',
    close: async () => undefined,
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = text ? (JSON.parse(text) as { body?: string }) : undefined;
    api.requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(value));

    if (!req.headers.authorization) return send(401, { message: 'Requires authentication' });
    const list = LIST.exec(url.pathname);
    const one = ONE.exec(url.pathname);
    if (req.method === 'GET' && list) {
      const issue = Number(list[3]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = api.comments.filter((comment) => comment.issue === issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${api.url}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if ((req.method === 'POST' && list) || (req.method === 'PATCH' && one)) {
      if (api.mode === 'forbidden') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      }
      if (typeof body?.body !== 'string') return send(422, { message: 'Invalid request: body is required' });
      if (body.body.length > 65_536) return send(422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
      if (list) {
        const comment: FakeComment = {
          id: nextId++,
          issue: Number(list[3]),
          body: body.body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created_at: now(),
          updated_at: now(),
        };
        api.comments.push(comment);
        return send(201, comment);
      }
      const comment = api.comments.find((candidate) => candidate.id === Number(one![3]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = body.body;
      comment.updated_at = now();
      return send(200, comment);
    }
    return send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return api;
}
