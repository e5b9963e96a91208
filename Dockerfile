# syntax=docker/dockerfile:1
# Multi-stage build: dependencies, the compiled server and the web app are built once; the runtime image
# carries only what runs: JavaScript on plain Node, no TypeScript compiler, tsx or esbuild.

FROM node:22-alpine3.22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package applies these to node_modules on install (postgres.js fixes, see patches/).
COPY patches ./patches
COPY packages/domain/package.json packages/domain/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund

# Alpine, as SPEC §1 asks (not Debian: no postgresql-client-15 from bookworm here). The release is pinned
# so that the PostgreSQL 15 client below comes from a repository known to carry it (community/postgresql15).
FROM node:22-alpine3.22 AS runtime
# pg_dump/pg_restore of the compose database's major version (postgres:15-alpine), so backups are
# `pg_dump -Fc` archives instead of the Node-only format; pg-tools.ts finds them in /usr/libexec/postgresql15.
RUN apk add --no-cache postgresql15-client \
  && /usr/libexec/postgresql15/pg_dump --version | grep -q '(PostgreSQL) 15\.'
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/var/lib/pingpong \
    UPLOAD_DIR=/var/lib/pingpong/uploads
WORKDIR /app
RUN mkdir -p /var/lib/pingpong/uploads /var/lib/pingpong/backups && chown -R node:node /var/lib/pingpong
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/packages/domain/package.json ./packages/domain/package.json
COPY --from=build --chown=node:node /app/packages/domain/dist ./packages/domain/dist
COPY --from=build --chown=node:node /app/apps/server/package.json ./apps/server/package.json
COPY --from=build --chown=node:node /app/apps/server/scripts ./apps/server/scripts
COPY --from=build --chown=node:node /app/apps/server/dist ./apps/server/dist
COPY --from=build --chown=node:node /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 8080
# Liveness; /health/ready is the readiness probe (the database answers).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD wget -qO- http://127.0.0.1:8080/health >/dev/null || exit 1
# Migrations run at start-up (advisory-locked, so several replicas may start together). The compiled
# domain package is picked by the "pingpong-compiled" export condition.
CMD ["node", "--conditions=pingpong-compiled", "--enable-source-maps", "apps/server/dist/server.js"]
