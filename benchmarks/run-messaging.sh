#!/usr/bin/env bash
# Starts Frontline from the built jar (JAR=... for another build) on H2 (default) or on a fresh PostgreSQL database,
# configures the demo's SMS, WhatsApp and Messenger inboxes (PROVIDERS, default all three) with known credentials and
# runs the webhook load generator (benchmarks/MessagingLoad.java) for each provider: a warm-up of WARM_UP webhooks
# (default 40000) in the same mix (ANALYZE on PostgreSQL after its first 5,000 and at its end), then the measured
# run, followed by what it cost: CPU seconds
# of the application, of its PostgreSQL backends and of the load generator per 1,000 webhooks, PostgreSQL commits per
# webhook, and the seconds the JIT compiler spent during the run. On a machine shared with other work the CPU per
# webhook says more than the throughput. A short warm-up measures the JIT: with 8,000 webhooks the compiler still
# took a third of the application's CPU during the run (more than the whole SMS controller).
# Usage: benchmarks/run-messaging.sh [h2|postgres] [webhooks] [concurrency]
# One provider: PROVIDERS=sms benchmarks/run-messaging.sh postgres 4000 16
# Customers who write again: MESSAGES_PER_CUSTOMER=5 (default 1: every message from a new customer)
# PostgreSQL's costliest statements of each measured run: STATEMENTS=15 (needs pg_stat_statements in
# shared_preload_libraries and its extension in the database postgres; the statistics are reset after the warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
webhooks=${2:-10000}
concurrency=${3:-16}
source benchmarks/start-frontline.sh
echo "database=$database jar=$jar jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
ticks=$(getconf CLK_TCK)

# CPU ticks (user + system) of the given processes.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r /proc/$pid/stat ] && total=$((total + $(awk '{print $14 + $15}' /proc/$pid/stat)))
  done
  echo $total
}
backends() {
  [ -n "$db" ] && psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
    "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()" | tr '\n' ' '
}
jit_seconds() {
  "$JAVA_HOME/bin/jstat" -compiler $app | awk 'NR == 2 {print $4}'
}
commits() {
  if [ -n "$db" ]; then psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
    "select xact_commit from pg_stat_database where datname = current_database()"; else echo 0; fi
}

# The load generator shares the machine's cores with the application and PostgreSQL: compiled once, run with the
# quick client compiler only and a serial collector, so it takes as little of them as it can.
mkdir -p "$work/load-generator"
"$JAVA_HOME/bin/javac" -d "$work/load-generator" benchmarks/MessagingLoad.java
load_generator=("$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/load-generator" MessagingLoad)

# The warm-up starts with a few thousand webhooks and ANALYZE: PostgreSQL keeps the plans it cached while the tables
# were empty until statistics change, which autovacuum does by itself as tables grow (this machine runs PostgreSQL with
# autovacuum off, and without that step the rest of the warm-up ran at a fifth of the speed, leaving the JIT unfinished).
warm_up=${WARM_UP:-40000}
first_warm_up=$((warm_up < 5000 ? warm_up : 5000))
for provider in ${PROVIDERS:-sms whatsapp messenger}; do
  inbox=$(inbox_of "$(echo $provider | tr a-z A-Z)")
  "${load_generator[@]}" "$base" "$token" "$inbox" $provider "$first_warm_up" "$concurrency" \
      "${MESSAGES_PER_CUSTOMER:-1}" | sed 's/^/warm-up: /'
  analyze
  if [ "$warm_up" -gt "$first_warm_up" ]; then
    "${load_generator[@]}" "$base" "$token" "$inbox" $provider "$((warm_up - first_warm_up))" "$concurrency" \
        "${MESSAGES_PER_CUSTOMER:-1}" | sed 's/^/warm-up: /'
    analyze
  fi
  if [ -n "${STATEMENTS:-}" ]; then psql -h 127.0.0.1 -U postgres -d postgres -qAtc "select pg_stat_statements_reset()" >/dev/null; fi
  pg=$(backends || true)
  app_before=$(cpu_ticks $app); pg_before=$(cpu_ticks $pg); commits_before=$(commits); jit_before=$(jit_seconds)
  TIMEFORMAT="%U %S"
  { time "${load_generator[@]}" "$base" "$token" "$inbox" $provider "$webhooks" \
      "$concurrency" "${MESSAGES_PER_CUSTOMER:-1}" 2>&3; } 3>&2 2> "$work/load-generator.time"
  app_after=$(cpu_ticks $app); pg_after=$(cpu_ticks $pg); commits_after=$(commits); jit_after=$(jit_seconds)
  awk -v n="$webhooks" '{ printf "load generator: %.2f s CPU per 1,000 webhooks (on the same cores)\n", ($1 + $2) / n * 1000 }' \
    "$work/load-generator.time"
  awk -v a=$((app_after - app_before)) -v p=$((pg_after - pg_before)) -v c=$((commits_after - commits_before)) \
      -v n="$webhooks" -v t="$ticks" -v j="$jit_before" -v k="$jit_after" \
      -v l="$(uptime | sed 's/.*load average: //')" 'BEGIN {
    printf "cost: app %.2f s CPU per 1,000 webhooks, PostgreSQL backends %.2f s, commits per webhook %.2f, JIT compiling %.1f s during the run; load %s\n",
      a / t / n * 1000, p / t / n * 1000, c / n, k - j, l }'
  if [ -n "${STATEMENTS:-}" ]; then psql -h 127.0.0.1 -U postgres -d postgres -P pager=off -c "
    select calls, round(total_exec_time::numeric) as total_ms, round(mean_exec_time::numeric * 1000) as mean_us, rows,
           left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
      from pg_stat_statements where dbid = (select oid from pg_database where datname = '$db')
     order by total_exec_time desc limit $STATEMENTS"
  fi
done
echo "after: $(uptime | sed 's/.*load/load/')"
