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
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
jar=$(ls target/frontline-*.jar | head -1)
work=$(mktemp -d)
port=18081
email=bench@frontline.local
password="benchmark-password-123"
args=(--server.port=$port --frontline.admin.email=$email --frontline.admin.password=$password
      --frontline.demo.enabled=true --frontline.api.rate-limit.burst=1000000 --frontline.api.rate-limit.per-second=1000000
      --frontline.attachments.directory=$work/attachments)
db=""
if [ "$database" = postgres ]; then
  db="frontline_uibench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
  args+=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db --spring.datasource.username=postgres)
else
  args+=("--spring.datasource.url=jdbc:h2:file:$work/frontline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
fi
"$JAVA_HOME/bin/java" -Xmx2g -jar "$jar" "${args[@]}" > "$work/app.log" 2>&1 &
app=$!
cleanup() {
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  if [ -n "$db" ]; then psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db with (force)" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
until grep -q "Started FrontlineApplication" "$work/app.log"; do sleep 1; kill -0 $app || { cat "$work/app.log"; exit 1; }; done

base=http://127.0.0.1:$port
cookies="$work/cookies"
curl -s -c "$cookies" -b "$cookies" $base/api/v1/auth/csrf > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" $base/api/v1/auth/login > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
token=$(curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark"}' $base/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
inbox=$(curl -s -H "Authorization: Bearer $token" $base/api/v1/inboxes | tr '{' '\n' | grep '"channel":"CHAT"' | head -1 | sed -E 's/.*"id":"([^"]+)".*/\1/')

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
if [ -n "$db" ]; then psql -h 127.0.0.1 -U postgres -d "$db" -qc analyze; fi
node benchmarks/workspace-ui.mjs "$base" "$email" "$password" "$runs"
