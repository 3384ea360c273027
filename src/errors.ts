// Which errors are written for users. Their messages say what was wrong, where, and what to do, so
// the faces (CLI, Action) print the message alone; anything else is a bug and keeps its stack.

const USER_ERROR_NAMES = new Set([
  'AbError',
  'CommandRefusedError',
  'ConfigError',
  'DependentParseError',
  'DuplicateItemError',
  'EventsError',
  'GitError',
  'InputError',
  'MigrationError',
  'PackageJsonError',
  'ProxyError',
  'RollbackError',
  'SnapshotError',
  'SnapshotFormatError',
  'StateBranchError',
  'StateConflictError',
  'StateCorruptError',
  'StatePathError',
  'StateReadOnlyError',
  'TransientStateError',
  'TypeScriptSurfaceError',
  'UsageError',
  'VersionError',
]);

export function isUserError(error: unknown): boolean {
  return error instanceof Error && USER_ERROR_NAMES.has(error.name);
}
