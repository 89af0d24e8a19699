# Sourced by the run-*.sh benchmarks: starts the built jar on a fresh database ($database: h2 | postgres) with
# the demo workspace and no rate limit, stops it and drops the database on exit, signs in as the benchmark
# admin and creates an API token. Sets: base, token, db (PostgreSQL only), work, bench_email, bench_password;
# defines inbox_of CHANNEL (the first inbox of that channel) and analyze (refreshes PostgreSQL's statistics).
# PG_URL_OPTIONS is appended to the PostgreSQL URL (an A/B of a driver setting: "?reWriteBatchedInserts=false").
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
jar=${JAR:-$(ls target/frontline-*.jar | head -1)}  # JAR=... runs another build (an A/B comparison)
work=$(mktemp -d)
port=${PORT:-18080}
bench_email=bench@frontline.local
bench_password="benchmark-password-123"
app_args=(--server.port=$port --frontline.admin.email=$bench_email --frontline.admin.password=$bench_password
      --frontline.demo.enabled=true --frontline.api.rate-limit.burst=1000000 --frontline.api.rate-limit.per-second=1000000
      --frontline.chat.rate-limit.burst=1000000 --frontline.chat.rate-limit.per-second=1000000
      --frontline.attachments.directory=$work/attachments --frontline.secrets.key-file=$work/secret.key)
db=""
if [ "$database" = postgres ]; then
  db="frontline_bench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
  app_args+=("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db${PG_URL_OPTIONS:-}" --spring.datasource.username=postgres)
else
  app_args+=("--spring.datasource.url=jdbc:h2:file:$work/frontline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
fi
"$JAVA_HOME/bin/java" -Xmx2g ${FRONTLINE_JAVA_OPTS:-} -jar "$jar" "${app_args[@]}" > "$work/app.log" 2>&1 &
app=$!
stop_frontline() {
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  if [ -n "$db" ]; then psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db with (force)" || true; fi
  rm -rf "$work"
}
trap stop_frontline EXIT
# Ready once the demo workspace is seeded (a benchmark that reconfigures an inbox meanwhile would race the seeding).
until grep -qs "Frontline is ready at" "$work/app.log"; do sleep 1; kill -0 $app || { cat "$work/app.log"; exit 1; }; done

base=http://127.0.0.1:$port
cookies="$work/cookies"
curl -s -c "$cookies" -b "$cookies" $base/api/v1/auth/csrf > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$bench_email\",\"password\":\"$bench_password\"}" $base/api/v1/auth/login > /dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$cookies")
token=$(curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark"}' $base/api/v1/tokens | sed -E 's/.*"token":"([^"]+)".*/\1/')

inbox_of() {
  curl -s -H "Authorization: Bearer $token" $base/api/v1/inboxes | tr '{' '\n' | grep "\"channel\":\"$1\"" | head -1 \
    | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

analyze() {
  if [ -n "$db" ]; then psql -h 127.0.0.1 -U postgres -d "$db" -qc analyze || echo "ANALYZE failed"; fi
}
