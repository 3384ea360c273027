# The mcpver GitHub App in a container. The App keeps no state of its own (everything is on each
# repository's state branch, written by compare-and-swap), so run as many replicas as you like.
#   docker build -t mcpver-app .
#   docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… mcpver-app
FROM node:20-slim

# git is not needed at runtime (the App works through the GitHub API), only node.
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY app ./app

USER node
EXPOSE 3000
# The TypeScript sources run through tsx (a runtime dependency), as in development.
CMD ["node", "--import", "tsx", "app/server.ts"]
