#!/usr/bin/env bash
# Starts Frontline from the built jar on H2 (default) or on a fresh PostgreSQL database and runs the IMAP
# load generator (benchmarks/ImapLoad.java): a real IMAP server (GreenMail, in the generator's process)
# holds a backlog of emails made from the test corpus (src/test/resources/email/*.eml); Frontline fetches,
# parses, threads and stores them. First a warm-up mailbox of WARM_UP emails (default 3000), then ANALYZE
# on PostgreSQL, then the measured mailbox. The generator's class path (GreenMail, Jakarta Mail) comes from
# the project's test dependencies.
# Usage: benchmarks/run-imap.sh [h2|postgres] [emails]
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
emails=${2:-10000}
classpath=$(mktemp)
mvn -q -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" dependency:build-classpath
# Polls every second (the default is 30 s), so that the time measured is the fetching, not the wait for it.
FRONTLINE_JAVA_OPTS="${FRONTLINE_JAVA_OPTS:-} -Dfrontline.email.imap.poll-interval=PT1S"
source benchmarks/start-frontline.sh

echo "database=$database jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
app_cpu_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
# The generator prints the warm-up's result, then waits on stdin before the measured run, so that ANALYZE
# and the CPU reading happen in between.
coproc load { "$JAVA_HOME/bin/java" -cp "$(cat "$classpath")" benchmarks/ImapLoad.java "$base" "$token" \
  src/test/resources/email "${WARM_UP:-3000}" "$emails" 2>&1; }
# Only the generator's results and errors are shown (GreenMail logs to the same stream).
show() { grep -E '^(warm-up: )?emails=|Exception|No progress' <<< "$1" || true; }
while read -r line <&"${load[0]}"; do show "$line"; [[ $line == warm-up:\ emails=* ]] && break; done
analyze
cpu_before=$(app_cpu_ticks)
echo go >&"${load[1]}"
while read -r line <&"${load[0]}"; do show "$line"; done
echo "application CPU: $(awk -v t=$(( $(app_cpu_ticks) - cpu_before )) -v hz="$(getconf CLK_TCK)" -v n="$emails" \
  'BEGIN {printf "%.1f s, %.2f ms per email", t / hz, 1000 * t / hz / n}')"
echo "after: $(uptime | sed 's/.*load/load/')"
rm -f "$classpath"
