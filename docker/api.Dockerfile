# The API, which also serves the built web app on the same port.
# Build from the repository root:  docker build -f docker/api.Dockerfile -t ocmf-commons .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY packages/standard/package.json packages/standard/
COPY test/package.json test/
# pnpm applies these at install (pnpm-workspace.yaml's patchedDependencies).
COPY patches patches/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm deploy --filter @ocmf/api --prod --legacy /out/api

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=build /out/api /app/api
COPY --from=build /app/web/dist /app/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/dist/main.js"]
