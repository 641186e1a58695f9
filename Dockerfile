# The store as a container image (docs/deploy.md → A container image).
#   docker build -t juniper-lane .
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… -e SITE_URL=https://shop.example.com juniper-lane
# Without DATABASE_URL the store keeps PGlite in /app/.data: mount a volume there (-v store-data:/app/.data)
# and run one container per volume.

ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, for the build.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

# Production dependencies only, for the runtime.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# next.config.ts allows the bucket's image host (images.remotePatterns) from S3_PUBLIC_URL: pass the
# same value at build and at run (--build-arg S3_PUBLIC_URL=https://…) when images are in a bucket.
ARG S3_PUBLIC_URL
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build reads no data, so no database is needed here. The start command (migrate, seed, serve)
# is compiled to one file so that the runtime needs neither tsx nor the TypeScript sources.
RUN npm run build \
 && npx esbuild scripts/container-start.ts --bundle --platform=node --format=esm --target=node20 \
      --packages=external --outfile=dist/container-start.mjs \
 && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000
COPY --from=prod-deps /app/node_modules ./node_modules
# next start reads next.config.ts, which imports lib/i18n and names the page cache handler in lib/shell.
COPY --from=build /app/package.json /app/next.config.ts /app/tsconfig.json ./
COPY --from=build /app/lib ./lib
COPY --from=build /app/public ./public
# Applied at every start by dist/container-start.mjs (only the ones not applied yet).
COPY --from=build /app/db/migrations ./db/migrations
COPY --from=build /app/dist ./dist
# Writable by the server: Next's image cache goes to .next/cache; PGlite and uploads to .data.
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
# No curl in slim images: Node's fetch asks /api/health (503 when the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Migrates, seeds an empty database, then `next start`; SIGTERM (docker stop) is passed on to it.
CMD ["node", "dist/container-start.mjs"]
