# 政策问答 — the production image (docs/deploy.md).
# Stage 1 installs with the C++ toolchain (nodejieba, hnswlib-node and better-sqlite3 are built here, for this
# image's Node and libc), compiles the TypeScript and builds the index; stage 2 carries only what runs, as the
# unprivileged `node` user. The commands are package.json's scripts, the ones CI runs (test/replicas/deploy.test.ts).
ARG NODE_IMAGE=node:20-bookworm

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# node:20-bookworm already has python3, make and g++ for node-gyp.
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY data/source ./data/source
COPY data/lexicon ./data/lexicon
RUN npm run build
# The index is part of the image, so a replica is ready seconds after it starts; a newer published build
# (docs/deploy.md) replaces it at start.
RUN npm run ingest:prod
RUN npm prune --omit=dev

FROM ${NODE_IMAGE}-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 INDEX_DIR=data/index FEEDBACK_DB=data/feedback.sqlite
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/server/healthcheck.js"]
CMD ["node", "dist/server/main.js"]
