// Who may command the App: the role from the collaborator permission endpoint, never the comment's
// `author_association` (it shows org members with private membership as CONTRIBUTOR or NONE).

import type { OctokitLike } from '../../src/state/github-store.ts';

export const COMMAND_ROLES = ['admin', 'maintain', 'write'] as const;

export interface Permission {
  allowed: boolean;
  /** The role GitHub reported (`role_name`, custom roles included), or `none`. */
  role: string;
}

export async function commandPermission(
  octokit: OctokitLike,
  repo: { owner: string; repo: string },
  login: string,
): Promise<Permission> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      ...repo,
      username: login,
    });
    const role = String(data.role_name ?? data.permission ?? 'none');
    // `user.permissions.push` covers custom roles that inherit write.
    const allowed = (COMMAND_ROLES as readonly string[]).includes(role) || data.user?.permissions?.push === true;
    return { allowed, role };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { allowed: false, role: 'none' };
    throw error;
  }
}
