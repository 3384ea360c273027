// The hidden markers that identify mcpver's own pull requests, so that finding one never relies on
// its title (which people edit) and a pull request of someone else is never taken for ours.

export interface MigrationMarker {
  package: string;
  version: string;
  /** The provider repository (`owner/name`) whose state branch holds the migration record. */
  provider?: string;
}

export interface RollbackMarker {
  point: string;
}

const MIGRATION = /<!-- mcpver:migration (\{.*?\}) -->/;
const ROLLBACK = /<!-- mcpver:rollback (\{.*?\}) -->/;

export function migrationMarker(marker: MigrationMarker): string {
  const fields = {
    package: marker.package,
    version: marker.version,
    ...(marker.provider ? { provider: marker.provider } : {}),
  };
  return `<!-- mcpver:migration ${JSON.stringify(fields)} -->`;
}

export function rollbackMarker(marker: RollbackMarker): string {
  return `<!-- mcpver:rollback ${JSON.stringify({ point: marker.point })} -->`;
}

function parse<T>(pattern: RegExp, body: string | null | undefined, keys: Array<keyof T>): T | null {
  const json = pattern.exec(body ?? '')?.[1];
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    return keys.every((k) => typeof value[k as string] === 'string') ? (value as T) : null;
  } catch {
    return null;
  }
}

export function readMigrationMarker(body: string | null | undefined): MigrationMarker | null {
  return parse<MigrationMarker>(MIGRATION, body, ['package', 'version']);
}

export function readRollbackMarker(body: string | null | undefined): RollbackMarker | null {
  return parse<RollbackMarker>(ROLLBACK, body, ['point']);
}
