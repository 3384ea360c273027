// One repository of the double: its bare git repository and the records GitHub keeps beside git
// (issues and pull requests sharing one numbering, comments, reactions, releases, collaborators).

import type { BareGit } from './bare-git.ts';
import type { UserRecord } from './shapes.ts';

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: UserRecord;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  /** Set when the issue is a pull request. */
  pull?: PullRecord;
}

export interface PullRecord {
  head: string;
  /** The owner of the head branch's repository (the same repository here; forks are not modelled). */
  headOwner: string;
  base: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface ReactionRecord {
  id: number;
  /** `issue-comment:<id>`, `issue:<number>`, `commit-comment:<id>`. */
  subject: string;
  content: string;
  user: UserRecord;
  createdAt: string;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: UserRecord;
  createdAt: string;
  publishedAt: string | null;
}

export interface CommitCommentRecord {
  id: number;
  commitId: string;
  body: string;
  path: string | null;
  line: number | null;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewRecord {
  id: number;
  pullNumber: number;
  body: string;
  event: string;
  commitId: string | null;
  user: UserRecord;
}

export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  pullNumber: number;
  path: string;
  line: number | null;
  side: string;
  body: string;
  commitId: string;
  user: UserRecord;
  createdAt: string;
}

export class RepositoryState {
  readonly issues: IssueRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly reactions: ReactionRecord[] = [];
  readonly releases: ReleaseRecord[] = [];
  readonly commitComments: CommitCommentRecord[] = [];
  readonly reviews: ReviewRecord[] = [];
  readonly reviewComments: ReviewCommentRecord[] = [];
  readonly collaborators = new Map<string, Role>();
  /** Branches a protection rule or ruleset keeps the API from moving. */
  readonly protectedBranches = new Set<string>();

  constructor(
    readonly id: number,
    readonly owner: UserRecord,
    readonly name: string,
    readonly git: BareGit,
    readonly isPrivate: boolean,
    public defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  nextNumber(): number {
    return this.issues.length + 1;
  }

  issue(number: number): IssueRecord | undefined {
    return this.issues.find((i) => i.number === number);
  }
}
