"""Finding 6: a body sent a byte at a time is cut within the request deadline (30 s by default), and 2,100 idle
connections against --max-connections 2000 leave the service answering a new request: the extras are closed at
once, and the server has raised its own open-file limit (it says so at start)."""
import resource
import socket
import time

from abuse import Checks, Server, fresh_registry, label_codes


def main():
    checks = Checks()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 2_400
    if soft < wanted and (hard == resource.RLIM_INFINITY or hard >= wanted):
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    idle_count = min(2_100, soft - 100)
    maximum = min(2_000, idle_count - 100)

    folder, data = fresh_registry()
    with Server(data, "--max-connections", str(maximum)) as server:
        checks.check("oxlabel: open-file limit " in server.log(), "the server says what open-file limit it runs with")

        # One body byte every 5 seconds (the idle timer alone would never fire): cut at the 30 s deadline.
        slow = socket.create_connection(("127.0.0.1", server.port), timeout=60)
        code = label_codes()["valid"]
        slow.sendall(f"POST /V/{code}/report HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: 200\r\n\r\n".encode())
        start = time.monotonic()
        cut = None
        slow.settimeout(5)
        while time.monotonic() - start < 45:
            try:
                slow.sendall(b"x")
                if slow.recv(1024) == b"":
                    cut = time.monotonic() - start
                    break
            except socket.timeout:
                continue
            except OSError:
                cut = time.monotonic() - start
                break
        slow.close()
        checks.check(cut is not None and cut <= 36, f"a body sent a byte every 5 s is cut within ~35 s (after {cut and round(cut, 1)} s)")

        # Idle connections, more than the maximum: the service still answers a new request.
        idle, refused = [], 0
        for _ in range(idle_count):
            try:
                idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
            except OSError:
                refused += 1
        time.sleep(1)
        closed = 0
        for connection in idle:
            connection.setblocking(False)
            try:
                if connection.recv(1) == b"":
                    closed += 1
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        checks.check(closed + refused >= idle_count - maximum,
                     f"of {idle_count} idle connections, the {idle_count - maximum} beyond {maximum} were closed ({closed} closed, {refused} refused)")
        # Free one place and ask: the service answers.
        for connection in idle[:5]:
            connection.close()
        answered = None
        for _ in range(50):
            try:
                answered = server.request("/healthz", timeout=5)[0]
                if answered == 200:
                    break
            except OSError:
                time.sleep(0.2)
        checks.check(answered == 200, f"with the extras closed, a new request is answered (got {answered})")
        for connection in idle:
            connection.close()
        checks.check(server.alive(), "the server is still running")
    checks.done()


if __name__ == "__main__":
    main()
