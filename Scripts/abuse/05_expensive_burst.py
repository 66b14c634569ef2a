"""Finding 5: 48 concurrent anonymous certificate-PDF requests (and directory exports with distinct searches beside
them) leave label pages answering quickly and scans reaching the disk within a second; what the render pool
cannot take is refused with 503 and Retry-After, never left to pile up."""
import json
import threading
import time
import urllib.parse

from abuse import Checks, Server, fresh_registry, label_codes


def certificate_of(server):
    for code in label_codes().values():
        status, _, body = server.request(f"/api/v1/labels/{code}")
        if status in (200, 410) and json.loads(body).get("certificate"):
            return json.loads(body)["certificate"]["number"]
    return None


def scan_count(server, code):
    status, _, body = server.request(f"/api/v1/labels/{code}")
    return json.loads(body)["scans"]["count"] if status in (200, 410) else None


def main():
    checks = Checks()
    folder, data = fresh_registry()
    with Server(data) as server:
        certificate = certificate_of(server)
        checks.check(certificate is not None, f"the demo has a certificate to draw ({certificate})")
        code = label_codes()["valid"]
        before = scan_count(server, code)
        answers, label_times = [], []
        lock = threading.Lock()

        def expensive(path):
            status, headers, _ = server.request(path, timeout=120)
            with lock:
                answers.append((path, status, headers.get("Retry-After")))

        paths = [f"/certificate/{certificate}.pdf" + ("?lang=en" if n % 2 else "") for n in range(48)]
        paths += ["/directory.csv?q=" + urllib.parse.quote(f"合作社{n}") for n in range(16)]
        threads = [threading.Thread(target=expensive, args=(path,)) for path in paths]
        for thread in threads:
            thread.start()
        loads = 10
        for _ in range(loads):
            start = time.monotonic()
            status, _, _ = server.request(f"/V/{code}", timeout=30)
            label_times.append((status, time.monotonic() - start))
        time.sleep(1.2)
        after = scan_count(server, code)
        for thread in threads:
            thread.join(timeout=120)

        checks.check(all(status == 200 for status, _ in label_times), "every label page answered 200 during the burst")
        slowest = max(seconds for _, seconds in label_times)
        checks.check(slowest < 2.0, f"label pages answered within two seconds during the burst (slowest {slowest:.2f} s)")
        checks.check(before is not None and after == before + loads,
                     f"the {loads} scans made during the burst are on disk 1.2 s later ({before} -> {after})")
        statuses = [status for _, status, _ in answers]
        checks.check(len(answers) == len(paths), f"every expensive request was answered ({len(answers)} of {len(paths)})")
        checks.check(all(status in (200, 503) for status in statuses), f"expensive requests got 200 or 503 only: {sorted(set(statuses))}")
        checks.check(all(retry for _, status, retry in answers if status == 503),
                     f"every 503 carries Retry-After ({statuses.count(503)} refused, {statuses.count(200)} drawn)")
        checks.check(any(status == 200 and path.endswith(".pdf") for path, status, _ in answers), "the certificate PDF was drawn")
        status, _, _ = server.request(f"/certificate/{certificate}.pdf")
        checks.check(status == 200, "after the burst the PDF answers 200 (from the cache)")
    checks.done()


if __name__ == "__main__":
    main()
