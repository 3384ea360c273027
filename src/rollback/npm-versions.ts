// The versions of a package on the npm registry, asked through npm itself (`npm view NAME versions`),
// so that the registry is the one npm is configured with (.npmrc, npm_config_registry, scopes and
// tokens), the same one a published release is read from when a check takes it from the registry.

import { execFile } from 'node:child_process';
import type { PublishedVersionsLookup } from './next-version.ts';

/** `npm view` is one request; a registry that has not answered in this long is not going to. */
export const NPM_VIEW_TIMEOUT_MS = 60_000;

export interface NpmLookupOptions {
  /** Added to mcpver's own environment (npm needs its config, PATH and proxies). */
  env?: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
}

/** npm's answer to `--json` when it fails: `{ "error": { "code": "E404", "summary": … } }`. */
function npmError(stdout: string): { code?: string; summary?: string } | null {
  try {
    const json = JSON.parse(stdout) as { error?: { code?: string; summary?: string } };
    return json && typeof json === 'object' && !Array.isArray(json) && json.error ? json.error : null;
  } catch {
    return null;
  }
}

export function npmPublishedVersions(options: NpmLookupOptions = {}): PublishedVersionsLookup {
  return (name) =>
    new Promise((resolve, reject) => {
      execFile(
        'npm',
        ['view', name, 'versions', '--json'],
        {
          env: { ...process.env, ...options.env },
          timeout: options.timeoutMs ?? NPM_VIEW_TIMEOUT_MS,
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          const failure = npmError(stdout);
          if (failure?.code === 'E404') return resolve(null);
          if (error || failure) {
            const why =
              failure?.summary ??
              (error?.killed
                ? `no answer within ${(options.timeoutMs ?? NPM_VIEW_TIMEOUT_MS) / 1000} s`
                : stderr.trim().split('\n').at(-1) || error?.message);
            return reject(new Error(`npm view ${name} versions failed: ${why}`));
          }
          try {
            // One version comes back as a string, several as an array.
            const parsed = JSON.parse(stdout) as unknown;
            resolve((Array.isArray(parsed) ? parsed : [parsed]).filter((v): v is string => typeof v === 'string'));
          } catch {
            reject(new Error(`npm view ${name} versions answered something that is not JSON: ${stdout.slice(0, 200)}`));
          }
        },
      );
    });
}
