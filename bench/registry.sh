#!/usr/bin/env bash
# Push and pull throughput of a 200 MB image of 5 random (incompressible) layers against a local docker-registry
# (Debian's Distribution server), for berthd and for dockerd when Debian's docker.io is installed. The pull goes
# to the same daemon after the image is removed, so every layer travels. Writes its section of BENCHMARKS.md.
#   bench/registry.sh               (as root; LAYERS=5 LAYER_MB=40 by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAYERS=${LAYERS:-5}
LAYER_MB=${LAYER_MB:-40}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
trap 'bench_cleanup' EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$WORK/registry.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $WORK/registry-data
http:
  addr: 127.0.0.1:$PORT
YML
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
BENCH_PIDS+=($!)
for _ in $(seq 150); do curl -fsS "http://127.0.0.1:$PORT/v2/" >/dev/null 2>&1 && break; sleep 0.2; done

bench_image "$WORK/bb.tar" bench-bb:latest
dockerfile() {
  echo "FROM bench-bb:latest"
  for i in $(seq "$LAYERS"); do echo "RUN head -c $((LAYER_MB * 1048576)) /dev/urandom > /layer$i"; done
}

# measure ENGINE SOCKET [BUILD FLAGS]: prints "push_ms pull_ms" for a fresh repository of that engine
measure() {
  local image=127.0.0.1:$PORT/bench/$1:big t0 t1 t2
  export DOCKER_HOST=unix://$2
  shift 2
  docker load -i "$WORK/bb.tar" >/dev/null
  dockerfile | DOCKER_BUILDKIT=0 docker build -q "$@" -t "$image" - >/dev/null
  t0=$(date +%s%N)
  docker push -q "$image" >/dev/null
  t1=$(date +%s%N)
  docker rmi "$image" >/dev/null
  docker pull -q "$image" >/dev/null
  t2=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 ))"
}

start_berthd
read -r berth_push berth_pull < <(measure berthd "$WORK/berth.sock")

dockerd_line="| dockerd | not measured (Debian's docker.io not installed) | | | |"
if command -v dockerd >/dev/null; then
  start_dockerd
  read -r docker_push docker_pull < <(measure dockerd "$WORK/docker.sock" --network none)
fi

MB=$((LAYERS * LAYER_MB))
rate() { awk -v mb="$MB" -v ms="$1" 'BEGIN {printf "%.0f", mb * 1000 / ms}'; }
line() { echo "| $1 | $2 | $(rate "$2") | $3 | $(rate "$3") |"; }
{
  echo "## docker push and pull of a $MB MB image of $LAYERS layers, local docker-registry (wall time, one run)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/registry.sh\` on: $(machine_line)."
  echo "Layers are random bytes (no compression gain); the pull follows \`docker rmi\`, so every layer travels."
  echo
  echo "| engine | push ms | push MB/s | pull ms | pull MB/s |"
  echo "| --- | --- | --- | --- | --- |"
  line berthd "$berth_push" "$berth_pull"
  if [ -n "${docker_push:-}" ]; then
    line dockerd "$docker_push" "$docker_pull"
    echo
    echo "berthd / dockerd throughput: push $(awk -v a="$docker_push" -v b="$berth_push" 'BEGIN {printf "%.1f", a / b}')x," \
      "pull $(awk -v a="$docker_pull" -v b="$berth_pull" 'BEGIN {printf "%.1f", a / b}')x"
  else
    echo "$dockerd_line"
  fi
} >"$WORK/section.md"
write_section registry "$WORK/section.md"
cat "$WORK/section.md"
