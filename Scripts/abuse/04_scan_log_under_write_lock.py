"""Finding 4: another process holds the registry's write lock for 60 s while the label page is under
load; then SIGTERM (the lock still held): every answered scan is in the scan log and the server exits 0."""
import sqlite3
import threading
import time
import urllib.request

from abuse import Checks, Server, fresh_registry, label_codes

LOCK_SECONDS = 60
WORKERS = 4
checks = Checks()
folder, data = fresh_registry()
valid = label_codes()["valid"]
agent = "abuse-04-load"
answered = [0] * WORKERS
stop = threading.Event()


def load(server, worker):
    """Requests the valid label's page until stopped or the server is gone; counts the 200 answers."""
    while not stop.is_set():
        try:
            request = urllib.request.Request(f"{server.base}/V/{valid}", headers={"User-Agent": agent})
            with urllib.request.urlopen(request, timeout=10) as answer:
                answer.read()
                if answer.status == 200:
                    answered[worker] += 1
        except OSError:
            if not server.alive():
                return
            time.sleep(0.05)


with Server(data) as server:
    workers = [threading.Thread(target=load, args=(server, n)) for n in range(WORKERS)]
    for worker in workers:
        worker.start()
    time.sleep(2)
    holder = sqlite3.connect(data, isolation_level=None, timeout=30)
    holder.execute("BEGIN IMMEDIATE")
    locked_at = sum(answered)
    time.sleep(LOCK_SECONDS)
    checks.check(sum(answered) > locked_at, f"pages kept answering while the registry's write lock was held ({sum(answered) - locked_at} answers)")
    status = server.stop(timeout=120)
    stop.set()
    for worker in workers:
        worker.join(timeout=30)
    holder.execute("ROLLBACK")
    holder.close()
    checks.check(status == 0, f"SIGTERM with the lock still held: exit status {status}")

scan_log = sqlite3.connect(data + ".scans.sqlite")
stored = scan_log.execute("SELECT COUNT(*) FROM scans WHERE client = '127.0.0.0/16 other'").fetchone()[0]
integrity = scan_log.execute("PRAGMA integrity_check").fetchone()[0]
scan_log.close()
total = sum(answered)
checks.check(total > 0, f"{total} pages answered")
checks.check(total <= stored <= total + WORKERS, f"{total} answered, {stored} scans stored: none lost")
checks.check(integrity == "ok", "the scan log passes integrity_check")
checks.done()
