// The GitHub API double: a stateful fake of the REST endpoints mcpver uses, served over HTTP on
// 127.0.0.1 (port 0) so that the real clients (Probot's Octokit, @actions/github) run unchanged.
// Git objects and refs live in a real bare repository per repository. Routes are one file per
// resource group in routes/; other parts add theirs with `GitHubDouble.start({ routes: [...] })`.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BareGit } from './bare-git.ts';
import { Faults } from './faults.ts';
import { HttpError, notFound, type Actor, type DoubleRequest, type DoubleResponse } from './http.ts';
import { RepositoryState, type Role } from './repository.ts';
import { Router } from './router.ts';
import { defaultRoutes, type RouteGroup } from './routes/index.ts';
import type { UserRecord } from './shapes.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

export interface LoggedRequest {
  method: string;
  /** Decoded path, e.g. `/repos/acme/server/git/ref/heads/mcpver/state`. */
  path: string;
  query: string;
  body: unknown;
  status: number;
  /** Who made it (login), `app` for the App's JWT. */
  actor: string;
  /** The OpenAPI path template of the route that answered, or null when no route matched. */
  operation: string | null;
  response: unknown;
}

export interface InstallationRecord {
  id: number;
  account: string;
  /** Full names of the repositories the installation may access. */
  repositories: string[];
  permissions: Record<string, string>;
}

export interface StartOptions {
  /** Extra route groups (one file per resource group), e.g. from the rollback or A/B tests. */
  routes?: RouteGroup[];
  /** Keep response bodies in the request log (default true); stress tests turn it off to save memory. */
  logResponses?: boolean;
}

const ZERO = '0'.repeat(40);

export class GitHubDouble {
  readonly faults = new Faults();
  readonly requests: LoggedRequest[] = [];
  readonly users = new Map<string, UserRecord>();
  readonly repositories = new Map<string, RepositoryState>();
  readonly installations = new Map<number, InstallationRecord>();
  readonly tokens = new Map<string, Actor>();
  readonly app = { id: 4242, slug: 'mcpver', name: 'mcpver' };
  url = '';
  private readonly router = new Router();
  private server: Server | null = null;
  private idCounter = 1000;
  private tokenCounter = 0;

  private logResponses = true;

  private constructor(private readonly dir: string) {}

  static async start(options: StartOptions = {}): Promise<GitHubDouble> {
    const double = new GitHubDouble(await mkdtemp(path.join(tmpdir(), 'github-double-')));
    double.logResponses = options.logResponses ?? true;
    for (const group of [...defaultRoutes, ...(options.routes ?? [])]) group(double.router);
    double.server = keepIdleConnections(createServer((req, res) => void double.handle(req, res)));
    await new Promise<void>((resolve) => double.server!.listen(0, '127.0.0.1', resolve));
    const address = double.server.address();
    if (!address || typeof address === 'string') throw new Error('the double did not get a port');
    double.url = `http://127.0.0.1:${address.port}`;
    return double;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    // Kept-alive connections (keep-alive.ts) end here, or close() would wait for their clients.
    this.server?.closeAllConnections();
    await closed;
    await rm(this.dir, { recursive: true, force: true });
  }

  newId(): number {
    return ++this.idCounter;
  }

  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** The user record of a login, created on first use; `[bot]` logins are bots. */
  user(login: string): UserRecord {
    let record = this.users.get(login);
    if (!record) {
      record = { login, id: this.newId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login, record);
    }
    return record;
  }

  /** The App's bot user, as comments made with its installation token show it. */
  get botLogin(): string {
    return `${this.app.slug}[bot]`;
  }

  /**
   * Create a repository. Unless `empty`, `files` (default: a README) are committed to the default branch.
   */
  async createRepository(
    fullName: string,
    options: { files?: Record<string, string>; empty?: boolean; private?: boolean; defaultBranch?: string } = {},
  ): Promise<RepositoryState> {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`"${fullName}" is not owner/name`);
    const git = await BareGit.create(this.dir, fullName);
    const repo = new RepositoryState(
      this.newId(),
      this.user(owner),
      name,
      git,
      options.private ?? false,
      options.defaultBranch ?? 'main',
    );
    repo.collaborators.set(owner, 'admin');
    this.repositories.set(fullName, repo);
    if (!options.empty)
      await this.commitFiles(
        fullName,
        repo.defaultBranch,
        options.files ?? { 'README.md': `# ${name}\n` },
        'initial commit',
      );
    return repo;
  }

  repository(fullName: string): RepositoryState {
    const repo = this.repositories.get(fullName);
    if (!repo) throw new Error(`the double has no repository ${fullName}`);
    return repo;
  }

  /** Commit files (null deletes) on top of a branch, creating it if needed, as a push would. Returns the commit. */
  async commitFiles(
    fullName: string,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author = 'seed',
  ): Promise<string> {
    const { git } = this.repository(fullName);
    const parent = await git.resolveRef(`refs/heads/${branch}`);
    const baseTree = parent ? (await git.readCommit(parent)).tree : null;
    const entries = [];
    for (const [file, content] of Object.entries(files)) {
      entries.push({
        path: file,
        mode: '100644',
        sha: content === null ? null : await git.hashBlob(Buffer.from(content)),
      });
    }
    const tree = await git.buildTree(baseTree, entries);
    const who = { name: author, email: `${author}@example.com`, date: this.now() };
    const commit = await git.commitTree(tree, parent ? [parent] : [], message, who, who);
    if (!(await git.updateRef(`refs/heads/${branch}`, commit, parent ?? ZERO)))
      throw new Error(`branch ${branch} moved while seeding`);
    return commit;
  }

  /** Create a tag ref (annotated when a message is given), as `git push --tags` would. */
  async tag(fullName: string, name: string, target: string, message?: string): Promise<string> {
    const { git } = this.repository(fullName);
    const commit = (await git.resolveRef(`${target}^{commit}`)) ?? target;
    const sha = message
      ? await git.makeTag(commit, 'commit', name, message, { name: 'seed', email: 'seed@example.com' })
      : commit;
    if (!(await git.updateRef(`refs/tags/${name}`, sha, ZERO))) throw new Error(`tag ${name} exists`);
    return sha;
  }

  /** Open a pull request from `head` (created from the default branch when missing), as a person would. */
  async openPullRequest(
    fullName: string,
    options: { head: string; base?: string; title?: string; author: string; body?: string },
  ): Promise<number> {
    const repo = this.repository(fullName);
    const base = options.base ?? repo.defaultBranch;
    if (!(await repo.git.resolveRef(`refs/heads/${options.head}`))) {
      const from = await repo.git.resolveRef(`refs/heads/${base}`);
      if (!from || !(await repo.git.updateRef(`refs/heads/${options.head}`, from, ZERO)))
        throw new Error(`cannot create ${options.head}`);
    }
    const now = this.now();
    const number = repo.nextNumber();
    repo.issues.push({
      number,
      id: this.newId(),
      title: options.title ?? options.head,
      body: options.body ?? null,
      user: this.user(options.author),
      state: 'open',
      createdAt: now,
      updatedAt: now,
      pull: {
        head: options.head,
        headOwner: repo.owner.login,
        base,
        draft: false,
        merged: false,
        mergedAt: null,
        mergeCommitSha: null,
      },
    });
    return number;
  }

  /** A comment on an issue or pull request, as a person would write it; returns its id. */
  addComment(fullName: string, issueNumber: number, login: string, body: string): number {
    const repo = this.repository(fullName);
    const now = this.now();
    const id = this.newId();
    repo.comments.push({ id, issueNumber, body, user: this.user(login), createdAt: now, updatedAt: now });
    return id;
  }

  grant(fullName: string, login: string, role: Role): void {
    this.user(login);
    this.repository(fullName).collaborators.set(login, role);
  }

  /** Register a personal or workflow token acting as `login`. */
  addToken(token: string, login: string, options: { readOnly?: boolean } = {}): void {
    this.user(login);
    this.tokens.set(token, { login, kind: 'token', readOnly: options.readOnly ?? false });
  }

  install(
    id: number,
    account: string,
    repositories: string[],
    permissions: Record<string, string> = {
      contents: 'write',
      issues: 'write',
      pull_requests: 'write',
      metadata: 'read',
    },
  ): InstallationRecord {
    const record = { id, account, repositories, permissions };
    this.installations.set(id, record);
    return record;
  }

  /** Mint an installation token (what POST /app/installations/{id}/access_tokens answers). */
  mintInstallationToken(installationId: number): string {
    const token = `ghs_double${++this.tokenCounter}`;
    this.tokens.set(token, { login: this.botLogin, kind: 'installation', readOnly: false, installationId });
    this.user(this.botLogin);
    return token;
  }

  /** Requests other than those the scenario expected: `[method, path pattern]` pairs. */
  unexpectedRequests(expected: Array<[string, RegExp]>): LoggedRequest[] {
    return this.requests.filter(
      (r) => !expected.some(([method, pattern]) => r.method === method && pattern.test(r.path)),
    );
  }

  /** Requests that changed something (POST, PATCH, PUT, DELETE) and succeeded. */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.status < 400);
  }

  private authenticate(req: IncomingMessage): Actor {
    const header = req.headers.authorization ?? '';
    const [, credential] = /^(?:token|bearer)\s+(.+)$/i.exec(header) ?? [];
    if (!credential) throw new HttpError(401, 'Requires authentication');
    // The App's own JWT: a three-part token. The double does not verify its signature; Probot made it.
    if (/^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(credential)) return { login: null, kind: 'app', readOnly: true };
    const actor = this.tokens.get(credential);
    if (!actor) throw new HttpError(401, 'Bad credentials');
    return actor;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // GitHub Enterprise Server serves the API under /api/v3 (Probot's GHE_HOST points there).
    const pathname = url.pathname.startsWith('/api/v3/') ? url.pathname.slice('/api/v3'.length) : url.pathname;
    const segments = pathname
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
    const decodedPath = '/' + segments.join('/');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    let response: DoubleResponse;
    let actorName = 'anonymous';
    let operation: string | null = null;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    try {
      const actor = this.authenticate(req);
      actorName = actor.login ?? 'app';
      const method = (req.method ?? 'GET').toUpperCase();
      const route = this.router.match(method, segments);
      if (!route) throw notFound();
      operation = route.operation;
      const request: DoubleRequest = {
        method,
        path: decodedPath,
        params: route.params,
        query: url.searchParams,
        headers: req.headers,
        body: body ?? {},
        actor,
        double: this,
      };
      if (route.params.owner && route.params.repo) {
        const repo = this.repositories.get(`${route.params.owner}/${route.params.repo}`);
        if (!repo) throw notFound();
        if (
          actor.kind === 'installation' &&
          !this.installations.get(actor.installationId!)?.repositories.includes(repo.fullName)
        )
          throw notFound();
        request.repo = repo;
      }
      const failure = this.faults.take(request);
      if (failure && !failure.apply) {
        throw failure.retryAfter !== undefined
          ? new HttpError(
              403,
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
              {},
              { 'retry-after': String(failure.retryAfter) },
            )
          : new HttpError(failure.status, 'Server Error');
      }
      response = await route.handler(request);
      if (failure?.apply) response = new HttpError(failure.status, 'Server Error').toResponse();
      if (method === 'GET' && request.repo && /\/git\/ref\//.test(decodedPath) && response.status === 200) {
        for (const mover of this.faults.countRead(request.repo.fullName, route.params.ref ?? '')) {
          // "Another writer" commits right after this read; it too may lose a race, so it retries.
          for (let attempt = 0; attempt < 10; attempt++) {
            try {
              await this.commitFiles(
                request.repo.fullName,
                mover.branch,
                { [`.double/moved-${mover.moves + 1}`]: `moved ${mover.moves + 1}\n` },
                'another writer',
              );
              mover.moves++;
              break;
            } catch {
              continue;
            }
          }
        }
      }
    } catch (error) {
      if (error instanceof HttpError) response = error.toResponse();
      else response = { status: 500, body: { message: `double: ${(error as Error).message}` } };
    }
    const logged = this.logResponses || text.length < 4096 ? body : '(large body not logged)';
    this.requests.push({
      method: req.method ?? 'GET',
      path: decodedPath,
      query: url.search,
      body: logged,
      status: response.status,
      actor: actorName,
      operation,
      response: this.logResponses || response.status >= 400 ? response.body : undefined,
    });
    const headers: Record<string, string> = {
      'x-github-request-id': `DOUBLE:${this.requests.length}`,
      ...response.headers,
    };
    if (typeof response.body === 'string' && headers['content-type']) {
      res.writeHead(response.status, headers).end(response.body);
    } else if (response.body === undefined || response.status === 204) {
      res.writeHead(response.status, headers).end();
    } else {
      res
        .writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        .end(JSON.stringify(response.body));
    }
  }
}
