// The double's git objects and refs: a real bare repository, so SHAs, trees, annotated tags and
// fast-forward checks are git's own and not an imitation of them.

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitIdentity {
  name: string;
  email: string;
  date?: string;
}

export class BareGit {
  // Objects are immutable and named by their content, so what was read once is cached for good:
  // the concurrency tests send thousands of requests and each git spawn costs milliseconds.
  private readonly types = new Map<string, string>();
  private readonly objects = new Map<string, Buffer>();
  private readonly trees = new Map<string, Array<{ path: string; mode: string; type: string; sha: string; size?: number }>>();
  /** Becomes true once a ref exists (GitHub answers 409 on git data of a repository with no commit). */
  private seenRefs = false;

  constructor(readonly dir: string) {}

  async isEmpty(): Promise<boolean> {
    if (!this.seenRefs) this.seenRefs = (await this.text(['for-each-ref', '--count=1', '--format=%(refname)'])) !== '';
    return !this.seenRefs;
  }

  static async create(parent: string, name: string): Promise<BareGit> {
    const dir = path.join(parent, `${name.replace('/', '__')}.git`);
    const git = new BareGit(dir);
    await new Promise<void>((resolve, reject) =>
      execFile('git', ['init', '-q', '--bare', '-b', 'main', dir], (error) => (error ? reject(error) : resolve())),
    );
    return git;
  }

  run(args: string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: this.dir, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...options.env } },
        (error, stdout, stderr) => {
          if (error) reject(Object.assign(new Error(`git ${args.join(' ')}: ${stderr.toString().trim()}`), { stderr: stderr.toString() }));
          else resolve(stdout);
        },
      );
      // Commands that read no input may exit before stdin is closed: ignore EPIPE on it.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input ?? '');
    });
  }

  async text(args: string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<string> {
    return (await this.run(args, options)).toString('utf8').trim();
  }

  async objectType(sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return null;
    const known = this.types.get(sha);
    if (known) return known;
    try {
      const type = await this.text(['cat-file', '-t', sha]);
      this.types.set(sha, type);
      return type;
    } catch {
      return null;
    }
  }

  async hashBlob(content: Buffer): Promise<string> {
    const sha = await this.text(['hash-object', '-w', '--stdin'], { input: content });
    this.types.set(sha, 'blob');
    this.objects.set(sha, content);
    return sha;
  }

  async readObject(sha: string): Promise<Buffer> {
    const cached = this.objects.get(sha);
    if (cached) return cached;
    const type = await this.objectType(sha);
    if (!type) throw new Error(`no object ${sha}`);
    const content = await this.run(['cat-file', type, sha]);
    this.objects.set(sha, content);
    return content;
  }

  /** All refs under a prefix (`refs/heads/`), with the object each points at and its type. */
  async refs(prefix = 'refs/'): Promise<Array<{ ref: string; sha: string; type: string }>> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split(' ');
        return { ref: ref!, sha: sha!, type: type! };
      });
  }

  /** The object a full ref name points at, or null (one spawn, no pattern matching). */
  async refTarget(ref: string): Promise<string | null> {
    try {
      return (await this.text(['rev-parse', '--verify', '--quiet', ref])) || null;
    } catch {
      return null;
    }
  }

  async resolveRef(ref: string): Promise<string | null> {
    try {
      return (await this.text(['rev-parse', '--verify', '--quiet', ref])) || null;
    } catch {
      return null;
    }
  }

  /** `git update-ref REF NEW OLD`: the swap happens only if the ref is still at OLD (zeros: must not exist). */
  async updateRef(ref: string, next: string, expected: string): Promise<boolean> {
    try {
      await this.run(['update-ref', ref, next, expected]);
      this.seenRefs = true;
      return true;
    } catch {
      return false;
    }
  }

  async deleteRef(ref: string, expected: string): Promise<boolean> {
    try {
      await this.run(['update-ref', '-d', ref, expected]);
      this.seenRefs = false;
      return true;
    } catch {
      return false;
    }
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.run(['merge-base', '--is-ancestor', ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Build a tree from entries, optionally on top of a base tree, through a private index:
   * `content` entries become blobs, `sha: null` removes the path.
   */
  async buildTree(baseTree: string | null, entries: Array<{ path: string; mode: string; sha: string | null }>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'github-double-index-'));
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      if (baseTree) await this.run(['read-tree', baseTree], { env });
      else await this.run(['read-tree', '--empty'], { env });
      const lines = entries.map((e) => (e.sha === null ? `0 ${'0'.repeat(40)}\t${e.path}` : `${e.mode} ${e.sha}\t${e.path}`));
      if (lines.length) await this.run(['update-index', '--add', '--index-info'], { env, input: `${lines.join('\n')}\n` });
      return await this.text(['write-tree'], { env });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async commitTree(tree: string, parents: string[], message: string, author: GitIdentity, committer: GitIdentity): Promise<string> {
    const env: Record<string, string> = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      ...(author.date ? { GIT_AUTHOR_DATE: author.date } : {}),
      ...(committer.date ? { GIT_COMMITTER_DATE: committer.date } : {}),
    };
    return this.text(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { env, input: message });
  }

  /** Parse a commit object: tree, parents, author, committer, message. */
  async readCommit(sha: string) {
    const text = (await this.readObject(sha)).toString('utf8');
    const split = text.indexOf('\n\n');
    const header = text.slice(0, split).split('\n');
    const message = text.slice(split + 2);
    const person = (line: string | undefined) => {
      const m = /^\w+ (.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line ?? '');
      return { name: m?.[1] ?? '', email: m?.[2] ?? '', date: new Date(Number(m?.[3] ?? 0) * 1000).toISOString().replace('.000Z', 'Z') };
    };
    return {
      tree: header.find((l) => l.startsWith('tree '))!.slice(5),
      parents: header.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      author: person(header.find((l) => l.startsWith('author '))),
      committer: person(header.find((l) => l.startsWith('committer '))),
      message,
    };
  }

  async readTag(sha: string) {
    const text = (await this.readObject(sha)).toString('utf8');
    const split = text.indexOf('\n\n');
    const header = text.slice(0, split).split('\n');
    const field = (name: string) => header.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1) ?? '';
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'));
    return {
      object: field('object'),
      type: field('type'),
      tag: field('tag'),
      tagger: { name: m?.[1] ?? '', email: m?.[2] ?? '', date: new Date(Number(m?.[3] ?? 0) * 1000).toISOString().replace('.000Z', 'Z') },
      message: text.slice(split + 2),
    };
  }

  async makeTag(object: string, type: string, tag: string, message: string, tagger: GitIdentity): Promise<string> {
    const seconds = Math.floor((tagger.date ? Date.parse(tagger.date) : Date.now()) / 1000);
    // Like `git tag -a`, the message ends with a newline.
    const text = message.endsWith('\n') ? message : `${message}\n`;
    const body = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${seconds} +0000\n\n${text}`;
    return this.text(['mktag'], { input: body });
  }

  /** Tree entries (recursive: every blob and subtree under it, like GitHub's `recursive=1`). */
  async lsTree(tree: string, recursive: boolean): Promise<Array<{ path: string; mode: string; type: string; sha: string; size?: number }>> {
    const key = `${recursive ? 'r' : 'n'}${tree}`;
    const cached = this.trees.get(key);
    if (cached) return cached;
    const out = (await this.run(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), tree])).toString('utf8');
    const entries = out
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const tab = record.indexOf('\t');
        const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/);
        return { path: record.slice(tab + 1), mode: mode!, type: type!, sha: sha!, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
    this.trees.set(key, entries);
    return entries;
  }

  /** The blob at `file` in a commit or tree, or null. */
  async fileAt(treeish: string, file: string): Promise<{ sha: string; content: Buffer } | null> {
    try {
      const sha = await this.text(['rev-parse', '--verify', '--quiet', `${treeish}:${file}`]);
      if ((await this.objectType(sha)) !== 'blob') return null;
      return { sha, content: await this.run(['cat-file', 'blob', sha]) };
    } catch {
      return null;
    }
  }
}
