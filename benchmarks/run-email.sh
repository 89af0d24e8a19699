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
source benchmarks/start-frontline.sh
inbox=$(inbox_of EMAIL)

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
"$JAVA_HOME/bin/java" benchmarks/EmailLoad.java "$base" "$token" "$inbox" src/test/resources/email "${WARM_UP:-3000}" "$concurrency" \
  | sed 's/^/warm-up: /'
analyze
# The application's own CPU time per email (user + system, from /proc): on a shared machine a steadier
# measure of the code than the throughput, which also depends on what else runs.
app_cpu_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
cpu_before=$(app_cpu_ticks)
"$JAVA_HOME/bin/java" benchmarks/EmailLoad.java "$base" "$token" "$inbox" src/test/resources/email "$emails" "$concurrency"
echo "application CPU: $(awk -v t=$(( $(app_cpu_ticks) - cpu_before )) -v hz="$(getconf CLK_TCK)" -v n="$emails" \
  'BEGIN {printf "%.1f s, %.2f ms per email", t / hz, 1000 * t / hz / n}')"
echo "after: $(uptime | sed 's/.*load/load/')"
