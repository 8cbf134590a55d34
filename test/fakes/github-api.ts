import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback fake of the parts of the GitHub API the action uses, for the real Octokit to talk
 * to: the pull request's comments through GraphQL (`viewer`, `pullRequest.comments` with
 * `author`, `isMinimized` and cursor pages, as the sticky comment reads them), comments created,
 * updated and deleted through REST, and open pull requests listed by `head`. For `compare-with`:
 * a pull request's base, commits and their parents, workflow runs filtered and paged as the
 * Actions API does, a run's artifacts, and an artifact's zip, a redirect to storage on another
 * origin (410 once expired); without `actionsRead` the Actions endpoints answer 403. In `forbidden` mode
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
  /** The branch it merges into (and the commit of it its merge is made on), for `GET /pulls/{number}`. */
  base?: { ref: string; sha?: string };
}

/** A workflow run as the Actions REST API lists it, with the artifacts it uploaded. */
export interface FakeWorkflowRun {
  id: number;
  /** The workflow file, `.github/workflows/lessons.yml`. */
  path: string;
  event: string;
  head_branch: string | null;
  head_sha: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  run_attempt?: number;
  /** `owner/repo` the run's commit came from; the repository itself unless said. */
  head_repository?: string;
  artifacts: FakeRunArtifact[];
}

export interface FakeRunArtifact {
  id: number;
  name: string;
  /** The zip the download redirects to. */
  content: Buffer;
  expired?: boolean;
}

/** A commit, for `GET /commits/{ref}`: found by its SHA or by a ref (branch or tag) that points at it. */
export interface FakeCommit {
  sha: string;
  parents: string[];
  refs?: string[];
}

export interface FakeGitHubApi {
  /** Base URL for Octokit (`GITHUB_API_URL`). */
  url: string;
  comments: FakeComment[];
  pulls: FakePull[];
  runs: FakeWorkflowRun[];
  commits: FakeCommit[];
  /** Whether the token may read Actions (`actions: read`); without it the Actions endpoints answer 403. */
  actionsRead: boolean;
  /** Downloads from the storage an artifact's zip redirects to (another origin), with their headers. */
  blobRequests: { path: string; headers: IncomingHttpHeaders }[];
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
const ONE_PULL = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/;
const COMMIT = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)$/;

export async function startFakeGitHubApi(
  options: {
    mode?: FakeGitHubApi['mode'];
    comments?: Omit<FakeComment, 'id' | 'created_at' | 'updated_at'>[];
    pulls?: FakePull[];
    runs?: FakeWorkflowRun[];
    commits?: FakeCommit[];
    holdCommentReads?: number;
  } = {},
): Promise<FakeGitHubApi> {
  let nextId = 1000;
  const now = () => new Date().toISOString();
  const api: FakeGitHubApi = {
    url: '',
    comments: (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++, created_at: now(), updated_at: now() })),
    pulls: options.pulls ?? [],
    runs: options.runs ?? [],
    commits: options.commits ?? [],
    actionsRead: true,
    blobRequests: [],
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

    if (req.method === 'GET' && url.pathname.includes('/actions/')) {
      if (!api.actionsRead) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      const answered = actionsAnswer(api, url, blob.url);
      if (answered.redirect) return res.writeHead(302, { location: answered.redirect }).end();
      return send(answered.status, answered.body);
    }

    const commit = COMMIT.exec(url.pathname);
    if (req.method === 'GET' && commit) {
      const ref = decodeURIComponent(commit[3]);
      const found = api.commits.find((candidate) => candidate.sha === ref || candidate.refs?.includes(ref));
      if (!found) return send(422, { message: `No commit found for SHA: ${ref}` });
      return send(200, { sha: found.sha, parents: found.parents.map((sha) => ({ sha })) });
    }

    const pull = ONE_PULL.exec(url.pathname);
    if (req.method === 'GET' && pull) {
      const found = api.pulls.find((candidate) => candidate.number === Number(pull[3]));
      if (!found?.base) return send(404, { message: 'Not Found' });
      return send(200, { number: found.number, state: 'open', head: { sha: found.head.sha, ref: found.head.ref }, base: found.base });
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

  // Artifact storage: another origin, as GitHub's redirect leads to, so the client must not send the token there.
  const blobServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    api.blobRequests.push({ path: url.pathname, headers: req.headers });
    const id = /^\/blob\/(\d+)\.zip$/.exec(url.pathname)?.[1];
    const artifact = api.runs.flatMap((run) => run.artifacts).find((candidate) => String(candidate.id) === id);
    if (!artifact || url.searchParams.get('sig') !== 'fake-signature') return res.writeHead(403).end('AuthenticationFailed');
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.content.length) }).end(artifact.content);
  });
  const blob = { url: '' };

  const listen = async (target: typeof server) => {
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  };
  api.url = await listen(server);
  blob.url = await listen(blobServer);
  const stop = (target: typeof server) =>
    new Promise<void>((resolve, reject) => {
      target.close((error) => (error ? reject(error) : resolve()));
      target.closeAllConnections();
    });
  api.close = async () => {
    await Promise.all([stop(server), stop(blobServer)]);
  };
  return api;
}

const RUNS = /^\/repos\/([^/]+)\/([^/]+)\/actions(?:\/workflows\/([^/]+))?\/runs$/;
const RUN_ARTIFACTS = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/;
const ARTIFACT_ZIP = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/;

/** A page of `items` as the REST API pages: `per_page` (at most 100) and `page` from 1. */
function pageOf<T>(items: T[], url: URL): T[] {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The Actions endpoints: workflow runs (of the repository or of one workflow file), a run's artifacts, an artifact's zip. */
function actionsAnswer(api: FakeGitHubApi, url: URL, blobUrl: string): { status: number; body?: unknown; redirect?: string } {
  const runs = RUNS.exec(url.pathname);
  if (runs) {
    const [, owner, repo, workflow] = runs;
    // A workflow file no run has is one the default branch does not have: GitHub answers 404.
    if (workflow && !api.runs.some((run) => run.path.split('/').at(-1) === workflow)) return { status: 404, body: { message: 'Not Found' } };
    const query = url.searchParams;
    const matching = api.runs
      .filter((run) => !workflow || run.path.split('/').at(-1) === workflow)
      .filter((run) => !query.get('branch') || run.head_branch === query.get('branch'))
      .filter((run) => !query.get('head_sha') || run.head_sha === query.get('head_sha'))
      .filter((run) => !query.get('status') || run.conclusion === query.get('status'))
      .sort((a, b) => b.id - a.id);
    const workflowRuns = pageOf(matching, url).map((run) => ({
      id: run.id,
      path: run.path,
      event: run.event,
      status: 'completed',
      conclusion: run.conclusion,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      run_attempt: run.run_attempt ?? 1,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}`,
      head_repository: { full_name: run.head_repository ?? `${owner}/${repo}` },
    }));
    return { status: 200, body: { total_count: matching.length, workflow_runs: workflowRuns } };
  }
  const artifacts = RUN_ARTIFACTS.exec(url.pathname);
  if (artifacts) {
    const run = api.runs.find((candidate) => candidate.id === Number(artifacts[3]));
    if (!run) return { status: 404, body: { message: 'Not Found' } };
    const list = pageOf(run.artifacts, url).map((artifact) => ({ id: artifact.id, name: artifact.name, size_in_bytes: artifact.content.length, expired: artifact.expired ?? false, workflow_run: { id: run.id, head_sha: run.head_sha } }));
    return { status: 200, body: { total_count: run.artifacts.length, artifacts: list } };
  }
  const zip = ARTIFACT_ZIP.exec(url.pathname);
  if (zip) {
    const artifact = api.runs.flatMap((run) => run.artifacts).find((candidate) => candidate.id === Number(zip[3]));
    if (!artifact) return { status: 404, body: { message: 'Not Found' } };
    if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired' } };
    return { status: 302, redirect: `${blobUrl}/blob/${artifact.id}.zip?sig=fake-signature` };
  }
  return { status: 404, body: { message: `Not Found: GET ${url.pathname}` } };
}
