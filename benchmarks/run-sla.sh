#!/usr/bin/env bash
# SLA clocks at scale, on PostgreSQL: Frontline from the built jar, CLOCKS running clocks (default 1,000,000)
# written straight into sla_clocks (as many conversations would leave them: one workspace, calendar time, due
# days ahead), then BREACHES more (default 30,000) falling due from 10 s after they are written at RATE per
# second (default 1,000). A live-stream client (benchmarks/SlaBreachListener.java) measures how long after its
# dueAt each sla.breached event reached it. Prints the database work on sla_clocks (pg_stat_user_tables /
# pg_stat_user_indexes deltas) for an idle minute with all clocks running and none due, and for the breach
# window; the size of the table and its indexes; and the application's heap after a full GC.
# Usage: benchmarks/run-sla.sh [clocks] [breaches] [rate]
set -euo pipefail
cd "$(dirname "$0")/.."
database=postgres
clocks=${1:-1000000}
breaches=${2:-30000}
rate=${3:-1000}
source benchmarks/start-frontline.sh
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -Atqc "$1"; }
workspace=$(curl -s -H "Authorization: Bearer $token" $base/api/v1/auth/me | sed -E 's/.*"workspaceId":"([^"]+)".*/\1/')
stats() {
  sql "select 'seq_scan=' || seq_scan || ' seq_tup_read=' || seq_tup_read || ' idx_scan=' || coalesce(idx_scan, 0)
         || ' idx_tup_fetch=' || coalesce(idx_tup_fetch, 0) || ' n_tup_upd=' || n_tup_upd
       from pg_stat_user_tables where relname = 'sla_clocks'"
  sql "select string_agg(indexrelname || ': idx_scan=' || idx_scan || ' idx_tup_read=' || idx_tup_read, '; ' order by indexrelname)
       from pg_stat_user_indexes where relname = 'sla_clocks'"
}

echo "clocks=$clocks breaches=$breaches rate=$rate/s jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1) $(uptime | sed 's/.*load/load/')"
started=$(date +%s)
sql "insert into sla_clocks (workspace_id, conversation_id, metric, policy_id, policy_name, state, target_us, business_time,
       team_id, started_at, running_since, elapsed_us, due_at, warn_at, warned, breached_at, stopped_at)
     select '$workspace', gen_random_uuid(), 'RESOLUTION', gen_random_uuid(), 'Default', 'RUNNING', 345600000000, false,
       null, now(), now(), 0, now() + interval '1 day' + (g * interval '1 millisecond'),
       now() + interval '18 hours' + (g * interval '1 millisecond'), false, null, null
     from generate_series(1, $clocks) g"
sql "vacuum analyze sla_clocks"
echo "seeded $clocks running clocks in $(( $(date +%s) - started )) s"
sql "select 'sla_clocks table ' || pg_size_pretty(pg_relation_size('sla_clocks')) || ', indexes: '
       || (select string_agg(indexrelname || ' ' || pg_size_pretty(pg_relation_size(indexrelid)), ', ' order by indexrelname)
           from pg_stat_user_indexes where relname = 'sla_clocks')"

sql "select pg_stat_reset()" > /dev/null
sleep 1
echo "idle 60 s, $clocks clocks running, none due:"
echo "  before: $(stats | tr '\n' ' ')"
sleep 60
echo "  after:  $(stats | tr '\n' ' ')"

listener_out="$work/listener.out"
"$JAVA_HOME/bin/java" benchmarks/SlaBreachListener.java "$base" "$token" "$breaches" $(( breaches / rate + 120 )) > "$listener_out" 2>&1 &
listener=$!
until grep -qs listening "$listener_out"; do sleep 0.2; kill -0 $listener || { cat "$listener_out"; exit 1; }; done
sql "select pg_stat_reset()" > /dev/null
sleep 1
before=$(stats | tr '\n' ' ')
sql "insert into sla_clocks (workspace_id, conversation_id, metric, policy_id, policy_name, state, target_us, business_time,
       team_id, started_at, running_since, elapsed_us, due_at, warn_at, warned, breached_at, stopped_at)
     select '$workspace', gen_random_uuid(), 'FIRST_RESPONSE', gen_random_uuid(), 'Default', 'RUNNING', 60000000, false,
       null, now(), now(), 0, clock_timestamp() + interval '10 seconds' + (g * interval '1 second' / $rate), null, true, null, null
     from generate_series(1, $breaches) g"
wait $listener || true
echo "breach window ($breaches due at $rate/s from 10 s after writing them):"
echo "  $(cat "$listener_out" | grep -v listening)"
echo "  before: $before"
echo "  after:  $(stats | tr '\n' ' ')"
sql "select 'breached rows: ' || count(*) from sla_clocks where breached_at is not null"
"$JAVA_HOME/bin/jcmd" $app GC.run > /dev/null
echo "application heap after a full GC: $("$JAVA_HOME/bin/jcmd" $app GC.heap_info | grep -iE 'garbage-first heap|used' | head -1 | xargs)"
echo "after: $(uptime | sed 's/.*load/load/')"
