#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the DB test suites and prints the
# shell line that points them at it:
#
#   eval "$(bash .ci/pg-start.sh "$PG_STATE_FILE")"   # → TEST_DATABASE_URL, PG_STATE_FILE
#   trap 'bash .ci/pg-stop.sh "$PG_STATE_FILE"' EXIT
#
# STATE_FILE (argument, else $PG_STATE_FILE, else a new temp file) receives the
# data dir, port and binaries, so pg-stop.sh can find and remove the cluster.
# Only `export …` lines go to stdout; progress and errors go to stderr.
#
# The cluster: fresh temp dir owned by `postgres` (initdb refuses root), trust
# auth, TCP on 127.0.0.1 only, a free port, Unix socket inside the temp dir,
# durability off (it is thrown away). Override the binaries with PG_BIN.
set -Eeuo pipefail

log() { printf 'pg-start: %s\n' "$*" >&2; }

state_file="${1:-${PG_STATE_FILE:-}}"
if [[ -z "$state_file" ]]; then
  state_file="$(mktemp /tmp/satu-atap-pg.state.XXXXXX)"
fi

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# --- binaries and the postgres user (install only when missing) -------------
if [[ ! -x "$pg_bin/initdb" || ! -x "$pg_bin/pg_ctl" ]] || ! id -u postgres >/dev/null 2>&1; then
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
    log "no PostgreSQL binaries in $pg_bin and cannot apt-get install them (need root + apt)"
    exit 1
  fi
  log "installing PostgreSQL with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 >&2 || apt-get install -y -qq postgresql >&2
  if [[ ! -x "$pg_bin/initdb" ]]; then
    # Distribution default may be another major version: take the newest installed.
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -x "$pg_bin/initdb" ]] || { log "PostgreSQL install produced no initdb"; exit 1; }
    log "using $pg_bin"
  fi
fi

# initdb/pg_ctl refuse to run as root: run them as `postgres` when we are root,
# as ourselves otherwise (a developer's own account works too).
if [[ "$(id -u)" == 0 ]]; then
  as_pg() { runuser -u postgres -- "$@"; }
  owner=postgres
else
  as_pg() { "$@"; }
  owner="$(id -un)"
fi

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null \
    || python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

# --- fresh cluster -----------------------------------------------------------
dir="$(mktemp -d /tmp/satu-atap-pg.XXXXXX)"
touch "$dir/.satu-atap-pg" # marker: pg-stop.sh only deletes directories carrying it
chown -R "$owner" "$dir"
port=""

cleanup_on_failure() {
  log "failed; server log follows (if any)"
  [[ -f "$dir/server.log" ]] && tail -n 40 "$dir/server.log" >&2
  (cd "$dir" && as_pg "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) || true
  rm -rf "$dir"
}
trap cleanup_on_failure ERR

# Record the directory before anything can start, so pg-stop.sh can always clean up.
printf 'PG_DIR=%s\nPG_BIN=%s\n' "$dir" "$pg_bin" >"$state_file"

cd "$dir" # the postgres user must be able to read its working directory
as_pg "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1

# Another process may grab the chosen port between choosing and binding: retry.
started=""
for attempt in 1 2 3 4 5; do
  port="$(free_port)"
  if as_pg "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >&2; then
    started=yes
    break
  fi
  log "start on port $port failed (attempt $attempt), retrying"
done
[[ -n "$started" ]] || { log "could not start PostgreSQL"; false; }

ready=""
for _ in $(seq 1 60); do
  if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
    ready=yes
    break
  fi
  sleep 0.5
done
[[ -n "$ready" ]] || { log "PostgreSQL on 127.0.0.1:$port never became ready"; false; }

printf 'PG_PORT=%s\n' "$port" >>"$state_file"
trap - ERR
log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data in $dir)"

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
echo "export PG_STATE_FILE=$state_file"
