// `pull_request_target` runs with the base repository's write token and its secrets. If the job has
// checked out the pull request's head, that code comes from whoever opened the pull request: running
// its install, build or server command would hand them the token. So for a pull request from a fork
// the Action runs no command unless the workflow says, with `allow-fork-commands: true`, that it
// accepts the risk (docs/action.md, "Forks").

export interface ForkGuardInput {
  eventName: string | undefined;
  /** The event payload (GITHUB_EVENT_PATH), or null when there is none. */
  payload: unknown;
  /** The `allow-fork-commands` input. */
  allowForkCommands: boolean;
}

export interface ForkGuard {
  /** Why commands must not run, for the error that refuses them; null when they may run. */
  refusal: string | null;
  /** Said in the log when a fork's commands run because the workflow allowed them. */
  warning: string | null;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

/** The fork a `pull_request_target` pull request comes from, or null when it comes from the repository itself. */
export function forkOf(payload: unknown): string | null {
  const pull = (payload as PullRequestPayload | null)?.pull_request;
  if (!pull) return null;
  const base = pull.base?.repo?.full_name;
  // A head repository that no longer exists (a deleted fork) is still someone else's code.
  const head = pull.head?.repo?.full_name ?? '(a deleted fork)';
  return head === base ? null : head;
}

export function forkGuard(input: ForkGuardInput): ForkGuard {
  if (input.eventName !== 'pull_request_target') return { refusal: null, warning: null };
  const fork = forkOf(input.payload);
  if (!fork) return { refusal: null, warning: null };
  const number = (input.payload as PullRequestPayload).pull_request?.number;
  const which = `pull request${number ? ` #${number}` : ''} from the fork ${fork}`;
  if (input.allowForkCommands) {
    return {
      refusal: null,
      warning: `allow-fork-commands is true: running install, build and server commands for ${which} with this workflow's token and secrets.`,
    };
  }
  return {
    refusal:
      `This run is a pull_request_target for ${which}: it has this repository's write token and secrets, and the checkout may hold the fork's code, ` +
      'so mcpver runs no install, build or server command here. Check pull requests on the pull_request trigger instead (a fork gets a read-only token and no secrets), ' +
      'or set allow-fork-commands: true only in a job without secrets that you accept to run the fork\'s code in. See "Forks" in docs/action.md.',
    warning: null,
  };
}
