// How a transaction waits before it tries again after losing a race: bounded, exponential, with full
// jitter so that writers who collided once do not collide again in lockstep.

/** Attempts per transaction before giving up with a StateConflictError (a handful of writers rarely needs more than 3). */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** The first backoff window; doubled after each lost race. */
export const DEFAULT_BASE_DELAY_MS = 50;
/** The largest backoff window, so that a crowded branch slows writers down without stalling them. */
export const DEFAULT_MAX_DELAY_MS = 2_000;

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected for tests; defaults to Math.random. */
  random?: () => number;
  /** Injected for tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  baseDelayMs: DEFAULT_BASE_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_DELAY_MS,
};

/** "Full jitter" backoff (AWS architecture blog): a uniform wait in [0, min(max, base·2^(attempt-1))). */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor((policy.random ?? Math.random)() * window);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
