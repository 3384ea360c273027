// The double's git objects and refs: a real bare repository, so SHAs, trees, annotated tags and
// fast-forward checks are git's own and not an imitation of them.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LooseObjects, parseTree, serializeTree, type TreeEntry } from './git-objects.ts';
import { BoundedCache } from '../../src/state/bounded-cache.ts';

export interface GitIdentity {
  name: string;
  email: string;
  date?: string;
}

export class BareGit {
  // Objects are immutable and named by their content, so what was read once is cached for good:
  // the concurrency tests send thousands of requests and each git spawn costs milliseconds.
  private readonly loose: LooseObjects;
  private readonly trees = new BoundedCache<
    Array<{ path: string; mode: string; type: string; sha: string; size?: number }>
  >(1024);
  /** Becomes true once a ref exists (GitHub answers 409 on git data of a repository with no commit). */
  private seenRefs = false;

  constructor(readonly dir: string) {
    this.loose = new LooseObjects(path.join(dir, 'objects'));
  }

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
          if (error)
            reject(
              Object.assign(new Error(`git ${args.join(' ')}: ${stderr.toString().trim()}`), {
                stderr: stderr.toString(),
              }),
            );
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
    return (await this.object(sha))?.type ?? null;
  }

  private async object(sha: string) {
    const found = await this.loose.read(sha);
    if (found || !/^[0-9a-f]{40}$/.test(sha)) return found;
    // Not loose (git packed it?): ask git.
    try {
      const type = await this.text(['cat-file', '-t', sha]);
      return { type, content: await this.run(['cat-file', type, sha]) };
    } catch {
      return null;
    }
  }

  async hashBlob(content: Buffer): Promise<string> {
    return this.loose.write('blob', content);
  }

  async readObject(sha: string): Promise<Buffer> {
    const object = await this.object(sha);
    if (!object) throw new Error(`no object ${sha}`);
    return object.content;
  }

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
      // Loose ref files are replaced atomically by update-ref (lock file, then rename).
      const text = (await readFile(path.join(this.dir, ref), 'utf8')).trim();
      if (/^[0-9a-f]{40}$/.test(text)) return text;
    } catch {
      // not a loose ref: packed, or missing
    }
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
    // Walk the parents in process first (a state commit's parent is usually the tip itself); ask git
    // when the walk is long, so the answer is always git's.
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0 && seen.size < 64) {
      const sha = queue.shift()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const object = await this.loose.read(sha);
      if (!object || object.type !== 'commit') break;
      queue.push(...(await this.readCommit(sha)).parents);
    }
    if (queue.length === 0) return false;
    try {
      await this.run(['merge-base', '--is-ancestor', ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Build a tree from entries, optionally on top of a base tree: nested paths create subtrees,
   * `sha: null` removes the path, and emptied subtrees disappear, as with GitHub's create-tree.
   */
  async buildTree(
    baseTree: string | null,
    entries: Array<{ path: string; mode: string; sha: string | null }>,
  ): Promise<string> {
    const apply = async (
      tree: string | null,
      changes: Array<{ parts: string[]; mode: string; sha: string | null }>,
    ): Promise<string | null> => {
      const current = new Map<string, TreeEntry>();
      if (tree) for (const e of parseTree(await this.readObject(tree))) current.set(e.name, e);
      const nested = new Map<string, Array<{ parts: string[]; mode: string; sha: string | null }>>();
      for (const change of changes) {
        const [head, ...rest] = change.parts;
        if (rest.length === 0) {
          if (change.sha === null) current.delete(head!);
          else current.set(head!, { mode: change.mode.replace(/^0+/, ''), name: head!, sha: change.sha });
        } else {
          nested.set(head!, [...(nested.get(head!) ?? []), { ...change, parts: rest }]);
        }
      }
      for (const [name, sub] of nested) {
        const existing = current.get(name);
        const subtree = await apply(existing?.mode === '40000' ? existing.sha : null, sub);
        if (subtree === null) current.delete(name);
        else current.set(name, { mode: '40000', name, sha: subtree });
      }
      if (current.size === 0) return null;
      return this.loose.write('tree', serializeTree([...current.values()]));
    };
    const root = await apply(
      baseTree,
      entries.map((e) => ({ parts: e.path.split('/'), mode: e.mode, sha: e.sha })),
    );
    return root ?? this.loose.write('tree', Buffer.alloc(0));
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: GitIdentity,
    committer: GitIdentity,
  ): Promise<string> {
    const lines = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${signature(author)}`,
      `committer ${signature(committer)}`,
    ];
    return this.loose.write(
      'commit',
      Buffer.from(`${lines.join('\n')}\n\n${message.endsWith('\n') ? message : `${message}\n`}`, 'utf8'),
    );
  }

  /** Parse a commit object: tree, parents, author, committer, message. */
  async readCommit(sha: string) {
    const text = (await this.readObject(sha)).toString('utf8');
    const split = text.indexOf('\n\n');
    const header = text.slice(0, split).split('\n');
    const message = text.slice(split + 2);
    const person = (line: string | undefined) => {
      const m = /^\w+ (.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line ?? '');
      return {
        name: m?.[1] ?? '',
        email: m?.[2] ?? '',
        date: new Date(Number(m?.[3] ?? 0) * 1000).toISOString().replace('.000Z', 'Z'),
      };
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
      tagger: {
        name: m?.[1] ?? '',
        email: m?.[2] ?? '',
        date: new Date(Number(m?.[3] ?? 0) * 1000).toISOString().replace('.000Z', 'Z'),
      },
      message: text.slice(split + 2),
    };
  }

  async makeTag(object: string, type: string, tag: string, message: string, tagger: GitIdentity): Promise<string> {
    const seconds = Math.floor((tagger.date ? Date.parse(tagger.date) : Date.now()) / 1000);
    // Like `git tag -a`, the message ends with a newline.
    const text = message.endsWith('\n') ? message : `${message}\n`;
    const body = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${seconds} +0000\n\n${text}`;
    return this.loose.write('tag', Buffer.from(body, 'utf8'));
  }

  /** Tree entries (recursive: every blob and subtree under it, like GitHub's `recursive=1`). */
  async lsTree(
    tree: string,
    recursive: boolean,
  ): Promise<Array<{ path: string; mode: string; type: string; sha: string; size?: number }>> {
    const key = `${recursive ? 'r' : 'n'}${tree}`;
    const cached = this.trees.get(key);
    if (cached) return cached;
    const out: Array<{ path: string; mode: string; type: string; sha: string; size?: number }> = [];
    const walk = async (sha: string, prefix: string) => {
      for (const e of parseTree(await this.readObject(sha))) {
        const entryPath = `${prefix}${e.name}`;
        if (e.mode === '40000') {
          out.push({ path: entryPath, mode: '040000', type: 'tree', sha: e.sha });
          if (recursive) await walk(e.sha, `${entryPath}/`);
        } else {
          out.push({
            path: entryPath,
            mode: e.mode.padStart(6, '0'),
            type: e.mode === '160000' ? 'commit' : 'blob',
            sha: e.sha,
            size: (await this.readObject(e.sha)).length,
          });
        }
      }
    };
    await walk(tree, '');
    this.trees.set(key, out);
    return out;
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

function signature(who: GitIdentity): string {
  const seconds = Math.floor((who.date ? Date.parse(who.date) : Date.now()) / 1000);
  return `${who.name} <${who.email}> ${seconds} +0000`;
}
