export interface WalkOptions { maxDepth?: number }

export function listFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const depth = options.maxDepth ?? Infinity;
  return Promise.resolve(depth > 0 ? [root] : []);
}
