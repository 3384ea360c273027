// Fault hooks of the double: the failures GitHub really produces, on demand, so retry and
// compare-and-swap paths are tested deterministically rather than hoped for.

import type { DoubleRequest } from './http.ts';

export type RequestMatcher = (request: { method: string; path: string }) => boolean;

export interface BranchMover {
  repo: string;
  branch: string;
  /** Move the branch after this many reads of its ref… */
  after: number;
  /** …and, when set, again after every further `every` reads. */
  every?: number;
  reads: number;
  moves: number;
}

interface PendingFailure {
  match: RequestMatcher;
  status: number;
  /** Apply the request, then answer the failure (GitHub did it but the answer was lost). */
  apply: boolean;
  retryAfter?: number;
}

const any: RequestMatcher = () => true;

export class Faults {
  readonly movers: BranchMover[] = [];
  private readonly pending: PendingFailure[] = [];

  /** After the Nth read of `heads/<branch>` (and every `every` reads after that), another writer commits to it. */
  moveBranchAfterReads(repo: string, branch: string, after: number, every?: number): BranchMover {
    const mover: BranchMover = { repo, branch, after, ...(every ? { every } : {}), reads: 0, moves: 0 };
    this.movers.push(mover);
    return mover;
  }

  /** The next matching request fails with `status` (502 by default) and does nothing. */
  failNext(match: RequestMatcher = any, status = 502): void {
    this.pending.push({ match, status, apply: false });
  }

  /** The next matching request is applied, but answered with `status` (502 by default). */
  applyThenFail(match: RequestMatcher, status = 502): void {
    this.pending.push({ match, status, apply: true });
  }

  /** The next matching request is refused with GitHub's secondary rate limit (403 + retry-after). */
  secondaryRateLimit(retryAfterSeconds = 1, match: RequestMatcher = any): void {
    this.pending.push({ match, status: 403, apply: false, retryAfter: retryAfterSeconds });
  }

  /** Take the failure planned for this request, if any. */
  take(request: DoubleRequest): PendingFailure | undefined {
    const index = this.pending.findIndex((p) => p.match(request));
    return index < 0 ? undefined : this.pending.splice(index, 1)[0];
  }

  /** Count a read of a branch ref; true when the branch should now move. */
  countRead(repo: string, ref: string): BranchMover[] {
    const due: BranchMover[] = [];
    for (const mover of this.movers) {
      if (mover.repo !== repo || `heads/${mover.branch}` !== ref) continue;
      mover.reads++;
      const past = mover.reads - mover.after;
      if (past === 0 || (mover.every && past > 0 && past % mover.every === 0)) due.push(mover);
    }
    return due;
  }
}

/** Match by method and a path pattern, e.g. `matching('PATCH', /\/git\/refs\//)`. */
export function matching(method: string, path: RegExp): RequestMatcher {
  return (r) => r.method === method && path.test(r.path);
}
