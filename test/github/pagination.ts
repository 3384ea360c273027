// GitHub's page-number pagination: `per_page` (default 30, at most 100), `page`, and a `Link` header
// with next/last/first/prev, which Octokit's paginate() follows.

import type { DoubleRequest, DoubleResponse } from './http.ts';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function paginate<T>(
  request: DoubleRequest,
  items: readonly T[],
  wrap?: (page: T[]) => unknown,
): DoubleResponse {
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(request.query.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE),
  );
  const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(p));
    return `<${request.double.url}${encodePath(request.path)}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return { status: 200, body: wrap ? wrap(slice) : slice, headers: links.length ? { link: links.join(', ') } : {} };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
