import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback fake of the parts of the GitHub API the action uses, for the real Octokit to talk
 * to: the pull request's comments through GraphQL (`viewer`, `pullRequest.comments` with
 * `author`, `isMinimized` and cursor pages, as the sticky comment reads them), comments created,
 * updated and deleted through REST, and open pull requests listed by `head`. In `forbidden` mode
 * writes answer 403, as a fork's read-only token gets.
 *
 * `holdCommentReads: n` answers the first n comment reads only once all n have arrived: n runs
 * that look for their comment at the same moment, which is how two runs race to create one.
 */

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  /** As REST names the account: a bot is `name[bot]`. */
  user: { login: string; type: string };
  minimized?: boolean;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  head: { sha: string; ref: string; owner: string };
}

export interface FakeGitHubApi {
  /** Base URL for Octokit (`GITHUB_API_URL`). */
  url: string;
  comments: FakeComment[];
  pulls: FakePull[];
  requests: { method: string; path: string; headers: IncomingHttpHeaders; body?: unknown }[];
  mode: 'ok' | 'forbidden';
  close(): Promise<void>;
}

/** The account of every token: the job's `github-actions[bot]`. */
const VIEWER = { login: 'github-actions[bot]', type: 'Bot' };
const PAGE = 100;

const ISSUE_COMMENTS = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE_COMMENT = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
const PULLS = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/;

export async function startFakeGitHubApi(
  options: {
    mode?: FakeGitHubApi['mode'];
    comments?: Omit<FakeComment, 'id' | 'created_at' | 'updated_at'>[];
    pulls?: FakePull[];
    holdCommentReads?: number;
  } = {},
): Promise<FakeGitHubApi> {
  let nextId = 1000;
  const now = () => new Date().toISOString();
  const api: FakeGitHubApi = {
    url: '',
    comments: (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++, created_at: now(), updated_at: now() })),
    pulls: options.pulls ?? [],
    requests: [],
    mode: options.mode ?? 'ok',
    close: async () => undefined,
  };
  let held: (() => void)[] = [];
  let toHold = options.holdCommentReads ?? 0;

  const commentsPage = (issue: number, after: string | null) => {
    const all = api.comments.filter((comment) => comment.issue === issue).sort((a, b) => a.id - b.id);
    const start = after === null ? 0 : Number(after);
    const nodes = all.slice(start, start + PAGE).map((comment) => ({
      databaseId: comment.id,
      body: comment.body,
      isMinimized: comment.minimized ?? false,
      // GraphQL names a bot without the `[bot]` that REST adds.
      author: { login: comment.user.type === 'Bot' ? comment.user.login.replace(/\[bot\]$/, '') : comment.user.login },
    }));
    const end = start + nodes.length;
    return { nodes, pageInfo: { hasNextPage: end < all.length, endCursor: String(end) } };
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    api.requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(value));

    if (!req.headers.authorization) return send(401, { message: 'Requires authentication' });

    if (req.method === 'POST' && url.pathname === '/graphql') {
      const query = String(body?.query ?? '');
      const variables = (body?.variables ?? {}) as { number?: number; after?: string | null };
      if (!/viewer\s*\{\s*login\s*\}/.test(query) || !/pullRequest\(number: \$number\)/.test(query)) {
        return send(200, { errors: [{ message: `the fake answers the comments query only, not: ${query}` }] });
      }
      if (toHold > 0) {
        toHold -= 1;
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (toHold === 0) {
            for (const release of held) release();
            held = [];
          }
        });
      }
      const page = commentsPage(Number(variables.number), variables.after ?? null);
      return send(200, { data: { viewer: { login: VIEWER.login }, repository: { pullRequest: { comments: page } } } });
    }

    const pulls = PULLS.exec(url.pathname);
    if (req.method === 'GET' && pulls) {
      const [owner, ref] = (url.searchParams.get('head') ?? ':').split(':');
      const state = url.searchParams.get('state') ?? 'open';
      const found = api.pulls.filter((pull) => state === 'open' && (!owner || (pull.head.owner === owner && pull.head.ref === ref)));
      return send(200, found.map((pull) => ({ number: pull.number, state: 'open', head: { sha: pull.head.sha, ref: pull.head.ref, label: `${pull.head.owner}:${pull.head.ref}` } })));
    }

    const list = ISSUE_COMMENTS.exec(url.pathname);
    const one = ONE_COMMENT.exec(url.pathname);
    if ((req.method === 'POST' && list) || (one && (req.method === 'PATCH' || req.method === 'DELETE'))) {
      if (api.mode === 'forbidden') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      }
      if (req.method === 'DELETE') {
        const index = api.comments.findIndex((candidate) => candidate.id === Number(one![3]));
        if (index < 0) return send(404, { message: 'Not Found' });
        api.comments.splice(index, 1);
        return res.writeHead(204).end();
      }
      const text = body?.body;
      if (typeof text !== 'string') return send(422, { message: 'Invalid request: body is required' });
      if (text.length > 65_536) return send(422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
      if (list) {
        const comment: FakeComment = { id: nextId++, issue: Number(list[3]), body: text, user: VIEWER, created_at: now(), updated_at: now() };
        api.comments.push(comment);
        return send(201, comment);
      }
      const comment = api.comments.find((candidate) => candidate.id === Number(one![3]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (comment.user.login !== VIEWER.login) return send(403, { message: 'Resource not accessible by integration' });
      comment.body = text;
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
