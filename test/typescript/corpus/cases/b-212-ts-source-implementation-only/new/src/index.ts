export interface FetchArgs {
  url: string;
  maxLength?: number;
}

export interface FetchResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export type Fetcher = (url: string) => Promise<string>;

// Transient network failures are retried; the caller sees only the final outcome.
async function withRetries(fetcher: Fetcher, url: string, attempts = 3): Promise<string> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fetcher(url);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export async function fetchTool(args: FetchArgs, fetcher: Fetcher): Promise<FetchResult> {
  try {
    const body = await withRetries(fetcher, args.url);
    return { content: [{ type: 'text', text: body.slice(0, args.maxLength ?? 5000) }] };
  } catch (error) {
    return { content: [{ type: 'text', text: String(error) }], isError: true };
  }
}
