#!/usr/bin/env bash
# Wall time of `DOCKER_BUILDKIT=0 docker build` of a 10-step Dockerfile, cold (--no-cache) and warm (unchanged
# context: every step from the cache), against berthd and, when Debian's docker.io is installed, dockerd's classic
# builder. Median of $RUNS each. Writes its section of BENCHMARKS.md.
#   bench/build.sh            (as root; starts its own daemons on private sockets and data roots)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-5}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
trap 'bench_cleanup' EXIT
export DOCKER_BUILDKIT=0

bench_image "$WORK/bb.tar" bench-bb:latest
CTX=$WORK/ctx
mkdir -p "$CTX/src"
for i in 1 2 3; do head -c 100000 /dev/urandom >"$CTX/src/blob$i"; done
cat >"$CTX/Dockerfile" <<'DOCKERFILE'
FROM bench-bb:latest
ARG VERSION=1
ENV APP=/app VERSION=$VERSION
WORKDIR /app
COPY src/ /app/src/
RUN cat src/* > all.bin
RUN echo "$VERSION" > version.txt
LABEL bench=build
EXPOSE 8080
CMD ["cat", "/app/version.txt"]
DOCKERFILE

# measure SOCK: "cold warm" in ms against the daemon on SOCK
measure() {
  export DOCKER_HOST=unix://$1
  docker load -i "$WORK/bb.tar" >/dev/null
  docker build -t bench-built "$CTX" >/dev/null # warm-up, fills the cache
  echo "$(median_ms docker build --no-cache -t bench-built "$CTX") $(median_ms docker build -t bench-built "$CTX")"
}

start_berthd
read -r berth_cold berth_warm < <(measure "$WORK/berth.sock")

docker_cold="" docker_warm=""
if command -v dockerd >/dev/null; then
  start_dockerd
  read -r docker_cold docker_warm < <(measure "$WORK/docker.sock")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
{
  echo "## docker build of a 10-step Dockerfile, classic builder (median of $RUNS, wall time)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/build.sh\` on: $(machine_line)."
  echo "Cold: \`--no-cache\` (2 RUN, 1 COPY of 300 kB, 7 config steps); warm: unchanged context, every step cached."
  echo
  echo "| engine | cold ms | warm ms | warm / cold |"
  echo "| --- | --- | --- | --- |"
  echo "| berthd | $berth_cold | $berth_warm | $(ratio "$berth_warm" "$berth_cold")x |"
  if [ -n "$docker_cold" ]; then
    echo "| dockerd | $docker_cold | $docker_warm | $(ratio "$docker_warm" "$docker_cold")x |"
    echo
    echo "berthd / dockerd: cold $(ratio "$berth_cold" "$docker_cold")x, warm $(ratio "$berth_warm" "$docker_warm")x"
  else
    echo "| dockerd | not measured (Debian's docker.io not installed) | | |"
  fi
} >"$WORK/section.md"
write_section build "$WORK/section.md"
cat "$WORK/section.md"
