#!/usr/bin/env bash
# TCP throughput and connection rate from the host to a busybox httpd in a container through a published port,
# on 127.0.0.1 and on the host's own address; side by side with the same transfer into a plain network namespace
# over a veth (no engine), and with dockerd when Debian's docker.io is installed. Writes its section of BENCHMARKS.md.
#   bench/network.sh                (as root; SIZE_MB=512 RUNS=5 SECONDS_PER_RATE=5 WORKERS=4 by default)
# dockerd runs last, alone, with its default bridge and iptables rules; the host's rules are restored after it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZE_MB=${SIZE_MB:-512}
RUNS=${RUNS:-5}
SECONDS_PER_RATE=${SECONDS_PER_RATE:-5}
WORKERS=${WORKERS:-4}
WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
source "$ROOT/bench/lib.sh"
NETNS=berth-bench-$$
VETH=bb$$
HOST_ADDR=$(ip -4 -o addr show scope global | awk '{sub("/.*", "", $4); print $4; exit}')
# the server: files on a tmpfs so that the disk plays no part
SERVE='mkdir -p /www && dd if=/dev/zero of=/www/big bs=1M count='$SIZE_MB' 2>/dev/null && echo ok >/www/small && exec busybox httpd -f -p 80 -h /www'

remove_containers() {
  [ -S "$1" ] && DOCKER_HOST=unix://$1 docker ps -aq | xargs -r env DOCKER_HOST=unix://$1 docker rm -f >/dev/null
  return 0
}
cleanup() {
  set +e
  remove_containers "$WORK/berth.sock"
  remove_containers "$WORK/docker.sock"
  bench_cleanup
  ip netns del "$NETNS" 2>/dev/null
  umount "$WORK/www" 2>/dev/null
  if [ -f "$WORK/iptables.before" ]; then
    ip link del docker0 2>/dev/null
    iptables-restore <"$WORK/iptables.before"
  fi
}
trap cleanup EXIT

client() { python3 "$ROOT/bench/network-client.py" "$@"; }
wait_http() { # HOST PORT: until the server answers (30 s at most)
  for _ in $(seq 150); do curl -fsS "http://$1:$2/small" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "bench: no HTTP answer on $1:$2" >&2
  return 1
}
# row LABEL HOST PORT: one table row for that path
row() {
  wait_http "$2" "$3"
  echo "| $1 | $(client throughput "$2" "$3" "$RUNS") | $(client rate "$2" "$3" "$SECONDS_PER_RATE" "$WORKERS") |"
}
# engine_rows NAME SOCKET: a published container on that daemon, measured on 127.0.0.1 and on the host's address
engine_rows() {
  export DOCKER_HOST=unix://$2
  docker load -i "$WORK/bb.tar" >/dev/null
  docker run -d --name bench-http --tmpfs /www -p 80 bench-bb:latest sh -c "$SERVE" >/dev/null
  local port
  port=$(docker port bench-http 80/tcp | head -1 | sed 's/.*://')
  row "$1, published port on 127.0.0.1" 127.0.0.1 "$port"
  row "$1, published port on $HOST_ADDR" "$HOST_ADDR" "$port"
  unset DOCKER_HOST
}

bench_image "$WORK/bb.tar" bench-bb:latest
rows=()

# no engine: the host talks to a namespace over a veth pair, the path a bridge adds to
ip netns add "$NETNS"
ip link add "$VETH" type veth peer name eth0 netns "$NETNS"
ip addr add 10.213.77.1/30 dev "$VETH" && ip link set "$VETH" up
ip -n "$NETNS" addr add 10.213.77.2/30 dev eth0
ip -n "$NETNS" link set eth0 up && ip -n "$NETNS" link set lo up
mkdir -p "$WORK/www" && mount -t tmpfs tmpfs "$WORK/www"
ip netns exec "$NETNS" busybox sh -c "${SERVE//\/www/$WORK/www}" &
BENCH_PIDS+=($!)
rows+=("$(row "no engine: host to a namespace over a veth" 10.213.77.2 80)")

start_berthd
while IFS= read -r line; do rows+=("$line"); done < <(engine_rows berthd "$WORK/berth.sock")
remove_containers "$WORK/berth.sock"

if command -v dockerd >/dev/null; then
  iptables-save >"$WORK/iptables.before"
  start_dockerd --userland-proxy=true # its default bridge and iptables rules, as users run it
  while IFS= read -r line; do rows+=("$line"); done < <(engine_rows dockerd "$WORK/docker.sock")
else
  rows+=("| dockerd | not measured (Debian's docker.io not installed) | |")
fi

{
  echo "## TCP through a published port: host to a busybox httpd in a container"
  echo
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/network.sh\` on: $(machine_line)."
  echo "Throughput: best of $RUNS downloads of a $SIZE_MB MB file from tmpfs over one connection. Connection rate:"
  echo "$WORKERS client threads, each a new connection per \`GET\` of a 3-byte file, for $SECONDS_PER_RATE s. Client: \`bench/network-client.py\`."
  echo "berthd serves published ports with its userland proxy; dockerd with DNAT rules for the host's address and"
  echo "docker-proxy for 127.0.0.1."
  echo
  echo "| path | MB/s | connections/s |"
  echo "| --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} >"$WORK/section.md"
write_section network "$WORK/section.md"
cat "$WORK/section.md"
