#!/usr/bin/env bash
# Ingest throughput with 1, 2 and 4 workers on PostgreSQL against one
# `crosscheck ingest` process on SQLite and on PostgreSQL, on one corpus.
#
#   bench/workers.sh CORPUS.jsonl postgres://user@host:port/postgres [BATCH]
#
# The server URL must allow creating databases: each run gets a fresh one
# (dropped afterwards). Prints one line per run: what ran, articles stored,
# wall seconds, articles per second, and the crosscheck processes' CPU
# seconds (the server's own CPU is not counted in that, but is in the wall
# time: it shares the machine).
set -euo pipefail
corpus=$1
server=$2
batch=${3:-512}
bin=$(mktemp -d)/crosscheck
go build -o "$bin" ./cmd/crosscheck
base=${server%/*}

fresh() { # a new database; prints its URL
  local name=bench_$RANDOM$RANDOM
  psql -q "$server" -c "CREATE DATABASE $name" >/dev/null
  echo "$base/$name"
}
drop() { psql -q "$server" -c "DROP DATABASE ${1##*/} WITH (FORCE)" >/dev/null; }
articles() { psql -At "$1" -c "SELECT count(*) FROM articles"; }

report() { # what start db
  local n end cpu
  end=$(date +%s.%N)
  n=$3
  cpu=$(awk '{s += $1} END {printf "%.1f", s}' "$tmp/cpu")
  awk -v what="$1" -v n="$n" -v s="$2" -v e="$end" -v cpu="$cpu" \
    'BEGIN {printf "%-28s %6d articles %7.1f s %6.0f articles/s  %6.1f s CPU\n", what, n, e - s, n / (e - s), cpu}'
}
tmp=$(mktemp -d)
timed() { # command...: runs it, adding its CPU seconds to $tmp/cpu
  /usr/bin/time -f "%U %S" -o "$tmp/t.$BASHPID" "$@" >"$tmp/out" 2>/dev/null
  awk '{print $1 + $2}' "$tmp/t.$BASHPID" >>"$tmp/cpu"
}

if [ -z "${SKIP_SINGLE:-}" ]; then
# One process, SQLite.
: >"$tmp/cpu"
rm -f "$tmp/s.db"*
start=$(date +%s.%N)
timed "$bin" ingest --db "$tmp/s.db" "$corpus"
report "ingest, SQLite" "$start" "$(grep -o '^[0-9]* added' "$tmp/out" | cut -d' ' -f1)"

# One process, PostgreSQL.
: >"$tmp/cpu"
db=$(fresh)
start=$(date +%s.%N)
timed "$bin" ingest --db "$db" "$corpus"
report "ingest, PostgreSQL" "$start" "$(articles "$db")"
drop "$db"
fi

# Workers on PostgreSQL, the corpus queued first (not timed with them).
for n in ${WORKERS:-1 2 4}; do
  : >"$tmp/cpu"
  db=$(fresh)
  "$bin" enqueue --db "$db" "$corpus" >/dev/null 2>&1
  start=$(date +%s.%N)
  for _ in $(seq "$n"); do
    timed "$bin" worker --db "$db" --once --batch "$batch" &
  done
  wait
  report "$n worker(s), PostgreSQL" "$start" "$(articles "$db")"
  drop "$db"
done
rm -rf "$tmp"
