// Response bodies in GitHub's shapes (the OpenAPI description's required fields), built from the
// double's records. The double's self-test validates them against @octokit/openapi.

export const FIXED_DATE = '2026-01-01T00:00:00Z';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export function user(base: string, u: UserRecord) {
  const url = `${base}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: `U_${u.id}`,
    avatar_url: `${base}/avatars/${u.id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${u.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    site_admin: false,
  };
}

export interface RepositoryShape {
  id: number;
  owner: UserRecord;
  name: string;
  private: boolean;
  defaultBranch: string;
}

export function repository(base: string, r: RepositoryShape) {
  const full = `${r.owner.login}/${r.name}`;
  const url = `${base}/repos/${full}`;
  const urls = Object.fromEntries(
    [
      ['archive_url', '/{archive_format}{/ref}'],
      ['assignees_url', '/assignees{/user}'],
      ['blobs_url', '/git/blobs{/sha}'],
      ['branches_url', '/branches{/branch}'],
      ['collaborators_url', '/collaborators{/collaborator}'],
      ['comments_url', '/comments{/number}'],
      ['commits_url', '/commits{/sha}'],
      ['compare_url', '/compare/{base}...{head}'],
      ['contents_url', '/contents/{+path}'],
      ['contributors_url', '/contributors'],
      ['deployments_url', '/deployments'],
      ['downloads_url', '/downloads'],
      ['events_url', '/events'],
      ['forks_url', '/forks'],
      ['git_commits_url', '/git/commits{/sha}'],
      ['git_refs_url', '/git/refs{/sha}'],
      ['git_tags_url', '/git/tags{/sha}'],
      ['hooks_url', '/hooks'],
      ['issue_comment_url', '/issues/comments{/number}'],
      ['issue_events_url', '/issues/events{/number}'],
      ['issues_url', '/issues{/number}'],
      ['keys_url', '/keys{/key_id}'],
      ['labels_url', '/labels{/name}'],
      ['languages_url', '/languages'],
      ['merges_url', '/merges'],
      ['milestones_url', '/milestones{/number}'],
      ['notifications_url', '/notifications{?since,all,participating}'],
      ['pulls_url', '/pulls{/number}'],
      ['releases_url', '/releases{/id}'],
      ['stargazers_url', '/stargazers'],
      ['statuses_url', '/statuses/{sha}'],
      ['subscribers_url', '/subscribers'],
      ['subscription_url', '/subscription'],
      ['tags_url', '/tags'],
      ['teams_url', '/teams'],
      ['trees_url', '/git/trees{/sha}'],
    ].map(([key, suffix]) => [key!, `${url}${suffix}`]),
  );
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: full,
    owner: user(base, r.owner),
    private: r.private,
    html_url: `https://github.com/${full}`,
    description: null,
    fork: false,
    url,
    ...urls,
    clone_url: `https://github.com/${full}.git`,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    svn_url: `https://github.com/${full}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: FIXED_DATE,
    created_at: FIXED_DATE,
    updated_at: FIXED_DATE,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

export const AUTHOR_ASSOCIATIONS = [
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIMER',
  'FIRST_TIME_CONTRIBUTOR',
  'MANNEQUIN',
  'MEMBER',
  'NONE',
  'OWNER',
] as const;
