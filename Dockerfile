# aws-posture in a container, on the official Node.js image: production dependencies only, run as the
# image's unprivileged `node` user, the command line as the entry point.
#
#   docker build -t aws-posture .
#   docker run --rm aws-posture scan --inventory /app/examples/demo-inventory.json
#   docker run --rm -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY -e AWS_SESSION_TOKEN -e AWS_REGION aws-posture scan
#   docker run --rm -v "$HOME/.aws:/home/node/.aws:ro" -v "$PWD:/work" -w /work aws-posture \
#     scan --profile prod --format json=posture.json

ARG NODE_VERSION=24

# The compiler is fetched for the build alone, at the version of the lock file; the type check is the
# test suite's job, so the build only emits.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm exec --yes --package="typescript@$(node -p "require('./package-lock.json').packages['node_modules/typescript'].version")" -- \
      tsc -p tsconfig.build.json --noCheck --types ''

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json LICENSE README.md ./
COPY bin ./bin
COPY schemas ./schemas
COPY examples ./examples
# `aws-posture` on the PATH, for `docker run --entrypoint sh` and for Kubernetes commands.
RUN ln -s /app/bin/aws-posture.js /usr/local/bin/aws-posture
USER node
# Relative paths (reports, --inventory, .aws-posture.yml) are read and written in the working directory:
# the node user's home by default, or a directory mounted with -v and chosen with -w.
WORKDIR /home/node
# The V8 flag a scan runs with (see src/cli/heap.ts), given here so that the process never restarts itself.
ENTRYPOINT ["node", "--heap-growing-percent=30", "/app/bin/aws-posture.js"]
CMD ["--help"]
