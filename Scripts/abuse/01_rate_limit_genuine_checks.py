"""Finding 1: after 40 look-ups of codes and numbers that do not exist, one client's genuine label, licence and
certificate pages still answer 200; behind a trusted proxy, two visitors named by X-Forwarded-For do not share a
bucket, and a visitor who writes someone else's address on the left is still itself."""
import json
import random

from abuse import Checks, Server, fresh_registry, label_codes

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def unknown_code():
    """17 characters that are no label's code (the check character is not computed, so most are typos)."""
    return "".join(random.choice(ALPHABET) for _ in range(17))


def genuine(server):
    """A label page, a licence page and a certificate page of the demo that exist."""
    codes = label_codes()
    pages = {"label": f"/V/{codes['valid']}"}
    for code in codes.values():
        status, _, body = server.request(f"/api/v1/labels/{code}")
        if status not in (200, 410):
            continue
        document = json.loads(body)
        pages.setdefault("licence", f"/licence/{document['licenceNumber']}")
        if document.get("certificate"):
            pages.setdefault("certificate", f"/certificate/{document['certificate']['number']}")
    return pages


def main():
    checks = Checks()
    folder, data = fresh_registry()
    with Server(data) as server:
        pages = genuine(server)
        checks.check(set(pages) == {"label", "licence", "certificate"}, f"found genuine pages to check: {sorted(pages)}")
        statuses = [server.request(f"/V/{unknown_code()}")[0] for _ in range(20)]
        statuses += [server.request(f"/licence/YQYB-P-2026-{9000 + n}")[0] for n in range(20)]
        checks.check(429 in statuses, f"40 unknown look-ups from one client meet the limit ({statuses.count(429)} refused)")
        for name, path in pages.items():
            status, _, _ = server.request(path)
            checks.check(status == 200, f"the genuine {name} page still answers 200 after the flood (got {status})")
        status, _, _ = server.request(f"/api/v1/licences/{pages['licence'].split('/')[-1]}")
        checks.check(status == 200, f"the genuine licence's API answer is 200 (got {status})")
        status, headers, _ = server.request(f"/V/{unknown_code()}")
        checks.check(status == 429 and "Retry-After" in headers, f"a further unknown code is refused with Retry-After (got {status})")

    folder, data = fresh_registry()
    with Server(data, "--trusted-proxy", "127.0.0.1/32") as server:
        def unknown_from(address):
            return server.request(f"/licence/YQYB-P-2026-{random.randint(9000, 9999)}", headers={"X-Forwarded-For": address})[0]

        first = [unknown_from("203.0.113.7") for _ in range(40)]
        checks.check(429 in first, "behind the proxy, one visitor meets the limit")
        checks.check(unknown_from("198.51.100.9") == 404, "a second visitor through the same proxy is not refused")
        checks.check(unknown_from("198.51.100.9, 203.0.113.7") == 429,
                     "the first visitor writing another address on the left of X-Forwarded-For is still refused")
        status, _, _ = server.request(pages["label"], headers={"X-Forwarded-For": "203.0.113.7"})
        checks.check(status == 200, f"the refused visitor's genuine label page answers 200 (got {status})")
    checks.done()


if __name__ == "__main__":
    main()
