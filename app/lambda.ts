// AWS Lambda (or Netlify Functions) entry: the same App through Probot's serverless adapter. The App
// keeps no state of its own, so any number of cold-started copies can run side by side.

import { createLambdaFunction, createProbot } from '@probot/adapter-aws-lambda-serverless';
import mcpverApp from './index.ts';

// The adapter (4.0.3) carries its own Probot 13; the App uses only `app.on`, `app.auth`, `app.log`
// and the context methods that 13 and 14 share, so the function type is bridged, not the behaviour.
type AdapterAppFunction = Parameters<typeof createLambdaFunction>[0];

export const webhooks = createLambdaFunction(mcpverApp as unknown as AdapterAppFunction, { probot: createProbot() });
