#!/usr/bin/env bash
# A local PostgreSQL 15 cluster for the server and its tests, kept in .pg/ inside the repo.
#   bash scripts/pg.sh start   creates the cluster (first time), starts it on 127.0.0.1:${PGPORT:-54329},
#                              creates the databases `linli` and `linli_test`, prints the DATABASE_URL
#   bash scripts/pg.sh stop    stops it
# Both are idempotent. As root, the cluster runs as the `postgres` user (initdb refuses root).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGDIR=${PG_DIR:-$ROOT/.pg}
PORT=${PGPORT:-54329}
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DATA=$PGDIR/data
RUN=$PGDIR/run
LOG=$PGDIR/server.log
DB_USER=linli
OS_USER=${PG_OS_USER:-postgres}

die() {
  echo "pg.sh: $*" >&2
  exit 1
}

[ -x "$BIN/pg_ctl" ] || die "no PostgreSQL 15 in $BIN (install it: apt-get install -y postgresql)"

# Runs a command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

sql() {
  as_owner "$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d postgres -tAc "$1"
}

running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

# A cluster of another checkout (a second worktree) already serving the port: use it as it is.
served() {
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && sql "SELECT 1" >/dev/null 2>&1
}

start() {
  if ! running && served; then
    echo "pg.sh: a cluster already listens on 127.0.0.1:$PORT (not $DATA): using it" >&2
    ensure_databases
    return
  fi
  mkdir -p "$PGDIR"
  if [ "$(id -u)" = 0 ]; then
    id "$OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
    chown "$OS_USER" "$PGDIR"
    as_owner test -w "$PGDIR" || die "$OS_USER cannot write $PGDIR (check the permissions of its parent folders)"
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$DATA" -U "$DB_USER" --auth=trust -E UTF8 --no-locale >"$PGDIR/initdb.log" 2>&1 ||
      die "initdb failed, see $PGDIR/initdb.log"
  fi
  as_owner mkdir -p "$RUN"
  if ! running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-k $RUN -p $PORT -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null ||
      die "the cluster did not start, see $LOG"
  fi
  ensure_databases
}

ensure_databases() {
  for db in linli linli_test; do
    if [ "$(sql "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      sql "CREATE DATABASE $db" || die "could not create database $db"
    fi
  done
  echo "DATABASE_URL=postgres://$DB_USER@127.0.0.1:$PORT/linli"
}

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -w -t 60 -m fast stop >/dev/null
  fi
  echo "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: bash scripts/pg.sh start|stop" ;;
esac
