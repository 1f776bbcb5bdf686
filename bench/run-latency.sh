#!/usr/bin/env bash
# Median wall time of 20 `docker run --rm busybox true` against berthd, against a bare `runc run` of the same
# rootfs, and against dockerd when Debian's docker.io is installed. Writes its section of BENCHMARKS.md.
#   bench/run-latency.sh            (as root; starts its own berthd on a private socket and data root)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-20}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
trap 'bench_cleanup; rm -rf "$WORK/bundle"' EXIT

bench_image "$WORK/bb.tar" bench-bb:latest

start_berthd
DOCKER_HOST=unix://$WORK/berth.sock docker load -i "$WORK/bb.tar" >/dev/null
DOCKER_HOST=unix://$WORK/berth.sock docker run --rm bench-bb true # warm-up
berth_ms=$(DOCKER_HOST=unix://$WORK/berth.sock median_ms docker run --rm bench-bb true)

# bare runc on the same layer
mkdir -p "$WORK/bundle/rootfs"
layer=$(tar -tf "$WORK/bb.tar" | grep layer.tar)
tar -xOf "$WORK/bb.tar" "$layer" | tar -x -C "$WORK/bundle/rootfs"
(cd "$WORK/bundle" && runc spec && jq '.process.args = ["true"] | .process.terminal = false' config.json >c && mv c config.json)
runc_once() { runc run --bundle "$WORK/bundle" "bench-$RANDOM$RANDOM" </dev/null; }
runc_ms=$(median_ms runc_once)

dockerd_ms=""
if command -v dockerd >/dev/null; then
  start_dockerd
  DOCKER_HOST=unix://$WORK/docker.sock docker load -i "$WORK/bb.tar" >/dev/null
  DOCKER_HOST=unix://$WORK/docker.sock docker run --rm --network none bench-bb true
  dockerd_ms=$(DOCKER_HOST=unix://$WORK/docker.sock median_ms docker run --rm --network none bench-bb true)
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
{
  echo "## docker run --rm busybox true (median of $RUNS, wall time)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/run-latency.sh\` on: $(machine_line)."
  echo
  echo "| engine | median ms | vs bare runc |"
  echo "| --- | --- | --- |"
  echo "| berthd | $berth_ms | $(ratio "$berth_ms" "$runc_ms")x |"
  echo "| bare \`runc run\` | $runc_ms | 1.0x |"
  if [ -n "$dockerd_ms" ]; then
    echo "| dockerd | $dockerd_ms | $(ratio "$dockerd_ms" "$runc_ms")x |"
    echo
    echo "berthd / dockerd: $(ratio "$berth_ms" "$dockerd_ms")x"
  else
    echo "| dockerd | not measured (Debian's docker.io not installed) | |"
  fi
} >"$WORK/section.md"
write_section run-latency "$WORK/section.md"
cat "$WORK/section.md"
