#!/usr/bin/env bash
# JMH benchmark of knowledge search latency over 100,000 articles in four languages
# (src/test/java/dev/frontline/knowledge/internal/ArticleSearchBenchmark.java). Compiles the test classes with
# the JMH annotation processor (profile jmh) and runs the benchmark in its own forked JVM.
# Usage: benchmarks/run-knowledge-benchmark.sh [JMH options, e.g. -rf json -rff target/knowledge-jmh.json]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
rm -rf target/test-classes target/generated-test-sources
mvn -q -P jmh -Dfrontend.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
echo "jdk=$(java -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main ArticleSearchBenchmark "$@"
echo "after: $(uptime | sed 's/.*load/load/')"
