#!/usr/bin/env python3
"""HTTP client of bench/network.sh: measures one path to a busybox httpd.

  network-client.py throughput HOST PORT RUNS   best MB/s over RUNS downloads of /big
  network-client.py rate HOST PORT SECONDS N    connections per second: N threads, each GET /small on a new
                                                connection, for SECONDS
Prints one number. Each connection is opened by this (host-side) client; bytes flow back from the server.
"""
import socket
import sys
import threading
import time

CHUNK = 1 << 20


def get(host, port, path):
    """Bytes of the body received (headers included; they are a few dozen bytes)."""
    with socket.create_connection((host, port), timeout=10) as conn:
        conn.sendall(f"GET {path} HTTP/1.0\r\nHost: bench\r\n\r\n".encode())
        buffer = bytearray(CHUNK)
        total = 0
        while (n := conn.recv_into(buffer)) > 0:
            total += n
        return total


def throughput(host, port, runs):
    best = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        size = get(host, port, "/big")
        best = max(best, size / (1 << 20) / (time.perf_counter() - start))
    return f"{best:.0f}"


def rate(host, port, seconds, workers):
    deadline = time.perf_counter() + seconds
    counts = [0] * workers

    def work(i):
        while time.perf_counter() < deadline:
            get(host, port, "/small")
            counts[i] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return f"{sum(counts) / (time.perf_counter() - start):.0f}"


if __name__ == "__main__":
    mode, host, port, a = sys.argv[1:5]
    if mode == "throughput":
        print(throughput(host, int(port), int(a)))
    else:
        print(rate(host, int(port), float(a), int(sys.argv[5])))
