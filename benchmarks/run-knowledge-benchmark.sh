#!/usr/bin/env bash
# JMH benchmark of knowledge search latency over 100,000 articles in four languages
# (src/test/java/dev/frontline/knowledge/internal/ArticleSearchBenchmark.java).
# Usage: benchmarks/run-knowledge-benchmark.sh [JMH options, e.g. -rf json -rff target/knowledge-jmh.json]
exec "$(dirname "$0")/run-jmh.sh" ArticleSearchBenchmark "$@"
