#!/usr/bin/env bash
# Median wall time of `docker ps` and `docker ps -a --no-trunc` with 200 running containers, against berthd and
# against dockerd when Debian's docker.io is installed. Writes its section of BENCHMARKS.md.
#   bench/ps-latency.sh             (as root; CONTAINERS=200 RUNS=20 by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONTAINERS=${CONTAINERS:-200}
RUNS=${RUNS:-20}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
cleanup() { # containers first: berthd's outlive their daemon
  set +e
  for sock in "$WORK/berth.sock" "$WORK/docker.sock"; do
    [ -S "$sock" ] || continue
    DOCKER_HOST=unix://$sock docker ps -aq | xargs -r env DOCKER_HOST=unix://$sock docker rm -f >/dev/null
  done
  bench_cleanup
}
trap cleanup EXIT

bench_image "$WORK/bb.tar" bench-bb:latest
# measure SOCKET [RUN FLAGS]: "ps_ms ps_all_ms" once CONTAINERS containers run on that daemon
measure() {
  export DOCKER_HOST=unix://$1
  shift
  docker load -i "$WORK/bb.tar" >/dev/null
  seq "$CONTAINERS" | xargs -P 4 -I{} docker run -d "$@" --label bench.ps={} bench-bb:latest sleep 3600 >/dev/null
  [ "$(docker ps -q | wc -l)" -ge "$CONTAINERS" ] || { echo "bench: not every container runs" >&2; return 1; }
  echo "$(median_ms docker ps) $(median_ms docker ps -a --no-trunc)"
}

start_berthd
read -r berth_ps berth_all < <(measure "$WORK/berth.sock")
docker_line="| dockerd | not measured (Debian's docker.io not installed) | |"
if command -v dockerd >/dev/null; then
  start_dockerd
  read -r docker_ps docker_all < <(measure "$WORK/docker.sock" --network none)
  docker_line="| dockerd | $docker_ps | $docker_all |"
fi
{
  echo "## docker ps with $CONTAINERS running containers (median of $RUNS, wall time)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/ps-latency.sh\` on: $(machine_line)."
  echo
  echo "| engine | docker ps ms | docker ps -a --no-trunc ms |"
  echo "| --- | --- | --- |"
  echo "| berthd | $berth_ps | $berth_all |"
  echo "$docker_line"
} >"$WORK/section.md"
write_section ps-latency "$WORK/section.md"
cat "$WORK/section.md"
