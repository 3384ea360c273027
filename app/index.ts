// The mcpver GitHub App: wiring only. Each event goes to one handler in handlers/, which takes plain
// `{ octokit, repo, payload, log, store, config }` (see context.ts), never Probot's Context.

import type { ApplicationFunctionOptions, Context, Probot } from 'probot';
import { ConfigError } from '../src/config.ts';
import { deriveTestSecret } from '../src/ab/signature.ts';
import { appLoginOf } from './app-login.ts';
import { handlerDeps, storeForRepository, type HandlerDeps } from './context.ts';
import { makeSlashCommands } from './commands/registry.ts';
import { onIssueComment } from './handlers/issue-comment.ts';
import { onRelease } from './handlers/release.ts';
import { onReleaseRecorded } from './handlers/release-migrations.ts';
import { onPullRequestClosed } from './handlers/pull-request-closed.ts';
import { AB_INGEST_PATH, createAbIngestRoute } from './routes/ab-ingest.ts';

export default function mcpverApp(app: Probot, options: Partial<ApplicationFunctionOptions> = {}): void {
  const appLogin = appLoginOf(app);
  const withDeps = (handler: (deps: HandlerDeps) => Promise<unknown>) => async (context: Context) => {
    await handler(await handlerDeps(context, appLogin));
  };
  // The AI endpoint and its key are the App's own settings: a repository's config may switch advice
  // on and pick a model, but never choose where the App's key is sent.
  const aiApiKey = process.env.MCPVER_AI_API_KEY ?? process.env.OPENROUTER_API_KEY ?? null;
  const aiBaseUrl = process.env.MCPVER_AI_BASE_URL || undefined;
  const commands = makeSlashCommands({ apiKey: aiApiKey, ...(aiBaseUrl ? { baseUrl: aiBaseUrl } : {}) });
  const abSecret = process.env.MCPVER_AB_SECRET ?? null;

  app.on(
    'issue_comment.created',
    withDeps((deps) => onIssueComment(deps, commands)),
  );

  app.on(
    ['push', 'release.published'],
    withDeps((deps) =>
      onRelease(deps, {
        onFirstRecord: (d, release) =>
          onReleaseRecorded(
            { ...d, actor: d.payload.sender?.login ?? 'mcpver[bot]', aiApiKey, ...(aiBaseUrl ? { aiBaseUrl } : {}) },
            release,
          ),
      }),
    ),
  );

  app.on(
    'pull_request.closed',
    withDeps(async (deps) => {
      if (deps.config instanceof ConfigError) return deps.log.error(deps.config.message);
      await onPullRequestClosed({ ...deps, config: deps.config });
    }),
  );

  const abIngest = createAbIngestRoute({
    storeFor: (owner, repo) => storeForRepository(app, owner, repo),
    secretFor: async (owner, repo, testId) =>
      abSecret ? deriveTestSecret(abSecret, `${owner}/${repo}`, testId) : null,
    log: { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m) },
  });
  // Probot tries each handler in turn: answer only our route's paths and let the webhooks through.
  options.addHandler?.(async (req, res) => {
    if (!AB_INGEST_PATH.test((req.url ?? '/').split('?')[0]!)) return false;
    await abIngest(req, res);
    return true;
  });
}
