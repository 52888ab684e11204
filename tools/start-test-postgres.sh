#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite, or stop one.
#
#   eval "$(tools/start-test-postgres.sh)"          # start; exports the two variables below
#   tools/start-test-postgres.sh stop "$INCUBATOR_DESK_TEST_PG_DIR"   # stop it, delete its files
#
# The server keeps its data, log and socket in a fresh mktemp folder, listens on 127.0.0.1 only (port
# $INCUBATOR_DESK_TEST_PG_PORT, else the first free port from 55432), trusts every local
# connection and runs without fsync: it is for tests only and is thrown away on stop.
# Only the `export` lines go to stdout, so the output can be eval'ed; progress goes to stderr.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root);
# as any other user it runs as that user.
set -Eeuo pipefail

DB_NAME=incubator_test

say() { printf '%s\n' "$*" >&2; }
die() {
    say "start-test-postgres: $*"
    exit 1
}

find_pgbin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -z $dir ]] && command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir)
    fi
    [[ -n $dir && -x $dir/initdb ]] \
        || die "PostgreSQL server binaries not found; install them (Debian: apt-get install postgresql)."
    printf '%s\n' "$dir"
}

# Run a PostgreSQL program as the server's owner.
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_server() {
    local dir=${1:-${INCUBATOR_DESK_TEST_PG_DIR:-}}
    [[ -n $dir ]] || die "usage: $0 stop DIR"
    [[ -f $dir/data/PG_VERSION ]] || die "$dir holds no test server made by this script; not touching it."
    cd /tmp
    local pgbin
    pgbin=$(find_pgbin)
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf -- "$dir"
    say "Stopped the test PostgreSQL server and removed $dir."
}

start_server() {
    cd /tmp # runuser cannot stay in a folder the postgres user may not enter (e.g. /root)
    local pgbin port dir
    pgbin=$(find_pgbin)
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as."
    fi

    if [[ -n ${INCUBATOR_DESK_TEST_PG_PORT:-} ]]; then
        port=$INCUBATOR_DESK_TEST_PG_PORT
        ! port_in_use "$port" || die "port $port is already in use."
    else
        port=55432
        while port_in_use "$port"; do
            port=$((port + 1))
            ((port < 55452)) || die "no free port between 55432 and 55451."
        done
    fi

    dir=$(mktemp -d /tmp/incubator-desk-pg.XXXXXX)
    # Clean up after a failed start; a started server is stopped by the caller.
    trap 'cat "$dir"/*.log >&2 2>/dev/null; as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate \
        stop >/dev/null 2>&1 || true; rm -rf -- "$dir"; say "start-test-postgres: start failed."' ERR
    if [[ $EUID -eq 0 ]]; then
        chown postgres:postgres "$dir"
    fi

    as_owner "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2
    as_owner "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
    trap - ERR

    say "Test PostgreSQL server running on 127.0.0.1:$port (files in $dir)."
    say "Stop it with: $0 stop $dir"
    printf 'export INCUBATOR_DESK_TEST_PG_URL=%s\n' \
        "postgresql+psycopg://postgres@127.0.0.1:$port/$DB_NAME"
    printf 'export INCUBATOR_DESK_TEST_PG_DIR=%s\n' "$dir"
}

case ${1:-start} in
start) start_server ;;
stop) stop_server "${2:-}" ;;
*) die "usage: $0 [start | stop DIR]" ;;
esac
