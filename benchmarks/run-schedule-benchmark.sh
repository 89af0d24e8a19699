#!/usr/bin/env bash
# Solves a synthetic contact center's schedule with Timefold and prints time, score and coverage
# (src/test/java/dev/frontline/workforce/schedule/ScheduleBenchmark.java).
# Usage: benchmarks/run-schedule-benchmark.sh [agents=200] [days=14] [time limit in seconds=120]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
mvn -q -Dfrontend.skip=true test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/schedule.classpath
echo "jdk=$(java -version 2>&1 | head -1) cores=$(nproc) $(uptime | sed 's/.*load/load/')"
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/schedule.classpath)" dev.frontline.workforce.schedule.ScheduleBenchmark "$@"
echo "after: $(uptime | sed 's/.*load/load/')"
