# The built web app alone, for serving from a CDN or a static host in front of the API.
# Build from the repository root:  docker build -f docker/web.Dockerfile -t ocmf-commons-web .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @ocmf/web build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
