// Releases: a pushed tag that matches a package's tag pattern, and `release.published`. The App
// records the release in registry.json (linking the snapshot and report the Action stored), posts
// the verdict where `comments.release` says, and on the first record of a release hands over to the
// rollback and migration steps.

import { ConfigError, type Config, type PackageConfig } from '../../src/config.ts';
import type { Report } from '../../src/compat/report.ts';
import { markReleaseHandled, markVerdictPosted, recordRelease, type ReleaseEntry } from '../../src/state/records.ts';
import { expandTagPattern, versionOfTag } from '../../src/version/tags.ts';
import type { HandlerDeps } from '../context.ts';
import { renderReleaseVerdict, verdictMarker, withVerdictSection } from './release-verdict.ts';

export type ReleaseOutcome =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'recorded';
      package: string;
      version: string;
      entry: ReleaseEntry;
      firstRecord: boolean;
      posted: 'commit-comment' | 'release' | null;
    };

export interface ReleaseHooks {
  /** Called once per release, the first time it is recorded (rollback point, migrations). */
  onFirstRecord?: (
    deps: HandlerDeps & { config: Config },
    release: { packageName: string; version: string; commit: string; tag: string },
  ) => Promise<unknown>;
  now?: () => Date;
}

/** The tag of the event, or why there is none. */
function tagOf(payload: any): string | { reason: string } {
  if (payload.release) {
    if (payload.action !== 'published' || payload.release.draft) return { reason: `release ${payload.action}` };
    return payload.release.tag_name;
  }
  if (typeof payload.ref !== 'string' || !payload.ref.startsWith('refs/tags/')) return { reason: 'push of a branch' };
  if (payload.deleted) return { reason: 'tag deleted' };
  return payload.ref.slice('refs/tags/'.length);
}

/** The package's name: `id` from the config, else `name` of its package.json at the tag. */
async function packageName(deps: HandlerDeps, pkg: PackageConfig, tag: string): Promise<string | null> {
  if (pkg.id) return pkg.id;
  const file = pkg.path === '.' ? 'package.json' : `${pkg.path.replace(/\/$/, '')}/package.json`;
  try {
    const { data } = await deps.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...deps.repo,
      path: file,
      ref: `refs/tags/${tag}`,
      mediaType: { format: 'raw' },
    });
    return (JSON.parse(String(data)) as { name?: string }).name ?? null;
  } catch (error) {
    deps.log.warn(
      `release ${tag}: cannot read ${file} at the tag (${(error as Error).message}); set packages[].id in .github/mcpver.yml`,
    );
    return null;
  }
}

/** The commit a tag points at, peeling an annotated tag. */
async function tagCommit(deps: HandlerDeps, tag: string): Promise<string> {
  const { data: ref } = await deps.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    ...deps.repo,
    ref: `tags/${tag}`,
  });
  if (ref.object.type !== 'tag') return ref.object.sha;
  const { data: annotated } = await deps.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
    ...deps.repo,
    tag_sha: ref.object.sha,
  });
  return annotated.object.sha;
}

function stateUrl(deps: HandlerDeps, config: Config, path: string): string {
  const html = deps.payload.repository?.html_url ?? `https://github.com/${deps.repo.owner}/${deps.repo.repo}`;
  return `${html}/blob/${config.state.branch}/${path}`;
}

async function postVerdict(
  deps: HandlerDeps,
  config: Config,
  name: string,
  version: string,
  tag: string,
  entry: ReleaseEntry,
): Promise<'commit-comment' | 'release' | null> {
  if (config.comments.release === 'none' || !entry.report) return null;
  const report = await deps.store.readJson<Report>(entry.report);
  if (!report) return null;
  const marker = verdictMarker(name, version);
  const body = renderReleaseVerdict({
    pkg: name,
    version,
    report,
    reportUrl: stateUrl(deps, config, entry.report),
    snapshotUrl: entry.snapshot ? stateUrl(deps, config, entry.snapshot) : null,
  });
  if (config.comments.release === 'release') {
    let release: any;
    try {
      release = (await deps.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...deps.repo, tag }))
        .data;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null; // no release yet: release.published will post it
      throw error;
    }
    const next = withVerdictSection(release.body, marker, `${body}\n<!-- /mcpver:verdict -->`);
    if (next !== release.body)
      await deps.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...deps.repo,
        release_id: release.id,
        body: next,
      });
    if (entry.posted?.kind !== 'release') {
      await deps.store.transact(
        `verdict of ${name} ${version} on its release`,
        (tx) => markVerdictPosted(tx, name, version, { kind: 'release', id: release.id, url: release.html_url }),
        {
          operation: 'post-verdict',
        },
      );
    }
    return 'release';
  }
  if (entry.posted?.kind === 'commit-comment') return null;
  // A crash between posting and recording would post twice on a redelivery: look for the marker first,
  // in the App's own comments only (anyone who can comment can paste the marker into theirs).
  const { data: existing } = await deps.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/comments', {
    ...deps.repo,
    commit_sha: entry.commit,
    per_page: 100,
  });
  const marked = (
    existing as Array<{ id: number; body: string; html_url: string; user?: { login?: string } | null }>
  ).filter((c) => c.body.includes(marker));
  const self = marked.length > 0 ? await deps.appLogin() : null;
  let comment = marked.find((c) => c.user?.login === self);
  comment ??= (
    await deps.octokit.request('POST /repos/{owner}/{repo}/commits/{commit_sha}/comments', {
      ...deps.repo,
      commit_sha: entry.commit,
      body,
    })
  ).data;
  await deps.store.transact(
    `verdict of ${name} ${version} on ${entry.commit.slice(0, 7)}`,
    (tx) => markVerdictPosted(tx, name, version, { kind: 'commit-comment', id: comment!.id, url: comment!.html_url }),
    {
      operation: 'post-verdict',
    },
  );
  return 'commit-comment';
}

export async function onRelease(deps: HandlerDeps, hooks: ReleaseHooks = {}): Promise<ReleaseOutcome[]> {
  const tag = tagOf(deps.payload);
  if (typeof tag !== 'string') return [{ kind: 'ignored', reason: tag.reason }];
  if (deps.config instanceof ConfigError) {
    deps.log.error(`release ${tag}: ${deps.config.message}`);
    return [{ kind: 'ignored', reason: deps.config.message }];
  }
  const config = deps.config;
  const outcomes: ReleaseOutcome[] = [];
  for (const pkg of config.packages) {
    // Patterns without {name} are matched before any request; {name} needs the package's name first.
    if (!pkg.tagPattern.includes('{name}') && versionOfTag(tag, pkg.tagPattern) === null) continue;
    const name = await packageName(deps, pkg, tag);
    if (!name) continue;
    const version = versionOfTag(tag, expandTagPattern(pkg.tagPattern, name));
    if (!version) continue;
    const commit = await tagCommit(deps, tag);
    const at = (hooks.now?.() ?? new Date()).toISOString();
    const by = deps.payload.sender?.login ?? 'unknown';
    // The Action may have recorded the release already (with its snapshot and report); the App's
    // own steps run once per release, claimed in the same transaction, so a redelivery or a second
    // replica finds them claimed and does not run them again.
    const { result } = await deps.store.transact(
      `record release ${name} ${version}`,
      async (tx) => {
        const recorded = await recordRelease(tx, { package: name, version, tag, commit, at, by });
        const claimed = await markReleaseHandled(tx, name, version, at);
        return { entry: claimed ? { ...recorded, handledAt: at } : recorded, firstRecord: claimed };
      },
      { actor: by, operation: 'record-release', details: { tag, delivery: deps.deliveryId } },
    );
    const { entry, firstRecord } = result;
    const posted = await postVerdict(deps, config, name, version, tag, entry);
    if (firstRecord && hooks.onFirstRecord)
      await hooks.onFirstRecord({ ...deps, config }, { packageName: name, version, commit, tag });
    outcomes.push({ kind: 'recorded', package: name, version, entry, firstRecord, posted });
  }
  return outcomes.length ? outcomes : [{ kind: 'ignored', reason: `tag ${tag} matches no package's tag pattern` }];
}
