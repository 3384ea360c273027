# The mcpver GitHub App in a container. The App keeps no state of its own (everything is on each
# repository's state branch, written by compare-and-swap), so run as many replicas as you like.
#   docker build -t mcpver-app .
#   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… mcpver-app
# Webhooks are served at /api/github/webhooks, A/B events at /mcpver/ab/…, health at /healthz.

# Build: app/server.ts bundled into plain JavaScript with every dependency inside (scripts/bundle.mjs),
# so that nothing is compiled at run time and the image needs no node_modules.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# No install scripts: the bundler (esbuild) finds its binary in its platform package without them.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/bundle.mjs ./scripts/
COPY src ./src
COPY app ./app
RUN node scripts/bundle.mjs --bundle app --out /out

# Run: the Node version the Action runs on (action.yml: node24). git is not needed: the App works
# through the GitHub API only.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
# Owned by root and only readable by the App's user, which cannot rewrite its own code.
COPY --from=build /out/app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "index.js"]
