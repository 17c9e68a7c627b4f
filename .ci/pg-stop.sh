#!/usr/bin/env bash
# Stops and deletes the cluster started by pg-start.sh:
#
#   bash .ci/pg-stop.sh "$PG_STATE_FILE"
#
# STATE_FILE: argument, else $PG_STATE_FILE. Idempotent: a missing or empty
# state file (pg-start never got that far) or an already removed cluster is
# not an error. The state file itself is left to its creator.
set -euo pipefail

log() { printf 'pg-stop: %s\n' "$*" >&2; }

state_file="${1:-${PG_STATE_FILE:-}}"
if [[ -z "$state_file" || ! -s "$state_file" ]]; then
  log "no state file with a cluster in it; nothing to stop"
  exit 0
fi

# Read KEY=VALUE lines without sourcing the file (it is data, not code).
dir="" pg_bin=""
while IFS='=' read -r key value; do
  case "$key" in
    PG_DIR) dir="$value" ;;
    PG_BIN) pg_bin="$value" ;;
  esac
done <"$state_file"

if [[ -z "$dir" || ! -d "$dir" ]]; then
  log "cluster directory '${dir}' is gone; nothing to stop"
  exit 0
fi
# Never delete a directory pg-start.sh did not make.
if [[ "$dir" != /tmp/satu-atap-pg.* || ! -f "$dir/.satu-atap-pg" ]]; then
  log "refusing to remove '$dir': not a pg-start.sh cluster"
  exit 1
fi

if [[ -f "$dir/data/postmaster.pid" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { "$@"; }
  fi
  (cd "$dir" && as_pg "${pg_bin:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >&2) \
    || (cd "$dir" && as_pg "${pg_bin:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$dir/data" -m immediate -w stop >&2) \
    || log "pg_ctl stop failed; removing the directory anyway"
fi

rm -rf "$dir"
log "stopped and removed $dir"
