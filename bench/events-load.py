#!/usr/bin/env python3
"""Event delivery under load: SUBSCRIBERS clients follow GET /events (type=container) while CONTAINERS containers
are created and removed through the API by WORKERS threads. Prints one JSON line: delivery latency (event time to
receipt) percentiles, throughput, and how many events a subscriber missed (expected none).

usage: events-load.py SOCKET IMAGE [SUBSCRIBERS=10] [CONTAINERS=500] [WORKERS=4]
"""
import http.client, json, socket, sys, threading, time, urllib.parse
from concurrent.futures import ThreadPoolExecutor


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=300)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def call(sock, method, path, body=None):
    conn = UnixConnection(sock)
    conn.request(method, path, None if body is None else json.dumps(body), {"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    if resp.status >= 300:
        raise RuntimeError(f"{method} {path}: {resp.status} {data!r}")
    return json.loads(data) if data else None


def subscribe(sock, expected, ready, received):
    filters = urllib.parse.quote(json.dumps({"type": ["container"], "event": ["create", "destroy"]}))
    conn = UnixConnection(sock)
    conn.request("GET", "/events?filters=" + filters)
    resp = conn.getresponse()
    ready.release()
    while len(received) < expected:
        line = resp.readline()
        if not line:
            break
        if line.strip():
            event = json.loads(line)
            received.append((event["timeNano"], time.time_ns()))
    conn.close()


def main():
    sock, image = sys.argv[1], sys.argv[2]
    given = [int(a) for a in sys.argv[3:6]]
    subscribers, containers, workers = given + [10, 500, 4][len(given):]
    expected = 2 * containers
    ready = threading.Semaphore(0)
    logs = [[] for _ in range(subscribers)]
    threads = [threading.Thread(target=subscribe, args=(sock, expected, ready, log), daemon=True) for log in logs]
    for t in threads:
        t.start()
    for _ in threads:
        ready.acquire()
    time.sleep(0.5)  # the streams' headers are in; let each subscription register before the first event

    def cycle(_):
        body = {"Image": image, "Cmd": ["true"], "HostConfig": {"NetworkMode": "none"}}
        cid = call(sock, "POST", "/containers/create", body)["Id"]
        call(sock, "DELETE", "/containers/" + cid)

    start = time.time_ns()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(cycle, range(containers)))
    produced = time.time_ns()
    for t in threads:
        t.join(timeout=60)
    delivered = max((log[-1][1] for log in logs if log), default=produced)

    latencies = sorted((got - sent) / 1e6 for log in logs for sent, got in log)
    pick = lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 2) if latencies else None
    total = sum(len(log) for log in logs)
    print(json.dumps({
        "subscribers": subscribers, "containers": containers, "events_per_subscriber": expected,
        "missed": subscribers * expected - total,
        "p50_ms": pick(0.50), "p99_ms": pick(0.99), "max_ms": round(latencies[-1], 2) if latencies else None,
        "produce_s": round((produced - start) / 1e9, 2),
        "deliveries_per_s": round(total / ((delivered - start) / 1e9)),
    }))


if __name__ == "__main__":
    main()
