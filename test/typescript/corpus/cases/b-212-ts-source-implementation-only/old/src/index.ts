export interface FetchArgs {
  url: string;
  maxLength?: number;
}

export interface FetchResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export type Fetcher = (url: string) => Promise<string>;

export async function fetchTool(args: FetchArgs, fetcher: Fetcher): Promise<FetchResult> {
  const body = await fetcher(args.url);
  return { content: [{ type: 'text', text: body.slice(0, args.maxLength ?? 5000) }] };
}
