#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database, creates an API
# token, finds the demo's EMAIL inbox and runs the raw email load generator (benchmarks/EmailLoad.java)
# against POST /api/v1/inboxes/{id}/email with the test corpus (src/test/resources/email/*.eml) as
# templates: first a warm-up of WARM_UP emails (default 3000; JIT, pools, a non-empty database), then
# ANALYZE on PostgreSQL (as autovacuum would within a minute), then the measured run.
# Usage: benchmarks/run-email.sh [h2|postgres] [emails] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
emails=${2:-10000}
concurrency=${3:-8}
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
inbox=$(curl -s -H "Authorization: Bearer $token" $base/api/v1/inboxes | tr '{' '\n' | grep '"channel":"EMAIL"' | sed -E 's/.*"id":"([^"]+)".*/\1/')

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
"$JAVA_HOME/bin/java" benchmarks/EmailLoad.java "$base" "$token" "$inbox" src/test/resources/email "${WARM_UP:-3000}" "$concurrency" \
  | sed 's/^/warm-up: /'
if [ -n "${db:-}" ]; then psql -h 127.0.0.1 -U postgres -d "$db" -qc analyze || echo "ANALYZE failed"; fi
"$JAVA_HOME/bin/java" benchmarks/EmailLoad.java "$base" "$token" "$inbox" src/test/resources/email "$emails" "$concurrency"
echo "after: $(uptime | sed 's/.*load/load/')"
