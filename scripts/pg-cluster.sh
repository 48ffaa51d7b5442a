#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the bench, from Debian's packages:
#   scripts/pg-cluster.sh start   # prints the connection URL the tests read from DESK_TEST_POSTGRES
#   scripts/pg-cluster.sh stop
# It lives in $DESK_PG_DIR (default /tmp/desk-pg), listens on 127.0.0.1:$DESK_PG_PORT (default 55432)
# and trusts loopback: it holds test data only. PostgreSQL refuses to run as root, so as root the
# cluster belongs to the `postgres` user the package creates.
set -euo pipefail
dir="${DESK_PG_DIR:-/tmp/desk-pg}"
port="${DESK_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres: "$dir"
      as_owner "$bin/initdb" -D "$dir" -U desk --auth=trust --encoding=UTF8 --locale=C >/dev/null
      # The tests make and drop hundreds of small databases; durability is not what they test.
      cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 400
fsync = off
full_page_writes = off
CONF
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w start >/dev/null
    fi
    echo "postgres://desk@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w restart -l "$dir/server.log" >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop|restart" >&2; exit 2;;
esac
