export interface WalkOptions { maxDepth?: number }

export async function listFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const depth = options.maxDepth ?? Infinity;
  return depth > 0 ? [root] : [];
}
