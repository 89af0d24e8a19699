#!/usr/bin/env bash
# Runs one JMH benchmark class of the test sources in its own forked JVM. JMH's harness is generated only when
# the test classes are compiled with the annotation processor (profile jmh), so they are compiled afresh.
# Usage: [JMH_JVM_OPTIONS=-Djmh.ignoreLock=true] benchmarks/run-jmh.sh BenchmarkClass [JMH options, e.g. -rf json -rff target/x.json]
set -euo pipefail
benchmark=${1:?usage: benchmarks/run-jmh.sh BenchmarkClass [JMH options]}
shift
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
rm -rf target/test-classes target/generated-test-sources
mvn -q -P jmh -Dfrontend.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
echo "jdk=$(java -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
java ${JMH_JVM_OPTIONS:-} -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$benchmark" "$@"
echo "after: $(uptime | sed 's/.*load/load/')"
