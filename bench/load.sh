#!/usr/bin/env bash
# Load test (not a CI gate): CLIENTS docker clients each loop create/start/wait/logs/rm of a short container for
# DURATION seconds against a private berthd. Checks that no request failed and that nothing leaked afterwards
# (mounts, cgroups, monitor processes, daemon file descriptors), and reports daemon RSS before, at the peak and
# after. "Before" is taken after WARMUP seconds of the same load (not counted), once the JIT has compiled the hot
# paths and the heap has settled: a leak is what stays beyond that. Writes its section of BENCHMARKS.md.
#   bench/load.sh                    (as root; CLIENTS=50 DURATION=120 WARMUP=30 by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-120}
WARMUP=${WARMUP:-30}
WORK=$(mktemp -d /tmp/berth-load.XXXXXX)
source "$ROOT/bench/lib.sh"
trap 'bench_cleanup' EXIT
# A cgroup parent of its own, so that other daemons' containers do not enter the counts.
CGROUP_PARENT=berth-load-$$
export BERTH_RUNTIME_CGROUP_PARENT=$CGROUP_PARENT
export DOCKER_HOST=unix://$WORK/berth.sock

mounts() { grep -c "$WORK" /proc/self/mountinfo || true; }
cgroups() { find /sys/fs/cgroup -mindepth 2 -type d -path "*/$CGROUP_PARENT/*" 2>/dev/null | wc -l; }
monitors() { pgrep -f "conmon.*$WORK" | wc -l || true; }
fds() { ls "/proc/$BERTHD_PID/fd" | wc -l; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$BERTHD_PID/status"; }
snapshot() { echo "mounts=$(mounts) cgroups=$(cgroups) monitors=$(monitors) fds=$(fds) rss_mb=$(rss_mb)"; }

bench_image "$WORK/bb.tar" load-bb:latest
start_berthd
docker load -i "$WORK/bb.tar" >/dev/null
cold_rss=$(rss_mb)

# client N SECONDS: cycles for that long, then writes "ok failed" to $WORK/client-N.count
client() {
  local n=$1 ok=0 failed=0 end=$((SECONDS + $2)) id
  while [ $SECONDS -lt $end ]; do
    if id=$(docker create --label bench.load=1 load-bb echo "client $n") && docker start "$id" >/dev/null \
        && [ "$(docker wait "$id")" = 0 ] && [ "$(docker logs "$id")" = "client $n" ] && docker rm "$id" >/dev/null; then
      ok=$((ok + 1))
    else
      failed=$((failed + 1))
      echo "client $n: cycle failed (container ${id:-none})" >>"$WORK/failures.log"
    fi
  done
  echo "$ok $failed" >"$WORK/client-$n.count"
}

# load SECONDS: every client at once, for that long
load() {
  local clients=()
  for n in $(seq "$CLIENTS"); do client "$n" "$1" & clients+=($!); done
  wait "${clients[@]}"
}
settle() { # collect, so that RSS shows what is live
  "$JAVA_HOME/bin/jcmd" "$BERTHD_PID" GC.run >/dev/null
  sleep 2
}

load "$WARMUP"
rm -f "$WORK"/client-*.count "$WORK/failures.log"
settle
before=$(snapshot)
echo "before: $before"

started=$(date +%s)
# The daemon's RSS, sampled every second while the clients run.
(while kill -0 "$BERTHD_PID" 2>/dev/null; do rss_mb; echo; sleep 1; done) >"$WORK/rss.samples" &
sampler=$!
load "$DURATION"
kill "$sampler"
peak=$(sort -n "$WORK/rss.samples" | tail -1)
elapsed=$(($(date +%s) - started))
cycles=$(cat "$WORK"/client-*.count | awk '{ok += $1; failed += $2} END {print ok " " failed}')
read -r ok failed <<<"$cycles"

# Leftovers from failed cycles would count as leaks: remove them, then let the daemon settle and collect.
docker ps -aq --filter label=bench.load=1 | xargs -r docker rm -f >/dev/null
settle
after=$(snapshot)
echo "after:  $after"
value() { sed -E "s/.*$2=([0-9]+).*/\1/" <<<"$1"; }

{
  echo "## Load: $CLIENTS clients, create/start/wait/logs/rm for ${DURATION} s"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/load.sh\` on: $(machine_line)."
  echo
  echo "- cycles: $ok completed, $failed failed, in $elapsed s ($(awk -v c="$ok" -v s="$elapsed" 'BEGIN {printf "%.1f", c / s}') cycles/s)"
  echo "- daemon RSS: $cold_rss MB at start, $(value "$before" rss_mb) MB after ${WARMUP} s of warm-up (before), $peak MB at the peak, $(value "$after" rss_mb) MB after; before and after follow a GC"
  echo
  echo "| resource | before | after |"
  echo "| --- | --- | --- |"
  for r in mounts cgroups monitors fds; do
    echo "| $r | $(value "$before" $r) | $(value "$after" $r) |"
  done
} >"$WORK/section.md"
write_section load "$WORK/section.md"
cat "$WORK/section.md"
[ -s "$WORK/failures.log" ] && { echo "failures:"; head -20 "$WORK/failures.log"; }
exit 0
