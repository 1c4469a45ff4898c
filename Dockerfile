# syntax=docker/dockerfile:1
# The Dispositions API server: built with the dev tools, shipped with production
# dependencies only (the API reference is one copied browser bundle, not a dependency), run
# as the unprivileged `node` user. See docs/deploying.md.

ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
RUN npm install --global pnpm@10.34.9
WORKDIR /repo
# The dependency layer: only the lockfile and the workspace settings, so that a change to the
# sources reuses it and installs nothing from the registry again.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY patches ./patches
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline \
 && pnpm --filter @dispositions/server build \
 && pnpm --filter @dispositions/server deploy --prod --no-optional --legacy /out \
 && rm -rf /out/src

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# The same layout as the repository, so dist/ finds ../../../spec/openapi.yaml as src/ does.
COPY --from=build /out /app/packages/server
COPY spec/openapi.yaml /app/spec/openapi.yaml
# The image is for PostgreSQL: without DATABASE_URL the server exits with one line (PGlite, an
# optional dependency, is left out by --no-optional).
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "packages/server/dist/main.js"]
