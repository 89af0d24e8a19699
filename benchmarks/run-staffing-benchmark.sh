#!/usr/bin/env bash
# JMH benchmark of the staffing calculator at about 1,000 agents
# (src/test/java/dev/frontline/workforce/staffing/StaffingBenchmark.java).
# Usage: [JMH_JVM_OPTIONS=-Djmh.ignoreLock=true] benchmarks/run-staffing-benchmark.sh [JMH options]
exec "$(dirname "$0")/run-jmh.sh" StaffingBenchmark "$@"
