export interface RequestContext {
  requestId: string;
  log(message: string): void;
}

export type ToolFn = (args: Record<string, unknown>, context: RequestContext) => Promise<string>;

const tools = new Map<string, ToolFn>();
const lines: string[] = [];

export function tool(name: string, fn: ToolFn): void {
  tools.set(name, fn);
}

export async function dispatch(name: string, args: Record<string, unknown>, requestId: string): Promise<string> {
  const fn = tools.get(name);
  if (!fn) throw new Error(`unknown tool ${name}`);
  return fn(args, { requestId, log: (message) => lines.push(`[${requestId}] ${message}`) });
}
