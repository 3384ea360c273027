// Checks on state paths, so that no caller can write outside the state tree or create odd entries.

import { StatePathError } from './errors.ts';

export function checkStatePath(path: string): string {
  const segments = path.split('/');
  if (path.length === 0 || path.startsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new StatePathError(
      `"${path}" is not a valid state path: use a relative path like "reports/pkg/1.0.0..2.0.0.json" with no empty, "." or ".." segments.`,
    );
  }
  if (/[\0\n\r]/.test(path)) {
    throw new StatePathError(`"${JSON.stringify(path)}" is not a valid state path: it contains a control character.`);
  }
  return path;
}

/** `2026-11` for the audit log file of a date (UTC, so replicas in different zones agree). */
export function yearMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}
