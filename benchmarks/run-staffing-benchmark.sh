#!/usr/bin/env bash
# JMH benchmark of the staffing calculator at about 1,000 agents
# (src/test/java/dev/frontline/workforce/staffing/StaffingBenchmark.java), in its own forked JVM.
# Usage: [JMH_JVM_OPTIONS=-Djmh.ignoreLock=true] benchmarks/run-staffing-benchmark.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
# JMH's harness is generated only when the test classes are compiled under -P jmh.
rm -rf target/test-classes target/generated-test-sources
mvn -q -P jmh -Dfrontend.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
echo "jdk=$(java -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
java ${JMH_JVM_OPTIONS:-} -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main StaffingBenchmark "$@"
echo "after: $(uptime | sed 's/.*load/load/')"
