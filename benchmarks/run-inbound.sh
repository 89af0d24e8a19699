#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database, creates an API
# token and an API inbox, and runs the inbound load generator against it: first a warm-up of
# WARM_UP messages (default 10000; lets the JIT compile and the database grow past empty, after which
# PostgreSQL's statistics are refreshed as autovacuum would within a minute), then the measured run.
# Usage: benchmarks/run-inbound.sh [h2|postgres] [messages] [concurrency] [batch size]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
messages=${2:-20000}
concurrency=${3:-32}
batch=${4:-1}
source benchmarks/start-frontline.sh
inbox=$(inbox_of API)

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
"$JAVA_HOME/bin/java" benchmarks/InboundLoad.java "$base" "$token" "$inbox" "${WARM_UP:-10000}" "$concurrency" 200 "$batch" \
  | sed 's/^/warm-up: /'
analyze
"$JAVA_HOME/bin/java" benchmarks/InboundLoad.java "$base" "$token" "$inbox" "$messages" "$concurrency" 200 "$batch"
