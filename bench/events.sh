#!/usr/bin/env bash
# Event delivery latency and throughput: 10 subscribers follow `GET /events` while 500 containers are created and
# removed (bench/events-load.py), against berthd and against dockerd when Debian's docker.io is installed.
# Writes its section of BENCHMARKS.md.
#   bench/events.sh                 (as root; SUBSCRIBERS=10 CONTAINERS=500 WORKERS=4 by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUBSCRIBERS=${SUBSCRIBERS:-10}
CONTAINERS=${CONTAINERS:-500}
WORKERS=${WORKERS:-4}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
trap 'bench_cleanup' EXIT

bench_image "$WORK/bb.tar" bench-bb:latest
# measure SOCKET: the load's JSON result line
measure() {
  DOCKER_HOST=unix://$1 docker load -i "$WORK/bb.tar" >/dev/null
  python3 "$ROOT/bench/events-load.py" "$1" bench-bb:latest "$SUBSCRIBERS" "$CONTAINERS" "$WORKERS"
}
row() {
  jq -r --arg engine "$1" \
    '"| \($engine) | \(.p50_ms) | \(.p99_ms) | \(.max_ms) | \(.deliveries_per_s) | \(.produce_s) | \(.missed) |"'
}

start_berthd
berth=$(measure "$WORK/berth.sock")
docker_row="| dockerd | not measured (Debian's docker.io not installed) | | | | | |"
if command -v dockerd >/dev/null; then
  start_dockerd
  docker_row=$(measure "$WORK/docker.sock" | row dockerd)
fi
{
  echo "## Event delivery: $SUBSCRIBERS subscribers while $CONTAINERS containers are created and removed"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/events.sh\` on: $(machine_line)."
  echo "$WORKERS API clients create and remove the containers; each subscriber follows \`GET /events\` filtered to"
  echo "container create/destroy ($((2 * CONTAINERS)) events each). Latency: the event's timeNano to its receipt."
  echo
  echo "| engine | p50 ms | p99 ms | max ms | deliveries/s | create+rm s | missed |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  echo "$berth" | row berthd
  echo "$docker_row"
} >"$WORK/section.md"
write_section events "$WORK/section.md"
cat "$WORK/section.md"
