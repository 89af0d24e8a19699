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
source benchmarks/start-frontline.sh
inbox=$(inbox_of CHAT)

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
"$JAVA_HOME/bin/java" benchmarks/ChatLoad.java "$base" "$inbox" "${ORIGIN:-https://shop.example}" "$visitors" "$messages" \
  "${WINDOW:-4}" "${WARM_UP:-10000}" "${db:+psql -h 127.0.0.1 -U postgres -d $db -qc analyze || echo ANALYZE failed}"
echo "after: $(uptime | sed 's/.*load/load/')"
