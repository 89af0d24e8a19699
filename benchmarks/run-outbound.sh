#!/usr/bin/env bash
# Starts Frontline from the built jar (JAR=... for another build) on H2 (default) or on a fresh PostgreSQL database
# and runs the outbox load generator (benchmarks/OutboundLoad.java): agents' SMS replies to a stand-in of Twilio's
# Messages resource that answers each send after LATENCY_MS (default 200). Prints replies per second, the time
# from a reply's 201 to the provider, and how many customers got their replies out of order (must be 0).
# Usage: benchmarks/run-outbound.sh [h2|postgres] [customers] [replies-per-customer] [agents]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
customers=${2:-200}
replies=${3:-5}
agents=${4:-8}
source benchmarks/start-frontline.sh
echo "database=$database jar=$jar jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
mkdir -p "$work/load-generator"
"$JAVA_HOME/bin/javac" -d "$work/load-generator" benchmarks/MessagingLoad.java benchmarks/OutboundLoad.java
"$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work/load-generator" OutboundLoad \
    "$base" "$token" "$(inbox_of SMS)" "$customers" "$replies" "${LATENCY_MS:-200}" "$agents"
