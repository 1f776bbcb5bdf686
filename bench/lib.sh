# Shared by the bench scripts (sourced): a private berthd, the test image, and BENCHMARKS.md sections.
# Needs ROOT (the repository) and WORK (a scratch directory) set by the caller.

JAVA_HOME=$("$ROOT/bin/java-home")
export JAVA_HOME
BENCH_PIDS=()

bench_cleanup() {
  for p in "${BENCH_PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
}

# wait_socket SOCK: until the daemon behind SOCK answers /_ping (60 s at most: a loaded machine starts a JVM slowly)
wait_socket() {
  for _ in $(seq 300); do curl -fsS --unix-socket "$1" http://x/_ping >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "bench: no daemon answered on $1" >&2
  return 1
}

# start_berthd: berthd as bin/berthd starts it (its JVM options), on $WORK/berth.sock with its own data and exec
# roots; sets BERTHD_PID (bin/berthd execs the JVM)
start_berthd() {
  "$ROOT/bin/berthd" -H "unix://$WORK/berth.sock" \
    --data-root "$WORK/berth-data" --exec-root "$WORK/berth-exec" >"$WORK/berthd.log" 2>&1 &
  BERTHD_PID=$!
  BENCH_PIDS+=("$BERTHD_PID")
  wait_socket "$WORK/berth.sock"
}

# start_dockerd [FLAGS...]: the reference dockerd (Debian's docker.io) on $WORK/docker.sock, with its own roots;
# FLAGS default to no bridge and no iptables rules, so that it touches nothing of the host's or berthd's networking
start_dockerd() {
  [ $# -gt 0 ] || set -- --bridge none --iptables=false
  dockerd -H "unix://$WORK/docker.sock" --data-root "$WORK/docker-data" --exec-root "$WORK/docker-exec" \
    --pidfile "$WORK/docker.pid" "$@" >"$WORK/dockerd.log" 2>&1 &
  DOCKERD_PID=$!
  BENCH_PIDS+=("$DOCKERD_PID")
  wait_socket "$WORK/docker.sock"
}

# bench_image TAR TAG: the busybox image the acceptance suite uses, written from /bin/busybox
bench_image() {
  python3 "$ROOT/../shared/acceptance/lib/make-image.py" "$1" "$2" >/dev/null
}

machine_line() {
  # the load average says whether other work shared the machine while the figures were taken
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(runc --version | head -1), load average $(cut -d' ' -f1 /proc/loadavg)"
}

# write_section NAME FILE: replaces the NAME section of BENCHMARKS.md (between its markers) with FILE's text
write_section() {
  local target=$ROOT/BENCHMARKS.md begin="<!-- bench:$1 -->" end="<!-- /bench:$1 -->"
  [ -f "$target" ] || printf '# Benchmarks\n\nEach section is written by the script it names, under `bench/`.\n' >"$target"
  python3 - "$target" "$begin" "$end" "$2" <<'PY'
import sys
target, begin, end, section = sys.argv[1:]
text = open(target).read()
body = begin + "\n" + open(section).read().rstrip("\n") + "\n" + end
if begin in text and end in text:
    text = text[:text.index(begin)] + body + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + body + "\n"
open(target, "w").write(text)
PY
}

# median_ms CMD...: runs CMD $RUNS times, prints the median wall time in milliseconds
median_ms() {
  local times=() t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "bench: command failed: $*" >&2; return 1; }
    t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}
