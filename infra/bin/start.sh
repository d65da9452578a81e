#!/usr/bin/env bash
# `npm start`: install what is missing, build, bring up the engines and the apps of the `dev`
# profile, seed example cases once, and print where to look.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/bin/install.sh
npm run build --silent
bash infra/bin/engines.sh up dev
eval "$(bash infra/bin/engines.sh env dev)"
node libs/platform/dist/cli/ensure-topics.js
node libs/persistence/dist/cli/migrate.js
node apps/notifier/dist/cli/seed-development-directory.js
bash infra/bin/apps.sh up dev
node apps/api/dist/cli/seed/seed-examples.js
cat <<MSG

Entente is running. Open the console:

  Console        http://127.0.0.1:${CONSOLE_PORT:-3100}/   (sign in as one of the example staff)

  API            http://127.0.0.1:${API_PORT:-3000}   (open the OpenAPI page below)
  OpenAPI        http://127.0.0.1:${API_PORT:-3000}/docs
  Work queue     http://127.0.0.1:${API_PORT:-3000}/cases   (needs a token: TOKEN=\$(npm run -s token -- --sub you --role supervisor))
  Sign-in        ${OIDC_ISSUER}   (the development OpenID provider)
  Temporal UI    ${TEMPORAL_UI_URL}
  Mail inbox     ${MAILPIT_URL}   (Mailpit: what was sent through SMTP ${SMTP_HOST}:${SMTP_PORT})
  PostgreSQL     ${DATABASE_URL}
  Kafka          ${KAFKA_BROKERS}
Logs in .entente/dev/logs; stop everything with: npm stop
MSG
