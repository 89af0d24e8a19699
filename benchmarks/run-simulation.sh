#!/usr/bin/env bash
# Runs the routing simulator (dev.frontline.routing.simulation.SimulationCommand) on a scenario file, the
# JSON body of POST /api/v1/routing/simulations; see benchmarks/simulation/*.json.
# Usage: benchmarks/run-simulation.sh <scenario.json> [first-seed last-seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
mvn -q -Dfrontend.skip=true compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime.classpath
java -cp "target/classes:$(cat target/runtime.classpath)" dev.frontline.routing.simulation.SimulationCommand "$@"
