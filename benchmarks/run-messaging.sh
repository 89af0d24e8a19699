#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database, configures the demo's SMS,
# WhatsApp and Messenger inboxes (PROVIDERS, default all three) with known credentials and runs the webhook load generator (benchmarks/MessagingLoad.java)
# for each provider: a warm-up of WARM_UP webhooks (default 2000), ANALYZE on PostgreSQL, then the measured run.
# Usage: benchmarks/run-messaging.sh [h2|postgres] [webhooks] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
webhooks=${2:-10000}
concurrency=${3:-16}
source benchmarks/start-frontline.sh
echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
for provider in ${PROVIDERS:-sms whatsapp messenger}; do
  inbox=$(inbox_of "$(echo $provider | tr a-z A-Z)")
  "$JAVA_HOME/bin/java" benchmarks/MessagingLoad.java "$base" "$token" "$inbox" $provider "${WARM_UP:-2000}" "$concurrency" \
    | sed 's/^/warm-up: /'
  analyze
  "$JAVA_HOME/bin/java" benchmarks/MessagingLoad.java "$base" "$token" "$inbox" $provider "$webhooks" "$concurrency"
done
echo "after: $(uptime | sed 's/.*load/load/')"
