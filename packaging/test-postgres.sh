#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL 15 cluster for the tests and prints the shell lines that point at it:
#
#   eval "$(bash packaging/test-postgres.sh)"      # start; exports WHYBOARD_TEST_PG_URI, PGHOST, PGPORT, ...
#   bash packaging/test-postgres.sh stop "$WHYBOARD_TEST_PG_DIR"
#
# For tests of a server that goes away: "halt DIR" stops the server at once (as a crash or a power cut
# would, pg_ctl -m immediate) and keeps its data; "resume DIR" starts it again on the same port.
#
# The cluster lives in a new temporary directory (under $TMPDIR, else /tmp), listens on a Unix socket in
# that directory and on 127.0.0.1 at a free port, and trusts every local connection. Its superuser is
# "postgres" and it has one empty database, "whyboard_test". PostgreSQL refuses to run as root, so when
# this script runs as root the cluster runs as the system user "whyboard-test" (created if missing),
# or as "nobody" when that user cannot be created. Several clusters may run at once.
#
# Exit status: 0 started (the export lines are on stdout, nothing else is); 3 PostgreSQL cannot be started
# here (binaries missing, no unprivileged user to run it as): one line on stderr says why, and a test may
# skip with that line as its reason; 1 it should have started but did not: the reason and the end of the
# server's log are on stderr, and a test must fail.
# WHYBOARD_PG_BINDIR overrides where the binaries are (default /usr/lib/postgresql/15/bin).
set -euo pipefail

bindir="${WHYBOARD_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
marker="whyboard-test-postgres"
test_user="whyboard-test"

cannot_start() {
  echo "test-postgres: PostgreSQL cannot be started here: $*" >&2
  exit 3
}

failed() {
  echo "test-postgres: $*" >&2
  exit 1
}

# Runs "$@" as the cluster's owner: directly when not root, else as $owner.
as_owner() {
  if [ -z "${owner:-}" ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "$owner" -- "$@"
  else
    setpriv --reuid="$owner" --regid="$(id -g "$owner")" --init-groups -- "$@"
  fi
}

pick_owner() {
  owner=""
  if [ "$(id -u)" -ne 0 ]; then
    return
  fi
  if ! command -v runuser >/dev/null 2>&1 && ! command -v setpriv >/dev/null 2>&1; then
    cannot_start "running as root, and neither runuser nor setpriv is there to run it as another user"
  fi
  if id -u "$test_user" >/dev/null 2>&1; then
    owner="$test_user"
  elif command -v useradd >/dev/null 2>&1 \
      && useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
                 --user-group "$test_user" >/dev/null 2>&1; then
    owner="$test_user"
  elif id -u nobody >/dev/null 2>&1; then
    owner="nobody"
  else
    cannot_start "running as root, and there is no unprivileged user to run it as"
  fi
}

# True when something already accepts connections on 127.0.0.1:$1.
port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

random_port() {
  echo $((20000 + (RANDOM * 32768 + RANDOM) % 40000))
}

start() {
  local tool
  for tool in initdb pg_ctl postgres; do
    [ -x "$bindir/$tool" ] || cannot_start "$bindir/$tool is missing (install the postgresql package)"
  done
  pick_owner

  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/whyboard-pg.XXXXXX")" || cannot_start "no temporary directory"
  # A Unix socket's path is at most 107 bytes: the directory plus "/.s.PGSQL.NNNNN.lock".
  if [ "${#dir}" -gt 80 ]; then
    rm -rf "$dir"
    cannot_start "the temporary directory's path is too long for a Unix socket: $dir (set TMPDIR)"
  fi
  touch "$dir/$marker"
  chmod 755 "$dir"
  [ -z "$owner" ] || chown "$owner:" "$dir"
  # The unprivileged user may not be allowed to enter the caller's directory.
  cd "$dir"

  local locale="C"
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
    locale="C.UTF-8"
  fi
  if ! as_owner "$bindir/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale="$locale" --no-sync >"$dir/initdb.log" 2>&1; then
    local reason
    reason="$(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
    rm -rf "$dir"
    failed "initdb failed: $reason"
  fi
  # fsync off: a test never outlives the machine. synchronous_commit stays on, so a server stopped
  # with -m immediate keeps every transaction it reported committed, as a real one would.
  cat >>"$dir/data/postgresql.conf" <<EOF

# whyboard test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
max_connections = 50
shared_buffers = 16MB
log_min_messages = warning
EOF

  # A port free now may be taken before the server binds it: try again with another.
  local port attempt started=""
  for attempt in 1 2 3 4 5 6 7 8; do
    port="$(random_port)"
    if port_taken "$port"; then
      continue
    fi
    if as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/postgres.log" --wait --timeout=60 \
         --silent -o "-p $port" start >>"$dir/pg_ctl.log" 2>&1; then
      started=yes
      break
    fi
    grep -q 'could not \(bind\|create lock file\)' "$dir/postgres.log" 2>/dev/null || break
  done
  echo "$port" >"$dir/port"
  if [ -z "$started" ]; then
    local reason
    reason="$(tail -n 3 "$dir/postgres.log" 2>/dev/null | tr '\n' ' ')"
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --silent stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    failed "the server did not start: $reason"
  fi

  if ! as_owner "$bindir/createdb" --host="$dir" --port="$port" --username=postgres whyboard_test \
       >>"$dir/pg_ctl.log" 2>&1; then
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --silent stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    failed "the server started but creating the database failed"
  fi

  {
    printf 'export WHYBOARD_TEST_PG_URI=%q\n' "postgresql://postgres@/whyboard_test?host=$dir&port=$port"
    printf 'export WHYBOARD_TEST_PG_TCP_URI=%q\n' "postgresql://postgres@127.0.0.1:$port/whyboard_test"
    printf 'export WHYBOARD_TEST_PG_DIR=%q\n' "$dir"
    printf 'export WHYBOARD_TEST_PG_DATA=%q\n' "$dir/data"
    printf 'export PGHOST=%q\n' "$dir"
    printf 'export PGPORT=%q\n' "$port"
    printf 'export PGUSER=postgres\n'
    printf 'export PGDATABASE=whyboard_test\n'
  } | tee "$dir/env"
}

# Checks that DIR is a cluster this script made; sets dir (without a trailing slash) and owner.
cluster_dir() {
  dir="${1%/}"
  [ -f "$dir/$marker" ] || failed "$dir is not a test cluster's directory"
  owner=""
  if [ "$(id -u)" -eq 0 ]; then
    owner="$(stat -c %U "$dir/data")"
  fi
}

# pg_ctl returns once the pid file is gone; the server exits a moment later.
wait_for_exit() {
  local pid="$1" tries
  for tries in $(seq 50); do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
}

halt() {
  [ -n "${1:-}" ] || failed "usage: $0 halt DIR"
  cluster_dir "$1"
  [ -f "$dir/data/postmaster.pid" ] || failed "the server in $dir is not running"
  local pid
  pid="$(head -n 1 "$dir/data/postmaster.pid")"
  cd "$dir"
  as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop >/dev/null 2>&1 \
    || failed "the server in $dir did not stop"
  wait_for_exit "$pid"
}

resume() {
  [ -n "${1:-}" ] || failed "usage: $0 resume DIR"
  cluster_dir "$1"
  cd "$dir"
  as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/postgres.log" --wait --timeout=60 --silent \
    -o "-p $(cat "$dir/port")" start >>"$dir/pg_ctl.log" 2>&1 \
    || failed "the server in $dir did not start again: $(tail -n 2 "$dir/postgres.log" | tr '\n' ' ')"
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || failed "usage: $0 stop DIR"
  dir="${dir%/}"
  [ -d "$dir" ] || exit 0
  [ -f "$dir/$marker" ] || failed "$dir is not a test cluster's directory: not removing it"
  if [ -f "$dir/data/postmaster.pid" ] && [ -x "$bindir/pg_ctl" ]; then
    cluster_dir "$dir"
    local pid
    pid="$(head -n 1 "$dir/data/postmaster.pid")"
    cd "$dir"
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --timeout=30 --silent stop \
      >/dev/null 2>&1 \
      || as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --silent stop >/dev/null 2>&1 \
      || true
    cd /
    wait_for_exit "$pid"
  fi
  rm -rf "$dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  halt) halt "${2:-}" ;;
  resume) resume "${2:-}" ;;
  *) echo "usage: $0 [start | stop DIR | halt DIR | resume DIR]" >&2; exit 2 ;;
esac
