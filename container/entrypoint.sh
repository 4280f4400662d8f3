#!/bin/sh
# The image's entrypoint: runs arrowd, with the arguments it is given (the compose file's
# `command`), on the Node.js the repository pins (the system's is too old).
#
# arrowd takes a join token only on its command line (`--join TOKEN`) and the founder's token
# holds its peer id, which exists only once it has started; so that `docker compose up` forms
# a cluster with no hand steps, two variables hand the token over through a shared volume:
#   ARROW_JOIN_TOKEN_OUT=FILE   the founder: once arrowd answers, `arrowctl cluster token` is
#                               written to FILE (0600; replaced atomically; removed at start so
#                               a joiner never reads an earlier cluster's token)
#   ARROW_JOIN_TOKEN_FILE=FILE  a joiner: on its first start (no cluster.json in $ARROW_HOME
#                               yet) it waits for FILE, then runs arrowd --join TOKEN, adding
#                               --server when ARROW_JOIN_AS_SERVER=1. Restarted with its data
#                               dir it rejoins as it was, with neither flag (arrowd refuses
#                               --server without --join).
# ARROW_HOME must be the data dir the command names (--data-dir): the check for cluster.json
# and arrowctl both read it.
set -eu
# The repository this script sits in (/opt/arrow in the image; a checkout when tests run it).
root=$(dirname "$(dirname "$(readlink -f "$0")")")
node="$root/node_modules/.bin/node"
arrowd="$root/node/arrowd/main.ts"
arrowctl="$root/node/arrowctl/main.ts"
data="${ARROW_HOME:?set ARROW_HOME to the data dir given to --data-dir}"
# Bounds on every wait: a joiner whose founder never comes up fails (and compose restarts it).
wait_seconds="${ARROW_JOIN_WAIT_SECONDS:-600}"

if [ -n "${ARROW_JOIN_TOKEN_FILE:-}" ] && [ ! -e "$data/cluster.json" ]; then
  waited=0
  until [ -s "$ARROW_JOIN_TOKEN_FILE" ]; do
    if [ "$waited" -ge "$wait_seconds" ]; then
      echo "entrypoint: no join token in $ARROW_JOIN_TOKEN_FILE after ${wait_seconds}s (is the founding node up?)" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  # A token is at most 8 KiB (MAX_TOKEN_LENGTH in node/arrowd/join-token.ts).
  token=$(head -c 8192 "$ARROW_JOIN_TOKEN_FILE")
  if [ "${ARROW_JOIN_AS_SERVER:-0}" = 1 ]; then
    exec "$node" "$arrowd" --join "$token" --server "$@"
  fi
  exec "$node" "$arrowd" --join "$token" "$@"
fi

if [ -z "${ARROW_JOIN_TOKEN_OUT:-}" ]; then
  exec "$node" "$arrowd" "$@"
fi

rm -f "$ARROW_JOIN_TOKEN_OUT"
"$node" "$arrowd" "$@" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
(
  waited=0
  tmp="$ARROW_JOIN_TOKEN_OUT.tmp"
  umask 077
  until "$node" "$arrowctl" cluster token > "$tmp" 2>/dev/null && [ -s "$tmp" ]; do
    kill -0 "$pid" 2>/dev/null || exit 0
    if [ "$waited" -ge "$wait_seconds" ]; then
      echo "entrypoint: arrowd gave no join token after ${wait_seconds}s" >&2
      exit 0
    fi
    sleep 1
    waited=$((waited + 1))
  done
  mv "$tmp" "$ARROW_JOIN_TOKEN_OUT"
) &
# `wait` returns early when a trapped signal arrives: wait again until arrowd has really ended.
status=0
wait "$pid" || status=$?
while kill -0 "$pid" 2>/dev/null; do
  status=0
  wait "$pid" || status=$?
done
exit "$status"
