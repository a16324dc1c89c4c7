# Blast Radius, the GitHub App, as a service. Build from the repository root:
#   docker build -t blast-radius .
#   docker run -d --name blast-radius -p 3000:3000 --env-file .env --restart unless-stopped blast-radius
# The server is the committed bundle app/dist/main.js (npm run bundle), so no build step and no
# dev dependencies are needed here. test/app/server.e2e.test.ts runs this file's CMD and
# HEALTHCHECK against the same layout.
FROM node:20-bookworm-slim

ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY app.yml ./
COPY app/dist/ ./app/dist/

# The code stays owned by root and read-only to the server's user.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "app/dist/main.js"]
