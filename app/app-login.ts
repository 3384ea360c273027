// The App's own login (`<slug>[bot]`), the author of every comment it writes: comments are matched
// by it, never by a marker alone, which anyone who can comment could paste. Asked of GitHub once
// (GET /app, with the App's JWT) and only when a handler first needs it.

import type { Probot } from 'probot';

export type AppLogin = () => Promise<string>;

export function appLoginOf(app: Pick<Probot, 'auth'>): AppLogin {
  let login: Promise<string> | null = null;
  return () => {
    login ??= (async () => {
      const octokit = await app.auth();
      const { data } = await octokit.request('GET /app');
      if (!data?.slug)
        throw new Error("GET /app answered without a slug: cannot tell which comments are the App's own.");
      return `${data.slug}[bot]`;
    })().catch((error: unknown) => {
      // A failed lookup is not remembered: the next handler asks again.
      login = null;
      throw error;
    });
    return login;
  };
}
