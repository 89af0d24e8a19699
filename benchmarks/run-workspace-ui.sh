#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database, fills the demo
# workspace with CONVERSATIONS more conversations (default 10000: 100 batches of 100 new customers through
# the batch inbound API), then measures the inbox's first meaningful paint and the time to open a
# conversation in Chromium (benchmarks/workspace-ui.mjs).
# Usage: benchmarks/run-workspace-ui.sh [h2|postgres] [conversations] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
conversations=${2:-10000}
runs=${3:-20}
source benchmarks/start-frontline.sh
inbox=$(inbox_of CHAT)

echo "database=$database conversations=+$conversations jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
for ((batch = 0; batch < conversations / 100; batch++)); do
  body=$(for ((i = 0; i < 100; i++)); do
    n=$((batch * 100 + i))
    printf '{"from":{"address":"ui-bench-%d","name":"Customer %d"},"externalId":"ui-bench-%d","subject":"Order %d","text":"Where is my order %d? 我的订单在哪里？ 주문은 어디에 있나요?"}' $n $n $n $n $n
    if [ $i -lt 99 ]; then printf ','; fi
  done)
  status=$(curl -s -o "$work/batch.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"messages\":[$body]}" $base/api/v1/inboxes/$inbox/inbound/batch)
  [ "$status" = 200 ] || [ "$status" = 201 ] || { echo "batch $batch answered $status: $(cat "$work/batch.json")"; exit 1; }
done
analyze
node benchmarks/workspace-ui.mjs "$base" "$bench_email" "$bench_password" "$runs"
