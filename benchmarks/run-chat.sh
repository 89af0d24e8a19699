#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database, finds the demo's
# CHAT inbox (its allowedOrigins is empty: any page may open the widget) and runs the widget load generator
# (benchmarks/ChatLoad.java): VISITORS visitor sessions and sockets stay connected while it sends first a
# warm-up of WARM_UP messages (default 10000) and then the measured MESSAGES, at most WINDOW (default 4)
# unacknowledged per socket. On PostgreSQL the statistics are refreshed (ANALYZE) after the warm-up, as
# autovacuum would within a minute of such growth.
# Usage: benchmarks/run-chat.sh [h2|postgres] [visitors] [messages]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
visitors=${2:-500}
messages=${3:-30000}
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
jar=$(ls target/frontline-*.jar | head -1)
work=$(mktemp -d)
port=${PORT:-18080}
password="benchmark-password-123"
args=(--server.port=$port --frontline.admin.email=bench@frontline.local --frontline.admin.password=$password
      --frontline.demo.enabled=true --frontline.api.rate-limit.burst=1000000 --frontline.api.rate-limit.per-second=1000000
      --frontline.attachments.directory=$work/attachments)
if [ "$database" = postgres ]; then
  db="frontline_bench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
  args+=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db --spring.datasource.username=postgres)
else
  args+=("--spring.datasource.url=jdbc:h2:file:$work/frontline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
fi
"$JAVA_HOME/bin/java" -Xmx2g ${FRONTLINE_JAVA_OPTS:-} -jar "$jar" "${args[@]}" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; [ -n "${db:-}" ] && psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db with (force)"; rm -rf "$work"' EXIT
until grep -q "Started FrontlineApplication" "$work/app.log"; do sleep 1; kill -0 $app || { cat "$work/app.log"; exit 1; }; done
base=http://127.0.0.1:$port
jar_cookies="$work/cookies"
curl -s -c "$jar_cookies" -b "$jar_cookies" $base/api/v1/auth/csrf > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$jar_cookies")
curl -s -c "$jar_cookies" -b "$jar_cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@frontline.local\",\"password\":\"$password\"}" $base/api/v1/auth/login > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$jar_cookies")
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark"}' $base/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')
inbox=$(curl -s -H "Authorization: Bearer $token" $base/api/v1/inboxes | tr '{' '\n' | grep '"channel":"CHAT"' | sed -E 's/.*"id":"([^"]+)".*/\1/')

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
"$JAVA_HOME/bin/java" benchmarks/ChatLoad.java "$base" "$inbox" "${ORIGIN:-https://shop.example}" "$visitors" "$messages" \
  "${WINDOW:-4}" "${WARM_UP:-10000}" "${db:+psql -h 127.0.0.1 -U postgres -d $db -qc analyze || echo ANALYZE failed}"
echo "after: $(uptime | sed 's/.*load/load/')"
