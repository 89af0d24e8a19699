#!/usr/bin/env bash
# JMH benchmark of the routing decisions at 10,000 agents and 100,000 waiting items
# (src/test/java/dev/frontline/routing/internal/RoutingDecisionBenchmark.java).
# Usage: benchmarks/run-routing-benchmark.sh [JMH options, e.g. -rf json -rff target/routing-jmh.json]
exec "$(dirname "$0")/run-jmh.sh" RoutingDecisionBenchmark "$@"
