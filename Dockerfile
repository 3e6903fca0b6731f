# syntax=docker/dockerfile:1
# Mend: multi-stage image. The runtime stage runs Next's standalone server; on start it applies
# migrations and loads the exercise packs (scripts/deploy.ts), then serves on port 3000. The same
# image runs the one-off operator commands (docs/deployment.md):
#   docker compose run --rm app npm run setup -- --practice "Name" --admin-email you@example.org

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma.mjs scripts/prisma-env.mjs ./scripts/
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma.mjs scripts/prisma-env.mjs ./scripts/
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node scripts/prisma.mjs generate && npx next build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# npm and npx (the start command, `npm run setup`) keep their cache where the unprivileged user may write.
ENV npm_config_cache=/tmp/.npm npm_config_update_notifier=false
RUN groupadd --system mend && useradd --system --gid mend --home /app mend
# Production dependencies (the Prisma CLI for migrations, tsx for the deploy step) ...
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/lib/generated ./lib/generated
# ... the standalone server and its static assets ...
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# ... and what the deploy step and `npm run setup` read (package.json for its scripts, tsx in the
# production dependencies, lib/ and scripts/ as source, prisma/migrations to check the database).
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/package.json /app/prisma.config.ts /app/tsconfig.json ./
COPY --from=build /app/content ./content
COPY --from=build /app/lib ./lib
COPY --from=build /app/scripts ./scripts
USER mend
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "npx tsx scripts/deploy.ts && exec node server.js"]
