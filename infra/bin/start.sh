#!/usr/bin/env bash
# `npm start`: install what is missing, build, bring up the engines and the apps of the `dev`
# profile, seed example cases once, and print where to look. `npm run cluster` runs the same for
# the `cluster` profile (bash infra/bin/start.sh cluster): several instances of each, behind a
# load balancer (docs/adr/0030).
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-dev}
stop=$([ "$profile" = dev ] && echo 'npm stop' || echo "npm run $profile:stop")
bash infra/bin/install.sh
npm run build --silent
bash infra/bin/engines.sh up "$profile"
eval "$(bash infra/bin/engines.sh env "$profile")"
node libs/platform/dist/cli/ensure-topics.js
node libs/persistence/dist/cli/migrate.js
node apps/notifier/dist/cli/seed-development-directory.js
bash infra/bin/apps.sh up "$profile"
eval "$(bash infra/bin/apps.sh env "$profile")"
# The examples go where clients reach the API (in the cluster profile, the load balancer).
API_PORT=${API_URL##*:} node apps/api/dist/cli/seed/seed-examples.js
cat <<MSG

Entente is running (profile $profile). Open the console:

  Console        ${CONSOLE_PUBLIC_URL}/   (sign in as one of the example staff)

  API            ${API_URL}   (open the OpenAPI page below)${API_LB_STATS_URL:+
                 through HAProxy, in front of ${API_INSTANCES}; its statistics: ${API_LB_STATS_URL}}
  OpenAPI        ${API_URL}/docs
  Work queue     ${API_URL}/cases   (needs a token: TOKEN=\$(npm run -s token -- --sub you --role supervisor))
  Sign-in        ${OIDC_ISSUER}   (the development OpenID provider)
  Temporal UI    ${TEMPORAL_UI_URL}
  Mail inbox     ${MAILPIT_URL}   (Mailpit: what was sent through SMTP ${SMTP_HOST}:${SMTP_PORT})
  PostgreSQL     ${DATABASE_URL}
  Kafka          ${KAFKA_BROKERS}
Logs in ${ENTENTE_DATA_DIR}/logs; stop everything with: ${stop}
MSG
